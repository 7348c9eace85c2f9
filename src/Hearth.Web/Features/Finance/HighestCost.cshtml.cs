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
/// The live placements with the highest current weekly cost (the weekly fee in force today plus the additional weekly costs
/// running today, ADR 0019), each against the average weekly cost for its category: the decision record's "value model for
/// placements which are highest cost" starts from this list.
/// </summary>
[Authorize(Roles = $"{Roles.Commissioner},{Roles.FinanceOfficer},{Roles.ContractManager},{Roles.Auditor}")]
public sealed class HighestCostModel(HearthDb db, TimeProvider clock) : PageModel
{
    public const int Size = 50;

    public sealed record Row(int Id, string CaseReference, string Child, PlacementCategory Category, PlacementRoute Route, string Provider,
        DateOnly StartDate, Money WeeklyFee, Money AdditionalWeekly, Money CategoryAverage, int? PercentAbove)
    {
        /// <summary>The weekly fee plus the additional weekly costs running today.</summary>
        public Money WeeklyCost => WeeklyFee + AdditionalWeekly;
    }

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
                              Extras = p.AdditionalCosts
                                  .Where(c => c.Kind == AdditionalCostKind.Weekly && c.From <= today && (c.To == null || c.To > today))
                                  .Select(c => c.Amount).ToList(),
                          }).ToListAsync(ct);
        Live = live.Count;
        var costed = live.Select(p => new Row(p.Id, p.CaseReference, p.Child, p.Category, p.Route, p.Provider, p.StartDate, p.Fee,
            p.Extras.Aggregate(Money.Zero, (sum, c) => sum + c), Money.Zero, null)).ToList();
        var averages = costed.GroupBy(p => p.Category).ToDictionary(g => g.Key, g => FeeComparison.Average(g.Select(p => p.WeeklyCost).ToList()));
        Rows = costed.OrderByDescending(p => p.WeeklyCost).ThenBy(p => p.Id).Take(Size)
            .Select(p => p with { CategoryAverage = averages[p.Category], PercentAbove = FeeComparison.PercentAboveAverage(p.WeeklyCost, averages[p.Category]) })
            .ToList();
    }
}
