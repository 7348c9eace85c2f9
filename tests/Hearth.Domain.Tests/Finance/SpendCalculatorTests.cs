using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Finance;

public class SpendCalculatorTests
{
    private static CostedPlacement P(string start, string? end, long weeklyPence, PlacementRoute route = PlacementRoute.Framework, int authority = 1, int? provider = 7) =>
        new(authority, KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget, route, route == PlacementRoute.InHouse ? null : provider,
            D(start), OptionalD(end), [new FeePeriod(D(start), Money.FromPence(weeklyPence))]);

    private static Money Total(Dictionary<SpendKey, Money> totals, int year) =>
        totals.Where(kv => kv.Key.Year == new FinancialYear(year)).Aggregate(Money.Zero, (sum, kv) => sum + kv.Value);

    [Fact]
    public void ByYear_PlacementAcross31March_SplitsNightsBetweenYears()
    {
        // 30 March to 2 April 2025: nights of 30 and 31 March in 2024-25, the night of 1 April in 2025-26. £700 a week = £100 a night.
        var totals = SpendCalculator.ByYear([P("2025-03-30", "2025-04-02", 70_000)], new FinancialYear(2024), new FinancialYear(2025), D("2030-01-01"));
        Assert.Equal(Money.FromPence(20_000), Total(totals, 2024));
        Assert.Equal(Money.FromPence(10_000), Total(totals, 2025));
    }

    [Fact]
    public void ByYear_OpenPlacement_IsCostedToTheDayBeforeCostUntil()
    {
        var totals = SpendCalculator.ByYear([P("2025-04-01", null, 70_000)], new FinancialYear(2025), new FinancialYear(2025), D("2025-04-11"));
        Assert.Equal(Money.FromPence(100_000), Total(totals, 2025));
    }

    [Fact]
    public void ByYear_YearsBeforeTheFirstAsked_AreLeftOut()
    {
        var totals = SpendCalculator.ByYear([P("2023-04-01", "2025-04-01", 70_000)], new FinancialYear(2024), new FinancialYear(2024), D("2030-01-01"));
        Assert.Single(totals);
        Assert.Equal(Money.FromPence(36_500_00), Total(totals, 2024));
    }

    [Fact]
    public void ByYear_LeapYear_Counts29February()
    {
        var totals = SpendCalculator.ByYear([P("2023-04-01", null, 70_000)], new FinancialYear(2023), new FinancialYear(2023), D("2030-01-01"));
        Assert.Equal(Money.FromPence(36_600_00), Total(totals, 2023));
    }

    [Fact]
    public void ByYear_SplitsByRouteAndProvider_AndSumsEachCellSeparately()
    {
        var totals = SpendCalculator.ByYear(
            [P("2025-04-01", "2025-04-08", 70_000), P("2025-04-01", "2025-04-08", 35_000, PlacementRoute.InHouse), P("2025-04-01", "2025-04-02", 70_001, provider: 9)],
            new FinancialYear(2025), new FinancialYear(2025), D("2030-01-01"));
        Assert.Equal(3, totals.Count);
        Assert.Equal(Money.FromPence(70_000), totals[new SpendKey(new FinancialYear(2025), 1, KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget, PlacementRoute.Framework, 7)]);
        Assert.Equal(Money.FromPence(35_000), totals[new SpendKey(new FinancialYear(2025), 1, KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget, PlacementRoute.InHouse, null)]);
        // One night at £700.01 a week: 70,001 / 7 = 10,000.14 pence, rounded to 10,000.
        Assert.Equal(Money.FromPence(10_000), totals[new SpendKey(new FinancialYear(2025), 1, KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget, PlacementRoute.Framework, 9)]);
    }

    [Fact]
    public void ByYear_Empty_IsEmpty()
    {
        Assert.Empty(SpendCalculator.ByYear([], new FinancialYear(2024), new FinancialYear(2025), D("2030-01-01")));
    }

    [Fact]
    public void ByYear_LastBeforeFirst_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => SpendCalculator.ByYear([], new FinancialYear(2025), new FinancialYear(2024), D("2030-01-01")));
        Assert.Equal("To", e.Field);
    }

    [Fact]
    public void ByYear_PlacementStartingAfterCostUntil_CostsNothing()
    {
        Assert.Empty(SpendCalculator.ByYear([P("2025-06-01", null, 70_000)], new FinancialYear(2025), new FinancialYear(2025), D("2025-05-01")));
    }
}
