using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>
/// Writes a placement's <see cref="PlacementCostLine"/>s: the one place that turns a placement into stored costs (ADR 0014).
/// </summary>
/// <remarks>
/// <para>An ended placement gets one closed line per (fee period, financial year) run of its nights, each costed once by
/// <see cref="NightCosting.CostOfNights"/> exactly as <see cref="NightCosting.CostByYear(DateOnly, DateOnly?, DateOnly, ReadOnlySpan{FeePeriod}, Span{YearCost})"/>
/// costs it.</para>
/// <para>A live placement gets closed lines up to the end of the current financial year (or up to its last fee change, if
/// that is later), and one open line from there at its last fee. The current year's closed line of a live placement ends on
/// 31 March; the report costs only the nights before the day it asks about, so the line is re-costed from its fee and
/// first night while the year runs (<see cref="PlacementCostLine.CostIn"/>). Where the closed part stops is a storage
/// choice only: however a run is cut at a financial-year end, the report gets the same (fee period, financial year) runs.
/// So lines written last year stay right this year; rewriting them only moves work from the query to the write.</para>
/// </remarks>
public static class PlacementCostLines
{
    /// <summary>The lines of a saved placement (its <see cref="Placement.Id"/> is set).</summary>
    public static List<PlacementCostLine> For(Placement placement, DateOnly today) => For(placement, today, placement.Id);

    /// <summary>The lines of a placement, under the id it is (or will be) stored with.</summary>
    /// <exception cref="DomainException">The placement has no fee from its start, or a negative fee (field "FeePeriods").</exception>
    public static List<PlacementCostLine> For(Placement placement, DateOnly today, int placementId)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var periods = placement.ToFeePeriods();
        Array.Sort(periods, (a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        var start = placement.StartDate.DayNumber;
        if (periods.Length == 0 || periods[0].EffectiveFrom.DayNumber > start)
            throw new DomainException("FeePeriods", "A fee must take effect on or before the placement start date");
        foreach (var period in periods)
            if (period.WeeklyFee < Money.Zero) throw new DomainException("FeePeriods", "A weekly fee cannot be negative");

        var last = periods[^1];
        var closedEnd = placement.EndDate is { } end
            ? end.DayNumber
            : Math.Max(start, Math.Max(FinancialYear.Containing(today).EndExclusive.DayNumber, last.EffectiveFrom.DayNumber));
        var open = placement.EndDate is null;

        var lines = new List<PlacementCostLine>(4);
        var runs = new List<(DateOnly FeeStart, Money Fee, int From, int To)>(4);
        for (var i = 0; i < periods.Length; i++)
        {
            var from = Math.Max(periods[i].EffectiveFrom.DayNumber, start);
            var to = i + 1 < periods.Length ? Math.Min(periods[i + 1].EffectiveFrom.DayNumber, closedEnd) : closedEnd;
            while (from < to)
            {
                var year = FinancialYear.Containing(DateOnly.FromDayNumber(from));
                var runEnd = Math.Min(to, year.EndExclusive.DayNumber);
                lines.Add(new PlacementCostLine(placementId, placement, year, periods[i].EffectiveFrom, periods[i].WeeklyFee, from, runEnd,
                    NightCosting.CostOfNights(periods[i].WeeklyFee, runEnd - from)));
                runs.Add((periods[i].EffectiveFrom, periods[i].WeeklyFee, from, runEnd));
                from = runEnd;
            }
        }

        if (open)
        {
            lines.Add(new PlacementCostLine(placementId, placement, FinancialYear.Containing(DateOnly.FromDayNumber(closedEnd)),
                last.EffectiveFrom, last.WeeklyFee, closedEnd, null, null));
        }

        // Funding split (ADR 0019): each share's part of each fee run it covers, costed by the rule on its own nights, under
        // its source, and the same amount taken off the main source, so every run's pence still sum to the run.
        var main = placement.FundingSource;
        foreach (var share in placement.FundingShares.OrderBy(s => s.From).ThenBy(s => s.FundingSource))
        {
            var shareFrom = share.From.DayNumber;
            var shareTo = share.To?.DayNumber ?? int.MaxValue;
            foreach (var run in runs)
            {
                if (SharePartOfRun(share, run.Fee, run.From, run.To) is not { } part) continue;
                var (weekly, a, b, amount) = part;
                var year = FinancialYear.Containing(DateOnly.FromDayNumber(a));
                lines.Add(new PlacementCostLine(placementId, placement, CostLineKind.FundingShare, share.FundingSource, 1, year, run.FeeStart, weekly, a, b, amount));
                lines.Add(new PlacementCostLine(placementId, placement, CostLineKind.FundingShare, main, -1, year, run.FeeStart, weekly, a, b, amount));
            }
            if (!open) continue;
            var lastWeekly = share.WeeklyUnder(last.WeeklyFee);
            if (lastWeekly <= Money.Zero) continue;
            var from = Math.Max(closedEnd, shareFrom);
            if (share.To is null)
            {
                var year = FinancialYear.Containing(DateOnly.FromDayNumber(from));
                lines.Add(new PlacementCostLine(placementId, placement, CostLineKind.FundingShare, share.FundingSource, 1, year, last.EffectiveFrom, lastWeekly, from, null, null));
                lines.Add(new PlacementCostLine(placementId, placement, CostLineKind.FundingShare, main, -1, year, last.EffectiveFrom, lastWeekly, from, null, null));
            }
            else
            {
                AddClosed(lines, placementId, placement, CostLineKind.FundingShare, share.FundingSource, 1, last.EffectiveFrom, lastWeekly, from, shareTo);
                AddClosed(lines, placementId, placement, CostLineKind.FundingShare, main, -1, last.EffectiveFrom, lastWeekly, from, shareTo);
            }
        }

        // Additional costs, each under its own funding source: weekly ones per night like the fee (rounded once per cost and
        // financial year), one-off ones whole in the financial year of their date.
        var placementEnd = placement.EndDate?.DayNumber ?? int.MaxValue;
        foreach (var cost in placement.AdditionalCosts.OrderBy(c => c.From).ThenBy(c => c.Kind))
        {
            if (cost.Kind == AdditionalCostKind.OneOff)
            {
                var day = cost.From.DayNumber;
                lines.Add(new PlacementCostLine(placementId, placement, CostLineKind.OneOff, cost.FundingSource, 1,
                    FinancialYear.Containing(cost.From), cost.From, Money.Zero, day, day + 1, cost.Amount));
                continue;
            }
            var from = Math.Max(cost.From.DayNumber, start);
            var to = Math.Min(cost.To?.DayNumber ?? int.MaxValue, placementEnd);
            if (to == int.MaxValue)
            {
                // Open-ended on a live placement: closed lines to where the fee's closed lines stop, then an open line.
                AddClosed(lines, placementId, placement, CostLineKind.AdditionalWeekly, cost.FundingSource, 1, cost.From, cost.Amount, from, closedEnd);
                var openFrom = Math.Max(from, closedEnd);
                lines.Add(new PlacementCostLine(placementId, placement, CostLineKind.AdditionalWeekly, cost.FundingSource, 1,
                    FinancialYear.Containing(DateOnly.FromDayNumber(openFrom)), cost.From, cost.Amount, openFrom, null, null));
            }
            else
            {
                AddClosed(lines, placementId, placement, CostLineKind.AdditionalWeekly, cost.FundingSource, 1, cost.From, cost.Amount, from, to);
            }
        }

        for (var i = 0; i < lines.Count; i++) lines[i].Number(i + 1);
        return lines;
    }

    /// <summary>
    /// The part of one fee run (the nights from <paramref name="runFrom"/> to <paramref name="runToExclusive"/> at one weekly fee,
    /// within one financial year) that a funding share pays (ADR 0019): its weekly amount under that fee in whole pence (a share
    /// rounded down), over the nights it covers, costed once by the §3 rule. Null when it pays nothing of the run. The cost
    /// lines and the forecast both split the fee through this.
    /// </summary>
    public static (Money Weekly, int From, int To, Money Amount)? SharePartOfRun(PlacementFundingShare share, Money weeklyFee, int runFrom, int runToExclusive)
    {
        ArgumentNullException.ThrowIfNull(share);
        int a = Math.Max(runFrom, share.From.DayNumber), b = Math.Min(runToExclusive, share.To?.DayNumber ?? int.MaxValue);
        var weekly = share.WeeklyUnder(weeklyFee);
        if (a >= b || weekly <= Money.Zero) return null;
        return (weekly, a, b, NightCosting.CostOfNights(weekly, b - a));
    }

    /// <summary>Closed lines for the nights from <paramref name="from"/> to <paramref name="to"/> (exclusive), one per financial year.</summary>
    private static void AddClosed(List<PlacementCostLine> lines, int placementId, Placement placement, CostLineKind kind, FundingSource source, int sign,
        DateOnly periodStart, Money weekly, int from, int to)
    {
        while (from < to)
        {
            var year = FinancialYear.Containing(DateOnly.FromDayNumber(from));
            var runEnd = Math.Min(to, year.EndExclusive.DayNumber);
            lines.Add(new PlacementCostLine(placementId, placement, kind, source, sign, year, periodStart, weekly, from, runEnd,
                NightCosting.CostOfNights(weekly, runEnd - from)));
            from = runEnd;
        }
    }
}
