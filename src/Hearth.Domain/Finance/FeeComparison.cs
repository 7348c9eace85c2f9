using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>How a weekly fee compares with the average for its category: the basis of the highest-cost review list.</summary>
public static class FeeComparison
{
    /// <summary>
    /// The mean of the fees, rounded to the penny (halves away from zero); zero when there are none.
    /// </summary>
    public static Money Average(IReadOnlyCollection<Money> fees)
    {
        if (fees.Count == 0) return Money.Zero;
        Int128 total = 0;
        foreach (var fee in fees) total += fee.Pence;
        var quotient = (long)(total / fees.Count);
        var remainder = (long)(total % fees.Count);
        if (Math.Abs(remainder) * 2 >= fees.Count) quotient += total < 0 ? -1 : 1;
        return Money.FromPence(quotient);
    }

    /// <summary>Whole percent above (positive) or below (negative) the average, halves away from zero; null without an average.</summary>
    public static int? PercentAboveAverage(Money fee, Money average)
    {
        if (average.Pence <= 0) return null;
        var percent = (decimal)(fee.Pence - average.Pence) * 100m / average.Pence;
        return (int)Math.Round(percent, MidpointRounding.AwayFromZero);
    }
}
