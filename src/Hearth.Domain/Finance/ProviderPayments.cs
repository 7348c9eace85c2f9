using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// What a placement owes its provider for a payment period: one line per weekly fee in force during the period, its
/// nights and amount costed by <see cref="NightCosting"/> (the one costing rule, ARCHITECTURE §3: round(W × n / 7) per fee
/// period and financial year run, then summed). A period that crosses 1 April is costed as two runs, as the rule says.
/// </summary>
public static partial class ProviderPayments
{
    /// <param name="start">The placement's first night.</param>
    /// <param name="endExclusive">The day the child left, or null while open.</param>
    /// <param name="feePeriods">The placement's fee periods, in date order (the first on or before the start).</param>
    /// <param name="period">The payment period.</param>
    public static IReadOnlyList<PaymentLine> For(DateOnly start, DateOnly? endExclusive, IReadOnlyList<FeePeriod> feePeriods, PaymentPeriod period)
    {
        ArgumentNullException.ThrowIfNull(feePeriods);
        var placement = new DateRange(start, endExclusive);
        var lines = new List<PaymentLine>();
        if (placement.Intersect(new DateRange(period.Start, period.EndExclusive)) is not { IsEmpty: false }) return lines;
        if (feePeriods.Count == 0 || feePeriods[0].EffectiveFrom > start)
            throw new DomainException("FeePeriods", "A fee must take effect on or before the placement start date");
        Span<YearCost> years = stackalloc YearCost[2];
        Span<FeePeriod> one = stackalloc FeePeriod[1];
        for (var i = 0; i < feePeriods.Count; i++)
        {
            var feeEnd = i + 1 < feePeriods.Count ? feePeriods[i + 1].EffectiveFrom : (DateOnly?)null;
            if (feeEnd is { } fe && fe <= feePeriods[i].EffectiveFrom)
                throw new DomainException("FeePeriods", "The fee periods must be in date order with no two taking effect on the same date");
            var run = placement.Intersect(new DateRange(feePeriods[i].EffectiveFrom, feeEnd))?.Intersect(new DateRange(period.Start, period.EndExclusive));
            if (run is not { } r || r.IsEmpty) continue;
            one[0] = new FeePeriod(r.Start, feePeriods[i].WeeklyFee);
            var count = NightCosting.CostByYear(r.Start, r.EndExclusive, r.EndExclusive!.Value, one, years);
            var nights = 0;
            var amount = Money.Zero;
            for (var y = 0; y < count; y++)
            {
                nights += years[y].Nights;
                amount += years[y].Cost;
            }
            lines.Add(new PaymentLine(r.Start, r.EndExclusive.Value, nights, feePeriods[i].WeeklyFee, amount));
        }

        return lines;
    }
}
