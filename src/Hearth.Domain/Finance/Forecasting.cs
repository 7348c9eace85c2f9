using Hearth.Domain.Placements;
using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// Commitments and the forecast to the year end, costed by the one rule of ARCHITECTURE §3 (<see cref="NightCosting"/>).
/// <list type="bullet">
/// <item><b>Actual to date</b>: the year's nights up to and including today's, as the spend report counts them.</item>
/// <item><b>Committed</b>: the cost in the year to the placement's end — the day the child left when recorded, else the planned
/// end, else (or when the planned end is after the year end, or has already passed while the child is still there) the year
/// end — less the actual to date. Each (fee period, year) run is rounded once, so actual + committed is exactly the rule's
/// cost of the year to that end; rounding the part before and the part after today separately would drift by pennies.</item>
/// <item><b>Expected new placements</b>: placements keep starting at the rate of the last N weeks, each at the average
/// weekly fee those recent placements started on, each charged from the night it starts to the year end. With c placements
/// in N weeks, their weekly fees adding up to F, and R nights left after today, the nights they would be charged add up
/// to c/(7N) a night × (R + (R−1) + … + 1), so the cost is F × R × (R+1) ÷ (98 × N), rounded once per line to the penny.</item>
/// </list>
/// </summary>
public static class Forecasting
{
    public const int DefaultRecentWeeks = 12;
    public const int MaximumRecentWeeks = 52;

    /// <summary>
    /// The cost within <paramref name="year"/> of a placement's nights before <paramref name="costUntilExclusive"/> (and before
    /// the day the child left), by <see cref="NightCosting"/>: per fee period and financial year, rounded once each.
    /// </summary>
    public static Money CostInYear(
        DateOnly start, DateOnly? endExclusive, IReadOnlyList<FeePeriod> periods, FinancialYear year, DateOnly costUntilExclusive)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var until = costUntilExclusive < year.EndExclusive ? costUntilExclusive : year.EndExclusive;
        if (periods.Count == 0 || start >= until || (endExclusive is { } end && end <= year.Start)) return Money.Zero;
        var count = NightCosting.CountYears(start, endExclusive, until);
        Span<YearCost> buffer = count <= 32 ? stackalloc YearCost[32] : new YearCost[count];
        var copy = periods as FeePeriod[] ?? [.. periods];
        var written = NightCosting.CostByYear(start, endExclusive, until, copy, buffer);
        for (var i = written - 1; i >= 0; i--)
            if (buffer[i].Year == year) return buffer[i].Cost;
        return Money.Zero;
    }

    /// <summary>
    /// An additional cost's part of <paramref name="year"/> before <paramref name="costUntilExclusive"/>: a weekly cost's nights
    /// within the placement costed by the §3 rule (one run in the year, as its stored cost line), a one-off whole on its date.
    /// </summary>
    public static Money AdditionalCostInYear(ForecastPlacement placement, PlacementAdditionalCost cost, FinancialYear year, DateOnly costUntilExclusive)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(cost);
        var until = costUntilExclusive < year.EndExclusive ? costUntilExclusive : year.EndExclusive;
        if (cost.Kind == AdditionalCostKind.OneOff)
            return cost.From >= year.Start && cost.From < until ? cost.Amount : Money.Zero;
        var from = Max(Max(cost.From, placement.StartDate), year.Start);
        var to = until;
        if (cost.To is { } costTo && costTo < to) to = costTo;
        if (placement.EndDate is { } left && left < to) to = left;
        return to > from ? NightCosting.CostOfNights(cost.Amount, to.DayNumber - from.DayNumber) : Money.Zero;
    }

    /// <summary>
    /// What a funding share pays of the placement's fee in <paramref name="year"/> before <paramref name="costUntilExclusive"/>:
    /// for each fee period's run of nights in the year, the share's part by <see cref="PlacementCostLines.SharePartOfRun"/>,
    /// exactly as its stored cost lines split it (ADR 0019). The main source pays that much less.
    /// </summary>
    public static Money FundingShareInYear(ForecastPlacement placement, PlacementFundingShare share, FinancialYear year, DateOnly costUntilExclusive)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(share);
        var until = costUntilExclusive < year.EndExclusive ? costUntilExclusive : year.EndExclusive;
        if (placement.EndDate is { } left && left < until) until = left;
        var periods = placement.FeePeriods;
        var total = Money.Zero;
        for (var i = 0; i < periods.Count; i++)
        {
            var from = Max(Max(periods[i].EffectiveFrom, placement.StartDate), year.Start);
            var to = i + 1 < periods.Count && periods[i + 1].EffectiveFrom < until ? periods[i + 1].EffectiveFrom : until;
            if (from >= to) continue;
            if (PlacementCostLines.SharePartOfRun(share, periods[i].WeeklyFee, from.DayNumber, to.DayNumber) is { } part) total += part.Amount;
        }
        return total;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>
    /// The day a placement's committed nights stop (exclusive), for a year worked out on a day whose nights to date stop at
    /// <paramref name="costedToExclusive"/>: see the class summary.
    /// </summary>
    public static DateOnly CommittedUntil(ForecastPlacement placement, FinancialYear year, DateOnly costedToExclusive)
    {
        ArgumentNullException.ThrowIfNull(placement);
        if (placement.EndDate is { } left) return left < year.EndExclusive ? left : year.EndExclusive;
        if (placement.PlannedEndDate is { } planned && planned >= costedToExclusive && planned < year.EndExclusive) return planned;
        return year.EndExclusive;
    }

    /// <summary>True when a placement is still open although its planned end has passed: it is committed to the year end.</summary>
    public static bool IsOverdue(ForecastPlacement placement, DateOnly today) =>
        placement.EndDate is null && placement.PlannedEndDate is { } planned && planned <= today;

    /// <summary>
    /// The forecast of <paramref name="year"/> to its end, worked out on <paramref name="today"/>. The year must have started.
    /// </summary>
    /// <exception cref="DomainException">
    /// The year starts after today (field "Year"), or <paramref name="recentWeeks"/> is not 1 to 52 (field "RecentWeeks").
    /// </exception>
    public static YearForecast ForYear(
        IEnumerable<ForecastPlacement> placements, FinancialYear year, DateOnly today, int recentWeeks = DefaultRecentWeeks)
    {
        ArgumentNullException.ThrowIfNull(placements);
        if (year.Start > today)
            throw new DomainException("Year", $"Choose {FinancialYear.Containing(today)} or an earlier year: {year} has not started, so there is nothing to forecast from");
        if (recentWeeks is < 1 or > MaximumRecentWeeks)
            throw new DomainException("RecentWeeks", $"Choose between 1 and {MaximumRecentWeeks} weeks");

        var costedTo = today.AddDays(1) < year.EndExclusive ? today.AddDays(1) : year.EndExclusive;
        var remaining = year.EndExclusive.DayNumber - costedTo.DayNumber;
        var recentFrom = today.AddDays(1 - 7 * recentWeeks);

        var lines = new Dictionary<SpendKey, ForecastAmounts>();
        var recentFees = new Dictionary<SpendKey, long>();
        var recentStarting = new List<Money>();
        var perPlacement = new List<PlacementForecast>();
        var overdue = 0;
        foreach (var p in placements)
        {
            var key = p.KeyFor(year);
            if (p.StartDate >= recentFrom && p.StartDate <= today && p.FeePeriods.Count > 0)
            {
                var fee = p.StartingWeeklyFee;
                recentStarting.Add(fee);
                recentFees[key] = checked(recentFees.GetValueOrDefault(key) + fee.Pence);
            }

            var until = CommittedUntil(p, year, costedTo);
            var firstNight = p.StartDate > year.Start ? p.StartDate : year.Start;
            var lastNightExclusive = p.EndDate is { } left && left < until ? left : until;
            if (firstNight >= lastNightExclusive) continue; // no nights in the year up to its committed end
            var hasNightsToCome = (firstNight > costedTo ? firstNight : costedTo) < lastNightExclusive;
            var actual = CostInYear(p.StartDate, p.EndDate, p.FeePeriods, year, costedTo);
            var committed = CostInYear(p.StartDate, p.EndDate, p.FeePeriods, year, until) - actual;
            if (hasNightsToCome && IsOverdue(p, today)) overdue++;
            lines[key] = lines.GetValueOrDefault(key) + new ForecastAmounts(actual, committed, Money.Zero, hasNightsToCome ? 1 : 0);
            foreach (var cost in p.AdditionalCosts ?? [])
            {
                var costActual = AdditionalCostInYear(p, cost, year, costedTo);
                var costCommitted = AdditionalCostInYear(p, cost, year, until) - costActual;
                if (costActual == Money.Zero && costCommitted == Money.Zero) continue;
                actual += costActual;
                committed += costCommitted;
                var costKey = key with { FundingSource = cost.FundingSource };
                lines[costKey] = lines.GetValueOrDefault(costKey) + new ForecastAmounts(costActual, costCommitted, Money.Zero, 0);
            }
            // The funding split moves part of the fee from the main source to another, pence for pence (ADR 0019): the
            // placement's total does not change.
            foreach (var share in p.FundingShares ?? [])
            {
                var shareActual = FundingShareInYear(p, share, year, costedTo);
                var shareCommitted = FundingShareInYear(p, share, year, until) - shareActual;
                if (shareActual == Money.Zero && shareCommitted == Money.Zero) continue;
                var shareKey = key with { FundingSource = share.FundingSource };
                lines[shareKey] = lines.GetValueOrDefault(shareKey) + new ForecastAmounts(shareActual, shareCommitted, Money.Zero, 0);
                lines[key] = lines[key] + new ForecastAmounts(Money.Zero - shareActual, Money.Zero - shareCommitted, Money.Zero, 0);
            }
            perPlacement.Add(new PlacementForecast(p, actual, committed));
        }

        if (remaining > 0)
        {
            foreach (var (key, fees) in recentFees)
                lines[key] = lines.GetValueOrDefault(key) + new ForecastAmounts(Money.Zero, Money.Zero, ExpectedNewCost(fees, remaining, recentWeeks), 0);
        }

        var rate = new NewPlacementRate(recentWeeks, recentFrom, today, recentStarting.Count, FeeComparison.Average(recentStarting), remaining);
        return new YearForecast(year, today, rate, lines, perPlacement, overdue);
    }

    /// <summary>
    /// The expected cost of new placements: F × R × (R+1) ÷ (98 × N) pence, rounded to the penny (halves away from zero),
    /// where F is the recent placements' weekly fees added up (pence), R the nights left and N the weeks measured over.
    /// </summary>
    public static Money ExpectedNewCost(long recentWeeklyFeesPence, int remainingNights, int recentWeeks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(remainingNights);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(recentWeeks);
        var numerator = (Int128)recentWeeklyFeesPence * remainingNights * (remainingNights + 1);
        var denominator = (Int128)98 * recentWeeks;
        var quotient = numerator / denominator;
        var remainder = numerator % denominator;
        if (remainder * 2 >= denominator) quotient++;
        else if (remainder * 2 <= -denominator) quotient--;
        return Money.FromPence(checked((long)quotient));
    }
}
