using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Tests.Finance;

public class SufficiencyTests
{
    private static readonly DateOnly Today = new(2025, 11, 25);

    [Theory]
    [InlineData(4, 5, 80.0)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 8, 12.5)]
    [InlineData(1, 16, 6.3)] // 6.25 rounds away from zero
    public void Percent_RoundsToOneDecimalPlace(long part, long whole, double expected) =>
        Assert.Equal((decimal)expected, Sufficiency.Percent(part, whole));

    [Fact]
    public void Percent_NothingToDivideBy_IsNull() => Assert.Null(Sufficiency.Percent(0, 0));

    [Fact]
    public void Periods_Years_StopAtTheYearRunningToday()
    {
        var periods = Sufficiency.Periods(new FinancialYear(2023), new FinancialYear(2026), quarterly: false, Today);
        Assert.Equal(["2023-24", "2024-25", "2025-26"], periods.Select(p => p.Label));
        Assert.Equal(new DateOnly(2024, 3, 31), periods[0].LastDay);
    }

    [Fact]
    public void Periods_Quarters_EndOnTheLastDaysOfJuneSeptemberDecemberAndMarch()
    {
        var periods = Sufficiency.Periods(new FinancialYear(2024), new FinancialYear(2025), quarterly: true, Today);
        Assert.Equal(7, periods.Count); // 2024-25 Q1–Q4 and 2025-26 Q1–Q3 (Q3 is running on 25 November)
        Assert.Equal([new DateOnly(2024, 6, 30), new DateOnly(2024, 9, 30), new DateOnly(2024, 12, 31), new DateOnly(2025, 3, 31)],
            periods.Take(4).Select(p => p.LastDay));
        Assert.Equal("2024-25 Q1 (Apr to Jun)", periods[0].Label);
    }

    [Fact]
    public void Periods_LastBeforeFirst_Throws() =>
        Assert.Equal("To", Assert.Throws<DomainException>(() => Sufficiency.Periods(new FinancialYear(2025), new FinancialYear(2024), false, Today)).Field);

    [Fact]
    public void Calculate_CountsPlacementsLiveOn31March_NotThoseThatLeftThatDay()
    {
        var year = Sufficiency.Periods(new FinancialYear(2024), new FinancialYear(2024), false, Today);
        var figures = Sufficiency.Calculate(
        [
            new(PlacementRoute.InHouse, new DateOnly(2024, 1, 1), new DateOnly(2025, 4, 1), true),   // in on the night of 31 March
            new(PlacementRoute.InHouse, new DateOnly(2024, 1, 1), new DateOnly(2025, 3, 31), true),  // left on 31 March
            new(PlacementRoute.Framework, new DateOnly(2025, 3, 31), null, false),                   // arrived on 31 March
            new(PlacementRoute.Spot, new DateOnly(2024, 6, 1), null, null),                          // location not recorded
            new(PlacementRoute.InHouse, new DateOnly(2025, 4, 1), null, true),                       // arrived the next day
        ], year, Today).Single();
        Assert.Equal(new DateOnly(2025, 3, 31), figures.CensusDate);
        Assert.False(figures.ToDate);
        Assert.Equal(3, figures.Live);
        Assert.Equal(1, figures.InHouse);
        Assert.Equal(2, figures.External);
        Assert.Equal(1, figures.Spot);
        Assert.Equal(50.0m, figures.SpotShareOfExternal);
        Assert.Equal(33.3m, figures.InHouseShare);
        Assert.Equal(2, figures.LocationKnown);
        Assert.Equal(1, figures.InArea);
        Assert.Equal(50.0m, figures.InAreaShare);
        Assert.Equal(365 + 364, figures.InHouseNights);
        Assert.Equal(1 + 304, figures.ExternalNights);
    }

    [Fact]
    public void Calculate_RunningPeriod_CensusIsToday_AndNightsRunToTonight()
    {
        var periods = Sufficiency.Periods(new FinancialYear(2025), new FinancialYear(2025), true, Today);
        var running = Sufficiency.Calculate([new(PlacementRoute.InHouse, new DateOnly(2025, 1, 1), null, true)], periods, Today)[^1];
        Assert.True(running.ToDate);
        Assert.Equal(Today, running.CensusDate);
        Assert.Equal(Today.DayNumber - new DateOnly(2025, 10, 1).DayNumber + 1, running.InHouseNights);
        Assert.Equal(100.0m, running.InHouseShare);
        Assert.Null(running.SpotShareOfExternal);
    }

    [Fact]
    public void Calculate_NoPlacements_SharesAreNull()
    {
        var figures = Sufficiency.Calculate([], Sufficiency.Periods(new FinancialYear(2024), new FinancialYear(2024), false, Today), Today).Single();
        Assert.Equal(0, figures.Live);
        Assert.Null(figures.InHouseShare);
        Assert.Null(figures.InHouseNightsShare);
    }
}
