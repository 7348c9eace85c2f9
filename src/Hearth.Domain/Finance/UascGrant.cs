using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// The UASC grant due for a placement: for every night (dates from the start, inclusive, to the day the child left,
/// exclusive, as in ARCHITECTURE §3) the nightly rate of the child's age band on that night (age by <c>Child.AgeOn</c>),
/// reported per run of nights with one financial year, band and rate. The rates are whole pence a night, so each run's
/// amount is nights × rate exactly: no rounding arises (the §3 rule's round(W × n / 7) only rounds because a weekly fee is
/// divided by 7). Per-year totals are sums of the runs. Nights with no rate, or when the child is 18 or over, are gaps.
/// </summary>
public static class UascGrant
{
    public sealed record Result(IReadOnlyList<UascGrantLine> Lines, IReadOnlyList<UascGrantGap> Gaps)
    {
        public Money Total => Lines.Aggregate(Money.Zero, (sum, l) => sum + l.Amount);

        public int Nights => Lines.Sum(l => l.Nights);

        /// <summary>Grant due per financial year, in year order.</summary>
        public IReadOnlyList<(FinancialYear Year, int Nights, Money Amount)> ByYear() => Lines
            .GroupBy(l => l.Year).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(l => l.Nights), g.Aggregate(Money.Zero, (sum, l) => sum + l.Amount))).ToList();

        public bool HasMissingRates => Gaps.Any(g => g.Reason == UascGrantGapReason.NoRate);
    }

    /// <summary>
    /// The grant due for a placement's nights from <paramref name="start"/> up to the earlier of <paramref name="endExclusive"/>
    /// and <paramref name="costUntilExclusive"/>.
    /// </summary>
    /// <exception cref="DomainException">
    /// The end is before the start (field "EndDate"), or two rates of the same band overlap (field "Rates").
    /// </exception>
    public static Result For(
        DateOnly dateOfBirth, DateOnly start, DateOnly? endExclusive, DateOnly costUntilExclusive, IReadOnlyCollection<UascRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var range = new DateRange(start, endExclusive);
        var end = range.EndExclusive is { } e && e < costUntilExclusive ? e : costUntilExclusive;
        CheckNoOverlap(rates);
        var lines = new List<UascGrantLine>();
        var gaps = new List<UascGrantGap>();
        if (end <= start) return new Result(lines, gaps);

        // Every date on which the year, the band or the rate can change; between two of them all three are constant.
        var cuts = new SortedSet<DateOnly> { start, end };
        for (var year = FinancialYear.Containing(start).Next; year.Start < end; year = year.Next) cuts.Add(year.Start);
        cuts.Add(UascAgeBands.Birthday(dateOfBirth, 16));
        cuts.Add(UascAgeBands.Birthday(dateOfBirth, UascAgeBands.GrantEndsAtAge));
        foreach (var rate in rates)
        {
            cuts.Add(rate.EffectiveFrom);
            if (rate.EffectiveTo is { } to && to < DateOnly.MaxValue) cuts.Add(to.AddDays(1));
        }

        var points = cuts.Where(d => d >= start && d <= end).ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var from = points[i];
            var to = points[i + 1];
            var nights = to.DayNumber - from.DayNumber;
            var band = UascAgeBands.On(dateOfBirth, from);
            if (band is null)
            {
                AddGap(gaps, from, to, nights, UascGrantGapReason.Aged18OrOver);
                continue;
            }

            var found = rates.Where(r => r.AgeBand == band && r.Covers(from)).Select(r => (UascRate?)r).FirstOrDefault();
            if (found is not { } rate)
            {
                AddGap(gaps, from, to, nights, UascGrantGapReason.NoRate);
                continue;
            }

            var year = FinancialYear.Containing(from);
            var amount = rate.NightlyRate * nights;
            if (lines.Count > 0 && lines[^1] is var last && last.ToExclusive == from && last.Year == year
                && last.AgeBand == band && last.NightlyRate == rate.NightlyRate)
                lines[^1] = last with { ToExclusive = to, Nights = last.Nights + nights, Amount = last.Amount + amount };
            else
                lines.Add(new UascGrantLine(year, band.Value, from, to, nights, rate.NightlyRate, amount));
        }

        return new Result(lines, gaps);
    }

    private static void AddGap(List<UascGrantGap> gaps, DateOnly from, DateOnly to, int nights, UascGrantGapReason reason)
    {
        if (gaps.Count > 0 && gaps[^1] is var last && last.ToExclusive == from && last.Reason == reason)
            gaps[^1] = last with { ToExclusive = to, Nights = last.Nights + nights };
        else
            gaps.Add(new UascGrantGap(from, to, nights, reason));
    }

    private static void CheckNoOverlap(IReadOnlyCollection<UascRate> rates)
    {
        var list = rates.ToList();
        for (var i = 0; i < list.Count; i++)
            for (var j = i + 1; j < list.Count; j++)
                if (list[i].Overlaps(list[j]))
                    throw new DomainException("Rates", "Two rates for the same age band overlap");
    }
}
