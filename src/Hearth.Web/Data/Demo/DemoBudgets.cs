using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Web.Features.Finance;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// Budgets for Kent and Medway for the current and previous financial years (demo data). Each is the line's forecast (or,
/// for the previous year, its outturn) times a factor, rounded to the nearest £1,000, the factors chosen so the budgets page
/// shows every status: green, amber and red. No random draws, so the demo stays deterministic.
/// </summary>
internal static class DemoBudgets
{
    private static readonly Dictionary<(bool Kent, bool Current, KeyServiceLine Line), decimal> Factors = new()
    {
        [(true, true, KeyServiceLine.LookedAfterChildren)] = 1.03m,               // green
        [(true, true, KeyServiceLine.LookedAfterChildrenWithDisability)] = 0.97m, // amber: about 3% over
        [(true, true, KeyServiceLine.Asylum)] = 0.92m,                            // red: about 9% over
        [(false, true, KeyServiceLine.LookedAfterChildren)] = 0.98m,              // amber
        [(false, true, KeyServiceLine.LookedAfterChildrenWithDisability)] = 1.06m,
        [(false, true, KeyServiceLine.Asylum)] = 1.02m,
        [(true, false, KeyServiceLine.LookedAfterChildren)] = 1.01m,
        [(true, false, KeyServiceLine.LookedAfterChildrenWithDisability)] = 1.04m,
        [(true, false, KeyServiceLine.Asylum)] = 0.97m,                           // amber
        [(false, false, KeyServiceLine.LookedAfterChildren)] = 1.02m,
        [(false, false, KeyServiceLine.LookedAfterChildrenWithDisability)] = 0.94m, // red
        [(false, false, KeyServiceLine.Asylum)] = 1.01m,
    };

    public static async Task CreateAsync(HearthDb db, TimeProvider clock, Authority kent, Authority medway, DateOnly asOf, CancellationToken ct)
    {
        var report = new ForecastReport(db, clock);
        var current = FinancialYear.Containing(asOf);
        foreach (var year in new[] { current.Previous, current })
        {
            var forecast = await report.ForYearAsync(year, Forecasting.DefaultRecentWeeks, asOf, ct);
            foreach (var authority in new[] { kent, medway })
            {
                foreach (var line in Enum.GetValues<KeyServiceLine>())
                {
                    var total = forecast.Lines.Where(l => l.Key.AuthorityId == authority.Id && l.Key.KeyServiceLine == line)
                        .Aggregate(Money.Zero, (sum, l) => sum + l.Value.Forecast);
                    var pounds = Math.Round(total.Pounds * Factors[(authority == kent, year == current, line)] / 1000m, MidpointRounding.AwayFromZero) * 1000m;
                    db.Budgets.Add(Budget.Set(authority.Id, line, year, Money.FromPounds(pounds)));
                }
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
