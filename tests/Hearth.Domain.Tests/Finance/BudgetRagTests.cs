using Hearth.Domain.Common;
using Hearth.Domain.Finance;

namespace Hearth.Domain.Tests.Finance;

public class BudgetRagTests
{
    [Theory]
    [InlineData(100_000_00, 90_000_00, BudgetStatus.Green)]
    [InlineData(100_000_00, 100_000_00, BudgetStatus.Green)]   // exactly on budget
    [InlineData(100_000_00, 100_000_01, BudgetStatus.Amber)]   // a penny over
    [InlineData(100_000_00, 105_000_00, BudgetStatus.Amber)]   // exactly 105%
    [InlineData(100_000_00, 105_000_01, BudgetStatus.Red)]     // a penny past 105%
    [InlineData(0, 0, BudgetStatus.Green)]
    [InlineData(0, 1, BudgetStatus.Red)]                        // a £0 budget has no tolerance
    public void StatusOf_ForecastAgainstBudget(long budget, long forecast, BudgetStatus status) =>
        Assert.Equal(status, BudgetRag.StatusOf(Money.FromPence(budget), Money.FromPence(forecast)));

    [Fact]
    public void Variance_IsBudgetLessForecast_WithAPercentageOfTheBudget()
    {
        Assert.Equal(Money.FromPence(-5_000_00), BudgetRag.Variance(Money.FromPence(100_000_00), Money.FromPence(105_000_00)));
        Assert.Equal(-5.0m, BudgetRag.VariancePercent(Money.FromPence(100_000_00), Money.FromPence(105_000_00)));
        Assert.Equal(0.1m, BudgetRag.VariancePercent(Money.FromPence(2_000), Money.FromPence(1_999))); // 0.05% rounds away from zero
        Assert.Null(BudgetRag.VariancePercent(Money.Zero, Money.FromPence(1)));
    }
}
