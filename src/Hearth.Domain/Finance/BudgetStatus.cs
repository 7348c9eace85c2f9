namespace Hearth.Domain.Finance;

/// <summary>A budget line's red/amber/green status: how the forecast compares with the budget (see <see cref="BudgetRag"/>).</summary>
public enum BudgetStatus
{
    /// <summary>The forecast is within the budget.</summary>
    Green = 1,
    /// <summary>The forecast is over the budget by no more than the amber tolerance.</summary>
    Amber = 2,
    /// <summary>The forecast is over the budget by more than the amber tolerance.</summary>
    Red = 3,
}
