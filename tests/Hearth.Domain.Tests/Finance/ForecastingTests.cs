using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Finance;

public class ForecastingTests
{
    private static readonly FinancialYear Y2025 = new(2025);
    private static int _ids;

    /// <summary>£700 a week is £100 a night, so nights are easy to count in pence.</summary>
    private static ForecastPlacement P(string start, string? end = null, string? planned = null, long weeklyPence = 70_000,
        KeyServiceLine line = KeyServiceLine.LookedAfterChildren, params (string From, long Pence)[] changes) =>
        new(Interlocked.Increment(ref _ids), 1, line, FundingSource.BaseBudget, PlacementRoute.Framework, 7, D(start), OptionalD(end), OptionalD(planned),
            [new FeePeriod(D(start), Money.FromPence(weeklyPence)), .. changes.Select(c => new FeePeriod(D(c.From), Money.FromPence(c.Pence)))]);

    private static Money Pounds(decimal pounds) => Money.FromPounds(pounds);

    [Fact]
    public void ForYear_OpenWithPlannedEndInTheYear_CommitsTheNightsFromTomorrowToThePlannedEnd()
    {
        // Today 10 June: nights 1–10 June are spent (tonight included); 11–30 June are committed (the child leaves on 1 July).
        var forecast = Forecasting.ForYear([P("2025-06-01", planned: "2025-07-01")], Y2025, D("2025-06-10"));
        Assert.Equal(new ForecastAmounts(Pounds(1_000), Pounds(2_000), Money.Zero, 1), forecast.Total with { ExpectedNew = Money.Zero });
        Assert.Equal(0, forecast.OverduePlannedEnds);
    }

    [Theory]
    [InlineData(null)]          // no planned end
    [InlineData("2026-09-01")]  // planned end after the year end
    [InlineData("2025-06-10")]  // planned end has passed (today) but the child is still there
    [InlineData("2025-05-01")]
    public void ForYear_OpenWithoutAPlannedEndInTheRestOfTheYear_CommitsToTheYearEnd(string? planned)
    {
        // Nights 11 June 2025 to 31 March 2026: 294.
        var forecast = Forecasting.ForYear([P("2025-04-01", planned: planned)], Y2025, D("2025-06-10"));
        Assert.Equal(Pounds(7_100), forecast.Total.ActualToDate);
        Assert.Equal(Pounds(29_400), forecast.Total.Committed);
        Assert.Equal(planned is "2025-06-10" or "2025-05-01" ? 1 : 0, forecast.OverduePlannedEnds);
    }

    [Fact]
    public void ForYear_PlannedEndTomorrow_CommitsNothing()
    {
        var forecast = Forecasting.ForYear([P("2025-04-01", planned: "2025-06-11")], Y2025, D("2025-06-10"));
        Assert.Equal(Money.Zero, forecast.Total.Committed);
        Assert.Equal(0, forecast.Total.CommittedPlacements);
        Assert.Equal(0, forecast.OverduePlannedEnds);
    }

    [Fact]
    public void ForYear_EndedPlacements_AreActualOnlyUnlessTheLeavingDateIsStillToCome()
    {
        var forecast = Forecasting.ForYear([P("2025-04-01", end: "2025-05-01"), P("2025-04-01", end: "2025-06-20", planned: "2025-12-01")], Y2025, D("2025-06-10"));
        Assert.Equal(Pounds(3_000 + 7_100), forecast.Total.ActualToDate);
        Assert.Equal(Pounds(900), forecast.Total.Committed); // 11–19 June
        Assert.Equal(1, forecast.Total.CommittedPlacements);
    }

    [Fact]
    public void ForYear_PlacementStartingAfterToday_IsCommittedFromItsStart()
    {
        var forecast = Forecasting.ForYear([P("2025-07-01", planned: "2025-07-11")], Y2025, D("2025-06-10"));
        Assert.Equal(Money.Zero, forecast.Total.ActualToDate);
        Assert.Equal(Pounds(1_000), forecast.Total.Committed);
        Assert.Equal(0, forecast.Rate.RecentStarts); // not started yet, so not part of the recent rate
    }

    [Fact]
    public void ForYear_ActualPlusCommitted_IsTheRulesCostOfTheYearToTheEnd_ToThePenny()
    {
        // £1.00 a week to 20 June: the 10 nights to date cost 142.86p → 143p and the 19-night run 271.43p → 271p, so 128p of it
        // is committed, where the 9 nights costed alone would round to 129p. Committed is the difference, so the sum is the rule's.
        var p = P("2025-06-01", planned: "2025-07-01", weeklyPence: 100, changes: [("2025-06-20", 1_000)]);
        var forecast = Forecasting.ForYear([p], Y2025, D("2025-06-10"));
        var wholeRun = NightCosting.TotalCost(p.StartDate, D("2025-07-01"), D("2025-07-01"), p.FeePeriods);
        Assert.Equal(wholeRun, forecast.Total.ActualToDate + forecast.Total.Committed);
        Assert.Equal(NightCosting.TotalCost(p.StartDate, null, D("2025-06-11"), p.FeePeriods), forecast.Total.ActualToDate);
    }

    [Fact]
    public void ForYear_YearEndsToday_CommitsNothingAndExpectsNoNewPlacements()
    {
        var forecast = Forecasting.ForYear([P("2026-03-01"), P("2026-03-20", planned: "2026-06-01")], Y2025, D("2026-03-31"));
        Assert.True(forecast.HasEnded);
        Assert.Equal(0, forecast.Rate.RemainingNights);
        Assert.Equal(2, forecast.Rate.RecentStarts);
        Assert.Equal(new ForecastAmounts(Pounds(3_100 + 1_200), Money.Zero, Money.Zero, 0), forecast.Total);
    }

    [Fact]
    public void ForYear_FirstOfApril_CountsTonightAndExpectsNewPlacementsFromTheLastYearsRate()
    {
        // 1 April 2026: one night spent; 364 left (2026-27 has no 29 February). Started in the 12 weeks to today: one at £700.
        var forecast = Forecasting.ForYear([P("2026-03-01"), P("2025-12-01", end: "2026-01-01")], new FinancialYear(2026), D("2026-04-01"));
        Assert.Equal(364, forecast.Rate.RemainingNights);
        Assert.Equal(D("2026-01-08"), forecast.Rate.RecentFrom);
        Assert.Equal(1, forecast.Rate.RecentStarts);
        Assert.Equal(Pounds(100), forecast.Total.ActualToDate);
        Assert.Equal(Pounds(36_400), forecast.Total.Committed);
        // 70,000 × 364 × 365 ÷ (98 × 12) = 7,908,333.33… pence.
        Assert.Equal(Money.FromPence(7_908_333), forecast.Total.ExpectedNew);
    }

    [Fact]
    public void ForYear_LeapYear_CountsTheTwentyNinthOfFebruary()
    {
        var from1April = Forecasting.ForYear([], new FinancialYear(2027), D("2027-04-01"));
        Assert.Equal(365, from1April.Rate.RemainingNights); // 2027-28 has 366 nights
        var forecast = Forecasting.ForYear([P("2024-02-01")], new FinancialYear(2023), D("2024-02-28"));
        Assert.Equal(32, forecast.Rate.RemainingNights); // 29 February and the 31 nights of March
        Assert.Equal(Pounds(3_200), forecast.Total.Committed);
        Assert.Equal(Pounds(2_800), forecast.Total.ActualToDate);
    }

    [Fact]
    public void ForYear_NoRecentPlacements_ExpectsNoNewOnes()
    {
        var forecast = Forecasting.ForYear([P("2024-01-01")], Y2025, D("2025-10-01"));
        Assert.Equal(0, forecast.Rate.RecentStarts);
        Assert.Equal(Money.Zero, forecast.Rate.AverageWeeklyFee);
        Assert.Equal(0m, forecast.Rate.ExpectedStarts);
        Assert.Equal(Money.Zero, forecast.Total.ExpectedNew);
    }

    [Fact]
    public void ForYear_RecentWindow_StartsNWeeksBeforeTomorrow()
    {
        // 4 weeks to 10 June: starts from 14 May to 10 June count.
        var forecast = Forecasting.ForYear([P("2025-05-13", weeklyPence: 1), P("2025-05-14", weeklyPence: 70_000), P("2025-06-10", weeklyPence: 84_000)],
            Y2025, D("2025-06-10"), recentWeeks: 4);
        Assert.Equal(D("2025-05-14"), forecast.Rate.RecentFrom);
        Assert.Equal(2, forecast.Rate.RecentStarts);
        Assert.Equal(Pounds(770), forecast.Rate.AverageWeeklyFee);
        Assert.Equal(0.5m, forecast.Rate.PerWeek);
        // 294 nights left: 154,000 × 294 × 295 ÷ (98 × 4) = 34,072,500 pence exactly.
        Assert.Equal(Money.FromPence(34_072_500), forecast.Total.ExpectedNew);
    }

    [Fact]
    public void ExpectedNewCost_MatchesArrivalsNightByNight()
    {
        // Independent: c placements in N weeks arrive at c/(7N) a night; one arriving on night d (0 = tomorrow) is charged R − d nights.
        const int weeks = 12, remaining = 200;
        long[] fees = [70_000, 91_000, 123_456];
        var nights = 0m;
        for (var d = 0; d < remaining; d++) nights += remaining - d;
        var expected = fees.Sum() / 7m * nights / (7m * weeks);
        Assert.Equal(Money.FromPence((long)Math.Round(expected, MidpointRounding.AwayFromZero)), Forecasting.ExpectedNewCost(fees.Sum(), remaining, weeks));
    }

    [Theory]
    [InlineData(49, 1, 2, 1)]   // 98 ÷ 196 = ½: rounds up
    [InlineData(48, 1, 2, 0)]   // 96 ÷ 196: rounds down
    [InlineData(0, 300, 12, 0)]
    [InlineData(70_000, 0, 12, 0)]
    public void ExpectedNewCost_RoundsHalvesAwayFromZero(long fees, int remaining, int weeks, long pence) =>
        Assert.Equal(Money.FromPence(pence), Forecasting.ExpectedNewCost(fees, remaining, weeks));

    [Fact]
    public void ForYear_LinesSplitByKeyServiceLine_AndAddUpToTheTotal()
    {
        var forecast = Forecasting.ForYear(
            [P("2025-06-01", line: KeyServiceLine.Asylum), P("2025-05-01", planned: "2025-08-01"), P("2025-03-01", end: "2025-04-10", line: KeyServiceLine.Asylum)],
            Y2025, D("2025-06-10"));
        Assert.Equal(2, forecast.Lines.Count);
        Assert.Equal(forecast.Total.Forecast, forecast.Lines.Values.Aggregate(Money.Zero, (s, l) => s + l.Forecast));
        Assert.Equal(3, forecast.Placements.Count);
        var asylum = forecast.Lines.Where(l => l.Key.KeyServiceLine == KeyServiceLine.Asylum).Select(l => l.Value).Single();
        Assert.Equal(Pounds(1_000 + 900), asylum.ActualToDate);
        Assert.True(asylum.ExpectedNew > Money.Zero); // the asylum placement of 1 June is recent
    }

    [Fact]
    public void ForYear_ActualToDate_IsWhatTheSpendReportCounts()
    {
        var rng = new Random(5);
        var placements = Enumerable.Range(0, 300).Select(_ =>
        {
            var start = D("2023-01-01").AddDays(rng.Next(0, 1100));
            DateOnly? end = rng.Next(3) == 0 ? start.AddDays(rng.Next(1, 500)) : null;
            return P(start.ToString("yyyy-MM-dd"), end?.ToString("yyyy-MM-dd"), weeklyPence: rng.Next(30_000, 170_000));
        }).ToList();
        var today = D("2025-11-25");
        var forecast = Forecasting.ForYear(placements, Y2025, today);
        var spend = SpendCalculator.ByYear(placements.Select(p => new CostedPlacement(p.AuthorityId, p.KeyServiceLine, p.FundingSource, p.Route, p.ProviderId,
            p.StartDate, p.EndDate, p.FeePeriods)), Y2025, Y2025, today.AddDays(1));
        Assert.Equal(spend.Values.Aggregate(Money.Zero, (s, m) => s + m), forecast.Total.ActualToDate);
    }

    [Fact]
    public void ForYear_YearNotStarted_IsABrokenRule()
    {
        var e = Assert.Throws<DomainException>(() => Forecasting.ForYear([], new FinancialYear(2026), D("2026-03-31")));
        Assert.Equal("Year", e.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(53)]
    public void ForYear_RecentWeeksOutOfRange_IsABrokenRule(int weeks) =>
        Assert.Equal("RecentWeeks", Assert.Throws<DomainException>(() => Forecasting.ForYear([], Y2025, D("2025-06-10"), weeks)).Field);

    [Fact]
    public void ForYear_PastYear_IsItsOutturn()
    {
        var forecast = Forecasting.ForYear([P("2024-04-01", end: "2024-04-11"), P("2025-03-01")], new FinancialYear(2024), D("2025-11-25"));
        Assert.True(forecast.HasEnded);
        Assert.Equal(Pounds(1_000 + 3_100), forecast.Total.Forecast);
        Assert.Equal(Money.Zero, forecast.Total.Committed + forecast.Total.ExpectedNew);
    }
}
