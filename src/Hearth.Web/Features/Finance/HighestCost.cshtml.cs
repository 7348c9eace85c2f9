using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>
/// The live placements with the highest weekly fees, each against the average for its category: the decision record's
/// "value model for placements which are highest cost" starts from this list.
/// </summary>
[Authorize(Roles = $"{Roles.Commissioner},{Roles.FinanceOfficer},{Roles.ContractManager},{Roles.Auditor}")]
public sealed class HighestCostModel(HearthDb db, TimeProvider clock) : PageModel
{
    public const int Size = 50;

    public sealed record Row(int Id, string CaseReference, string Child, PlacementCategory Category, PlacementRoute Route, string Provider,
        DateOnly StartDate, Money WeeklyFee, Money CategoryAverage, int? PercentAbove);

    public List<Row> Rows { get; private set; } = [];
    public int Live { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = London.Today(clock);
        var live = await (from p in db.VisiblePlacements.AsNoTracking()
                          where p.StartDate <= today && (p.EndDate == null || p.EndDate > today)
                          join c in db.Children on p.ChildId equals c.Id
                          join o in db.Organisations on p.ProviderId equals o.Id into providers
                          from o in providers.DefaultIfEmpty()
                          select new
                          {
                              p.Id, c.CaseReference, Child = c.GivenName + " " + c.FamilyName, p.Category, p.Route, p.StartDate,
                              Provider = o == null ? "In-house" : o.Name,
                              Fee = p.FeePeriods.Where(f => f.EffectiveFrom <= today).OrderByDescending(f => f.EffectiveFrom).Select(f => f.WeeklyFee).First(),
                          }).ToListAsync(ct);
        Live = live.Count;
        var averages = live.GroupBy(p => p.Category).ToDictionary(g => g.Key, g => FeeComparison.Average(g.Select(p => p.Fee).ToList()));
        Rows = live.OrderByDescending(p => p.Fee).ThenBy(p => p.Id).Take(Size)
            .Select(p => new Row(p.Id, p.CaseReference, p.Child, p.Category, p.Route, p.Provider, p.StartDate, p.Fee, averages[p.Category],
                FeeComparison.PercentAboveAverage(p.Fee, averages[p.Category])))
            .ToList();
    }
}
