using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>An additional cost's part of a payment period: its description and the nights (none for a one-off) and amount.</summary>
public readonly record struct AdditionalPaymentLine(string Description, PaymentLine Line);

public static partial class ProviderPayments
{
    /// <summary>
    /// What a placement's additional costs come to in a payment period: a weekly cost's nights in the period (within the
    /// placement), costed like the fee (once per financial year the nights fall in); a one-off cost whose date is in the period.
    /// </summary>
    public static IReadOnlyList<AdditionalPaymentLine> ForAdditional(DateOnly start, DateOnly? endExclusive, IEnumerable<PlacementAdditionalCost> costs, PaymentPeriod period)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var lines = new List<AdditionalPaymentLine>();
        var window = new DateRange(period.Start, period.EndExclusive);
        Span<YearCost> years = stackalloc YearCost[2];
        Span<FeePeriod> one = stackalloc FeePeriod[1];
        foreach (var cost in costs.OrderBy(c => c.From).ThenBy(c => c.Id))
        {
            if (cost.Kind == AdditionalCostKind.OneOff)
            {
                if (cost.From >= period.Start && cost.From < period.EndExclusive)
                    lines.Add(new(cost.Description, new PaymentLine(cost.From, cost.From.AddDays(1), 0, Money.Zero, cost.Amount)));
                continue;
            }
            var run = new DateRange(start, endExclusive).Intersect(new DateRange(cost.From, cost.To))?.Intersect(window);
            if (run is not { } r || r.IsEmpty) continue;
            one[0] = new FeePeriod(r.Start, cost.Amount);
            var count = NightCosting.CostByYear(r.Start, r.EndExclusive, r.EndExclusive!.Value, one, years);
            var nights = 0;
            var amount = Money.Zero;
            for (var y = 0; y < count; y++)
            {
                nights += years[y].Nights;
                amount += years[y].Cost;
            }
            lines.Add(new(cost.Description, new PaymentLine(r.Start, r.EndExclusive.Value, nights, cost.Amount, amount)));
        }
        return lines;
    }
}
