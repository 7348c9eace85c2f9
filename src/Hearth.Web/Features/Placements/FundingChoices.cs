using Hearth.Domain.Placements;
using Hearth.Web.Features.Finance;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Placements;

/// <summary>The funding sources offered on the placement forms, in the words of the spend report.</summary>
public static class FundingChoices
{
    public static List<SelectListItem> Sources(FundingSource? except = null) =>
        [new("Select a funding source", ""), .. Enum.GetValues<FundingSource>().Where(s => s != except)
            .Select(s => new SelectListItem(SpendReport.FundingSourceName(s), s.ToString()))];
}
