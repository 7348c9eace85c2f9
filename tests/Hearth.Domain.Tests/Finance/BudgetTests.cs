using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Tests.Finance;

public class BudgetTests
{
    private static Budget New(long pence) => Budget.Set(1, KeyServiceLine.Asylum, new FinancialYear(2025), Money.FromPence(pence));

    [Fact]
    public void Set_ZeroAndTheMaximum_AreAllowed()
    {
        Assert.Equal(Money.Zero, New(0).Amount);
        Assert.Equal(Budget.MaximumAmount, New(Budget.MaximumAmount.Pence).Amount);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_000_000_001)]
    public void Set_NegativeOrAboveTheMaximum_IsABrokenRuleOnAmount(long pence) =>
        Assert.Equal("Amount", Assert.Throws<DomainException>(() => New(pence)).Field);

    [Fact]
    public void Set_UnknownKeyServiceLine_IsABrokenRule() =>
        Assert.Equal("KeyServiceLine", Assert.Throws<DomainException>(() => Budget.Set(1, (KeyServiceLine)9, new FinancialYear(2025), Money.Zero)).Field);

    [Fact]
    public void Change_NewAmount_MovesTheVersion_SameAmountChangesNothing()
    {
        var budget = New(100);
        budget.Change(Money.FromPence(100));
        Assert.Equal(0, budget.Version);
        budget.Change(Money.FromPence(250));
        Assert.Equal(1, budget.Version);
        Assert.Equal(Money.FromPence(250), budget.Amount);
        Assert.Throws<DomainException>(() => budget.Change(Money.FromPence(-5)));
        Assert.Equal(Money.FromPence(250), budget.Amount);
    }
}
