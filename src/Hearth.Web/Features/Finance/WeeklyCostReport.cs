using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>
/// Average weekly cost per placement category and age band for a financial year, for the placements the user's authority
/// may see, by <see cref="WeeklyCostAverages"/>. The page, its exports and the API all read it here.
/// </summary>
public sealed class WeeklyCostReport(HearthDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<WeeklyCostCell>> ForYearAsync(FinancialYear year, CancellationToken ct)
    {
        var tomorrow = London.Today(clock).AddDays(1);
        var yearStart = year.Start;
        var yearEnd = year.EndExclusive;
        var rows = await (from p in db.VisiblePlacements.AsNoTracking()
                          where p.StartDate < yearEnd && (p.EndDate == null || p.EndDate > yearStart)
                          join c in db.Children on p.ChildId equals c.Id
                          select new
                          {
                              p.Id, c.DateOfBirth, p.Category, p.Route, p.StartDate, p.EndDate,
                              Fees = p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => new FeePeriod(f.EffectiveFrom, f.WeeklyFee)).ToList(),
                          }).ToListAsync(ct);
        return WeeklyCostAverages.ForYear(
            rows.Select(r => new BandedPlacement(r.Id, r.DateOfBirth, r.Category, r.Route, r.StartDate, r.EndDate, r.Fees)), year, tomorrow);
    }

    public static string CategoryName(PlacementCategory? category) => category switch
    {
        null => "All categories",
        PlacementCategory.Standard => "Standard",
        PlacementCategory.ComplexNeeds => "Complex needs",
        PlacementCategory.DisabilityOrComplexHealth => "Disability or complex health",
        PlacementCategory.ParentAndChild => "Parent and child",
        PlacementCategory.SeparatedChildren => "Separated children (UASC)",
        PlacementCategory.EnhancedOrStepDown => "Enhanced or step-down",
        _ => category.ToString()!,
    };

    public static string BandName(AgeBand? band) => band is { } b ? AgeBands.Name(b) : "All ages";

    public static string RouteName(RouteGroup route) => route == RouteGroup.InHouse ? "In-house" : "External";
}
