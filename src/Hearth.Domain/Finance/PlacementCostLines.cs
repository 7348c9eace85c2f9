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

        var lines = new List<PlacementCostLine>(4);
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
                from = runEnd;
            }
        }

        if (placement.EndDate is null)
        {
            lines.Add(new PlacementCostLine(placementId, placement, FinancialYear.Containing(DateOnly.FromDayNumber(closedEnd)),
                last.EffectiveFrom, last.WeeklyFee, closedEnd, null, null));
        }
        return lines;
    }
}
