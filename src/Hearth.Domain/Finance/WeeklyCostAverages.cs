using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>
/// Average weekly cost per placement category and age band for one financial year: the cost of the nights in the year
/// divided by the placement-weeks (nights ÷ 7), for in-house and external placements separately.
/// </summary>
/// <remarks>
/// <para>Each night counts in the band of the child's age on that night (their age in whole years; a 29 February birthday
/// falls on 1 March in common years). A child who turns 11 on 10 October has the nights to 9 October in "5 to 10" and the
/// nights from 10 October in "11 to 15".</para>
/// <para>Costs follow the costing rule exactly (ARCHITECTURE §3): each run of nights of one fee period within the year
/// costs round(W × n ÷ 7). When a birthday splits a run, the nights before it cost round(W × k ÷ 7) and the nights from
/// it the rest of the run's cost, so the bands of a placement add up, to the penny, to what the spend report shows for
/// it. Open placements are costed up to <c>costUntilExclusive</c> (tomorrow, for the year to date).</para>
/// </remarks>
public static class WeeklyCostAverages
{
    private const string FeePeriodsField = "FeePeriods";

    /// <summary>The cost per week of <paramref name="nights"/> nights: round(cost × 7 ÷ nights), halves away from zero; £0 for no nights.</summary>
    public static Money Average(Money cost, int nights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nights);
        if (nights == 0) return Money.Zero;
        var product = (Int128)cost.Pence * 7;
        var quotient = product / nights;
        var remainder = product % nights;
        if (remainder * 2 >= nights) quotient++;
        else if (remainder * 2 <= -nights) quotient--;
        return Money.FromPence(checked((long)quotient));
    }

    /// <summary>
    /// The cells of the report for <paramref name="year"/>: every category × band × route group with at least one night,
    /// plus the totals over bands (band null), over categories (category null) and over both.
    /// </summary>
    /// <exception cref="DomainException">A placement ends before it starts (field "EndDate") or its fee periods are out of order or start after its first night (field "FeePeriods").</exception>
    public static IReadOnlyList<WeeklyCostCell> ForYear(IEnumerable<BandedPlacement> placements, FinancialYear year, DateOnly costUntilExclusive)
    {
        ArgumentNullException.ThrowIfNull(placements);
        var cells = new Dictionary<WeeklyCostKey, (int Placements, int Nights, Money Cost)>();
        Span<int> bandNights = stackalloc int[AgeBands.All.Count + 1];
        var bandCosts = new Money[AgeBands.All.Count + 1];
        Span<DateOnly> changes = stackalloc DateOnly[4];
        foreach (var p in placements)
        {
            if (p.EndDate < p.StartDate) throw new DomainException("EndDate", "The end date must be on or after the start date");
            var from = p.StartDate > year.Start ? p.StartDate : year.Start;
            var to = year.EndExclusive;
            if (costUntilExclusive < to) to = costUntilExclusive;
            if (p.EndDate is { } end && end < to) to = end;
            if (to <= from) continue;
            CheckPeriods(p);

            bandNights.Clear();
            Array.Clear(bandCosts);
            var periods = p.FeePeriods;
            for (var i = 0; i < periods.Count; i++)
            {
                var runStart = periods[i].EffectiveFrom > from ? periods[i].EffectiveFrom : from;
                var runEnd = i + 1 < periods.Count && periods[i + 1].EffectiveFrom < to ? periods[i + 1].EffectiveFrom : to;
                if (runStart >= to) break;
                if (runEnd <= runStart) continue;
                var fee = periods[i].WeeklyFee;
                var runCost = NightCosting.CostOfNights(fee, runEnd.DayNumber - runStart.DayNumber);
                var count = AgeBands.BandChangesBetween(p.DateOfBirth, runStart, runEnd, changes);
                var segmentStart = runStart;
                var costSoFar = Money.Zero;
                for (var c = 0; c <= count; c++)
                {
                    var segmentEnd = c < count ? changes[c] : runEnd;
                    var cumulative = c < count ? NightCosting.CostOfNights(fee, segmentEnd.DayNumber - runStart.DayNumber) : runCost;
                    var band = (int)AgeBands.On(p.DateOfBirth, segmentStart);
                    bandNights[band] += segmentEnd.DayNumber - segmentStart.DayNumber;
                    bandCosts[band] += cumulative - costSoFar;
                    costSoFar = cumulative;
                    segmentStart = segmentEnd;
                }
            }

            var route = p.Route == PlacementRoute.InHouse ? RouteGroup.InHouse : RouteGroup.External;
            var placementNights = 0;
            var placementCost = Money.Zero;
            for (var b = 1; b < bandNights.Length; b++)
            {
                if (bandNights[b] == 0) continue;
                placementNights += bandNights[b];
                placementCost += bandCosts[b];
                Add(cells, new WeeklyCostKey(p.Category, (AgeBand)b, route), bandNights[b], bandCosts[b]);
                Add(cells, new WeeklyCostKey(null, (AgeBand)b, route), bandNights[b], bandCosts[b]);
            }
            if (placementNights == 0) continue;
            Add(cells, new WeeklyCostKey(p.Category, null, route), placementNights, placementCost);
            Add(cells, new WeeklyCostKey(null, null, route), placementNights, placementCost);
        }
        return cells.Select(kv => new WeeklyCostCell(kv.Key, kv.Value.Placements, kv.Value.Nights, kv.Value.Cost))
            .OrderBy(c => c.Key.Route).ThenBy(c => c.Key.Category ?? (PlacementCategory)int.MaxValue).ThenBy(c => c.Key.Band ?? (AgeBand)int.MaxValue)
            .ToList();
    }

    private static void Add(Dictionary<WeeklyCostKey, (int Placements, int Nights, Money Cost)> cells, WeeklyCostKey key, int nights, Money cost)
    {
        var current = cells.GetValueOrDefault(key);
        cells[key] = (current.Placements + 1, current.Nights + nights, current.Cost + cost);
    }

    private static void CheckPeriods(BandedPlacement p)
    {
        var periods = p.FeePeriods;
        for (var i = 1; i < periods.Count; i++)
            if (periods[i].EffectiveFrom <= periods[i - 1].EffectiveFrom)
                throw new DomainException(FeePeriodsField, "The fee periods must be in date order with no two taking effect on the same date");
        if (periods.Count == 0 || periods[0].EffectiveFrom > p.StartDate)
            throw new DomainException(FeePeriodsField, "A fee must take effect on or before the placement start date");
    }
}
