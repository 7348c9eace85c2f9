namespace Hearth.Domain.Common;

/// <summary>
/// The night-based costing rule (ARCHITECTURE.md §3). A placement is charged per night: the nights are the dates from the
/// start date (inclusive) to the end date (exclusive: the day the child left), and a night belongs to the financial year
/// containing its date. The cost of a run of n nights at weekly fee W pence is round(W × n / 7) to the nearest penny, halves
/// away from zero, computed once per (fee period, financial year) run and then summed.
/// </summary>
/// <remarks>
/// The span-based methods do not allocate, so finance can cost hundreds of thousands of placements in a loop.
/// </remarks>
public static class NightCosting
{
    private const string FeePeriodsField = "FeePeriods";

    /// <summary>
    /// The cost of <paramref name="nights"/> nights at <paramref name="weeklyFee"/>: round(W × n / 7) to the nearest penny,
    /// halves away from zero (a negative fee rounds symmetrically), in exact integer arithmetic.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nights"/> is negative.</exception>
    /// <exception cref="OverflowException">The cost is too large to hold.</exception>
    public static Money CostOfNights(Money weeklyFee, int nights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nights);

        var product = (Int128)weeklyFee.Pence * nights;
        var quotient = product / 7;
        var remainder = product % 7; // takes the sign of the product

        // Round half away from zero: |remainder| / 7 >= 1/2 exactly when |remainder| >= 4, since 7 is odd (so a cost
        // is never exactly half a penny).
        if (remainder >= 4)
        {
            quotient++;
        }
        else if (remainder <= -4)
        {
            quotient--;
        }

        return Money.FromPence(checked((long)quotient));
    }

    /// <summary>
    /// The number of financial years with at least one costed night: the number of entries the span overload of
    /// <c>CostByYear</c> writes, so the size its destination needs.
    /// </summary>
    /// <exception cref="DomainException">The end date is before the start date (field "EndDate").</exception>
    public static int CountYears(DateOnly start, DateOnly? endExclusive, DateOnly costUntilExclusive)
    {
        var end = CostedEnd(start, endExclusive, costUntilExclusive);
        if (end <= start)
        {
            return 0;
        }

        return FinancialYear.Containing(end.AddDays(-1)).StartYear - FinancialYear.Containing(start).StartYear + 1;
    }

    /// <summary>
    /// Costs a placement per financial year into <paramref name="destination"/>, without allocating.
    /// </summary>
    /// <param name="start">The first night (the day the child arrived).</param>
    /// <param name="endExclusive">The day the child left, or null for an open placement.</param>
    /// <param name="costUntilExclusive">
    /// The day costing stops: the planned end of an open placement or the end of the period asked for. A placement that ends
    /// later is costed only up to this date; one that starts on or after it costs nothing.
    /// </param>
    /// <param name="periods">
    /// The fee periods, sorted by <see cref="FeePeriod.EffectiveFrom"/> with no two on the same date. The first must take
    /// effect on or before <paramref name="start"/> when there is any night to cost; periods taking effect after the costed
    /// nights are ignored.
    /// </param>
    /// <param name="destination">
    /// Receives one <see cref="YearCost"/> per financial year with at least one night, in ascending order. Its size can be
    /// found with <see cref="CountYears"/>.
    /// </param>
    /// <returns>The number of entries written (0 when there are no nights to cost).</returns>
    /// <exception cref="DomainException">
    /// The end date is before the start date (field "EndDate"), or the fee periods are out of order, repeat a date or start
    /// after the first night (field "FeePeriods").
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too small.</exception>
    /// <exception cref="OverflowException">A cost is too large to hold.</exception>
    public static int CostByYear(
        DateOnly start,
        DateOnly? endExclusive,
        DateOnly costUntilExclusive,
        ReadOnlySpan<FeePeriod> periods,
        Span<YearCost> destination) =>
        Run(start, endExclusive, costUntilExclusive, periods, destination, writeYears: true, out _);

    /// <summary>
    /// Costs a placement per financial year (allocating a list). See
    /// <see cref="CostByYear(DateOnly, DateOnly?, DateOnly, ReadOnlySpan{FeePeriod}, Span{YearCost})"/> for the rule.
    /// </summary>
    public static IReadOnlyList<YearCost> CostByYear(
        DateOnly start,
        DateOnly? endExclusive,
        DateOnly costUntilExclusive,
        IReadOnlyList<FeePeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var result = new YearCost[CountYears(start, endExclusive, costUntilExclusive)];
        var written = CostByYear(start, endExclusive, costUntilExclusive, AsSpan(periods), result);
        return written == result.Length ? result : result[..written];
    }

    /// <summary>
    /// The total cost of a placement over all financial years, without allocating: the sum of the per-year costs that
    /// the span overload of <c>CostByYear</c> writes, with the same rules and exceptions.
    /// </summary>
    public static Money TotalCost(
        DateOnly start,
        DateOnly? endExclusive,
        DateOnly costUntilExclusive,
        ReadOnlySpan<FeePeriod> periods)
    {
        Run(start, endExclusive, costUntilExclusive, periods, Span<YearCost>.Empty, writeYears: false, out var total);
        return total;
    }

    /// <summary>The total cost of a placement over all financial years. See the span overload.</summary>
    public static Money TotalCost(
        DateOnly start,
        DateOnly? endExclusive,
        DateOnly costUntilExclusive,
        IReadOnlyList<FeePeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        return TotalCost(start, endExclusive, costUntilExclusive, AsSpan(periods));
    }

    private static ReadOnlySpan<FeePeriod> AsSpan(IReadOnlyList<FeePeriod> periods) => periods switch
    {
        FeePeriod[] array => array,
        List<FeePeriod> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => periods.ToArray(),
    };

    private static DateOnly CostedEnd(DateOnly start, DateOnly? endExclusive, DateOnly costUntilExclusive)
    {
        if (endExclusive < start)
        {
            throw new DomainException("EndDate", "The end date must be on or after the start date");
        }

        return endExclusive is { } end && end < costUntilExclusive ? end : costUntilExclusive;
    }

    private static int Run(
        DateOnly start,
        DateOnly? endExclusive,
        DateOnly costUntilExclusive,
        ReadOnlySpan<FeePeriod> periods,
        Span<YearCost> destination,
        bool writeYears,
        out Money total)
    {
        total = Money.Zero;
        var end = CostedEnd(start, endExclusive, costUntilExclusive).DayNumber;
        var first = start.DayNumber;

        for (var i = 1; i < periods.Length; i++)
        {
            if (periods[i].EffectiveFrom <= periods[i - 1].EffectiveFrom)
            {
                throw new DomainException(
                    FeePeriodsField,
                    "The fee periods must be in date order with no two taking effect on the same date");
            }
        }

        if (end <= first)
        {
            return 0;
        }

        if (periods.IsEmpty || periods[0].EffectiveFrom.DayNumber > first)
        {
            throw new DomainException(
                FeePeriodsField,
                "A fee must take effect on or before the placement start date");
        }

        var written = 0;
        for (var i = 0; i < periods.Length; i++)
        {
            var periodStart = Math.Max(periods[i].EffectiveFrom.DayNumber, first);
            var periodEnd = i + 1 < periods.Length ? Math.Min(periods[i + 1].EffectiveFrom.DayNumber, end) : end;
            if (periodStart >= end)
            {
                break; // this and any later periods take effect after the costed nights
            }

            var cursor = periodStart;
            while (cursor < periodEnd)
            {
                var year = FinancialYear.Containing(DateOnly.FromDayNumber(cursor));
                var runEnd = Math.Min(periodEnd, year.EndExclusive.DayNumber);
                var nights = runEnd - cursor;
                var cost = CostOfNights(periods[i].WeeklyFee, nights);
                total += cost;

                if (writeYears)
                {
                    if (written > 0 && destination[written - 1].Year == year)
                    {
                        var previous = destination[written - 1];
                        destination[written - 1] = previous with
                        {
                            Nights = previous.Nights + nights,
                            Cost = previous.Cost + cost,
                        };
                    }
                    else
                    {
                        if (written == destination.Length)
                        {
                            throw new ArgumentException(
                                "The destination is too small for the financial years costed; size it with CountYears.",
                                nameof(destination));
                        }

                        destination[written++] = new YearCost(year, nights, cost);
                    }
                }

                cursor = runEnd;
            }
        }

        return written;
    }
}
