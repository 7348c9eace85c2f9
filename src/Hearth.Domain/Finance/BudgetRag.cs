using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// The red/amber/green rule for a budget line: green when the forecast is at or under the budget, amber when it is over by
/// up to <see cref="AmberTolerancePercent"/>% of the budget, red when it is over by more. Compared exactly, in pence.
/// </summary>
public static class BudgetRag
{
    /// <summary>How far over the budget (in percent of the budget) a forecast may be and still be amber rather than red.</summary>
    public const int AmberTolerancePercent = 5;

    public static BudgetStatus StatusOf(Money budget, Money forecast)
    {
        if (forecast <= budget) return BudgetStatus.Green;
        return (Int128)forecast.Pence * 100 <= (Int128)budget.Pence * (100 + AmberTolerancePercent) ? BudgetStatus.Amber : BudgetStatus.Red;
    }

    /// <summary>Budget less forecast: positive when the forecast is under the budget, negative when over.</summary>
    public static Money Variance(Money budget, Money forecast) => budget - forecast;

    /// <summary>The variance as a percentage of the budget, to one decimal place (halves away from zero); null for a £0 budget.</summary>
    public static decimal? VariancePercent(Money budget, Money forecast) =>
        budget.Pence == 0 ? null : Math.Round((decimal)(budget.Pence - forecast.Pence) * 100m / budget.Pence, 1, MidpointRounding.AwayFromZero);
}
