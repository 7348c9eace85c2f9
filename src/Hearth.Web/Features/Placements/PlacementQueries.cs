using Hearth.Domain.Placements;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

public static class PlacementQueries
{
    /// <summary>
    /// A placement with everything its rules and cost lines need: fees, additional costs and funding split (a fee change is
    /// checked against the funding split; the save rewrites the cost lines from all three).
    /// </summary>
    public static IQueryable<Placement> WithCosting(this IQueryable<Placement> placements) =>
        placements.Include(p => p.FeePeriods).Include(p => p.AdditionalCosts).Include(p => p.FundingShares).AsSplitQuery();
}
