using Hearth.Domain.Common;
using Hearth.Domain.Finance;

namespace Hearth.Domain.Tests.Finance;

public class FeeComparisonTests
{
    private static Money P(long pence) => Money.FromPence(pence);

    [Fact]
    public void Average_Empty_IsZero() => Assert.Equal(Money.Zero, FeeComparison.Average([]));

    [Fact]
    public void Average_HalfPenny_RoundsAwayFromZero() => Assert.Equal(P(2), FeeComparison.Average([P(1), P(2)]));

    [Fact]
    public void Average_BelowHalf_RoundsDown() => Assert.Equal(P(1), FeeComparison.Average([P(1), P(1), P(2)]));

    [Fact]
    public void Average_LargeFees_DoNotOverflow() =>
        Assert.Equal(P(long.MaxValue - 1), FeeComparison.Average([P(long.MaxValue - 1), P(long.MaxValue - 1)]));

    [Theory]
    [InlineData(150_000, 100_000, 50)]
    [InlineData(100_000, 100_000, 0)]
    [InlineData(80_000, 100_000, -20)]
    [InlineData(100_500, 100_000, 1)] // 0.5% rounds away from zero
    [InlineData(99_500, 100_000, -1)]
    [InlineData(100_499, 100_000, 0)]
    public void PercentAboveAverage_RoundsHalvesAwayFromZero(long fee, long average, int expected) =>
        Assert.Equal(expected, FeeComparison.PercentAboveAverage(P(fee), P(average)));

    [Fact]
    public void PercentAboveAverage_NoAverage_IsNull() => Assert.Null(FeeComparison.PercentAboveAverage(P(100), Money.Zero));
}
