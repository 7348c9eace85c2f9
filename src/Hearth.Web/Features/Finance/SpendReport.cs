using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>
/// Spend by financial year for the placements the user's organisation may see, summed in the database from the stored
/// cost lines (ADR 0014). The page, its CSV and XLSX exports, the API and the finance home card all read it here.
/// </summary>
/// <remarks>
/// Open placements are costed up to today (the nights before tomorrow). A closed line that ends on or before tomorrow
/// counts its stored amount; one that runs past it (the current year of a live placement, or a placement ending later) and
/// every open line are costed in SQL for the nights before tomorrow as round(W × n / 7), halves away from zero, which for
/// whole pence W ≥ 0 and n ≥ 0 nights is exactly the integer (W × n + 3) / 7: writing W × n = 7q + r with 0 ≤ r ≤ 6, the
/// rule rounds up exactly when r ≥ 4 (7 is odd, so there is never an exact half), and (7q + r + 3) / 7 truncates to q + 1
/// exactly when r + 3 ≥ 7. So each (placement, fee period, financial year) run is still rounded once, as
/// <see cref="PlacementCostLine.CostIn"/> and <see cref="NightCosting.CostOfNights"/> do; tests pin the SQL to both.
/// Lines of a funding split, additional weekly costs and one-off costs are costed the same way; a split's offset line
/// under the main source has Sign -1 (ADR 0019), so every line is Sign × round(W × n / 7).
/// </remarks>
public sealed class SpendReport(HearthDb db, TimeProvider clock)
{
    public sealed record Line(SpendKey Key, Money Amount);

    private sealed record Cell(int Year, int AuthorityId, KeyServiceLine KeyServiceLine, FundingSource FundingSource, PlacementRoute Route, int? ProviderId, long Pence);

    public async Task<List<Line>> ByYearAsync(FinancialYear first, FinancialYear last, CancellationToken ct)
    {
        if (last < first) throw new DomainException("To", "The last financial year must be the same as or after the first");
        var tomorrow = London.Today(clock).AddDays(1);
        var until = (tomorrow < last.EndExclusive ? tomorrow : last.EndExclusive).DayNumber;
        var lines = db.VisibleCostLines.AsNoTracking();
        int firstYear = first.StartYear, lastYear = last.StartYear;

        // Closed lines of the years asked for: the stored amount, or the nights before `until` of a line that runs past it.
        var cells = await lines
            .Where(l => l.EndDay != null && l.FinancialYear >= firstYear && l.FinancialYear <= lastYear && l.FirstNightDay < until)
            .GroupBy(l => new { l.FinancialYear, l.AuthorityId, l.KeyServiceLine, l.FundingSource, l.Route, l.ProviderId })
            .Select(g => new Cell(g.Key.FinancialYear, g.Key.AuthorityId, g.Key.KeyServiceLine, g.Key.FundingSource, g.Key.Route, g.Key.ProviderId,
                g.Sum(l => l.EndDay <= until ? l.AmountPence!.Value : l.Sign * ((l.WeeklyFeePence * (until - l.FirstNightDay) + 3) / 7))))
            .ToListAsync(ct);

        // Open lines start after the year they were written in, so there are none to cost here until a new financial year
        // begins; then each year they reach is costed from its first night (or theirs) to `until`, and added to the cells.
        var result = new List<Line>(cells.Count);
        if (await lines.AnyAsync(l => l.EndDay == null && l.FirstNightDay < until, ct))
        {
            for (var year = first; year <= last && year.Start.DayNumber < until; year = year.Next)
            {
                int yearStart = year.Start.DayNumber, yearEnd = Math.Min(year.EndExclusive.DayNumber, until), y = year.StartYear;
                cells.AddRange(await lines
                    .Where(l => l.EndDay == null && l.FirstNightDay < yearEnd)
                    .GroupBy(l => new { l.AuthorityId, l.KeyServiceLine, l.FundingSource, l.Route, l.ProviderId })
                    .Select(g => new Cell(y, g.Key.AuthorityId, g.Key.KeyServiceLine, g.Key.FundingSource, g.Key.Route, g.Key.ProviderId,
                        g.Sum(l => l.Sign * ((l.WeeklyFeePence * (yearEnd - (l.FirstNightDay > yearStart ? l.FirstNightDay : yearStart)) + 3) / 7))))
                    .ToListAsync(ct));
            }
            var totals = new Dictionary<SpendKey, Money>();
            foreach (var c in cells)
            {
                var key = Key(c);
                totals[key] = totals.GetValueOrDefault(key) + Money.FromPence(c.Pence);
            }
            foreach (var (key, amount) in totals) result.Add(new Line(key, amount));
        }
        else
        {
            foreach (var c in cells) result.Add(new Line(Key(c), Money.FromPence(c.Pence))); // one row per cell already
        }
        result.Sort(static (a, b) =>
        {
            var order = a.Key.Year.StartYear.CompareTo(b.Key.Year.StartYear);
            if (order == 0) order = a.Key.AuthorityId.CompareTo(b.Key.AuthorityId);
            if (order == 0) order = a.Key.Route.CompareTo(b.Key.Route);
            if (order == 0) order = a.Key.KeyServiceLine.CompareTo(b.Key.KeyServiceLine);
            if (order == 0) order = a.Key.FundingSource.CompareTo(b.Key.FundingSource);
            if (order == 0) order = Nullable.Compare(a.Key.ProviderId, b.Key.ProviderId);
            return order;
        });
        return result;
    }

    private static SpendKey Key(Cell c) => new(new FinancialYear(c.Year), c.AuthorityId, c.KeyServiceLine, c.FundingSource, c.Route, c.ProviderId);

    public static string RouteName(PlacementRoute route) => route switch
    {
        PlacementRoute.InHouse => "In-house",
        PlacementRoute.Framework => "Framework",
        PlacementRoute.Spot => "Spot purchase",
        PlacementRoute.Block => "Block contract",
        _ => route.ToString(),
    };

    public static string KeyServiceLineName(KeyServiceLine line) => line switch
    {
        KeyServiceLine.LookedAfterChildren => "Looked After Children – Care & Support",
        KeyServiceLine.LookedAfterChildrenWithDisability => "Looked After Children (with Disability) – Care & Support",
        KeyServiceLine.Asylum => "Asylum",
        _ => line.ToString(),
    };

    public static string FundingSourceName(FundingSource source) => source switch
    {
        FundingSource.BaseBudget => "Revenue base budget",
        FundingSource.UascGrant => "UASC grant",
        FundingSource.EducationContribution => "Education contribution",
        FundingSource.HealthContribution => "Health contribution",
        _ => source.ToString(),
    };
}
