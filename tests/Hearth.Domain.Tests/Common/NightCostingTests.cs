using System.Collections.ObjectModel;
using Hearth.Domain.Common;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Common;

public class NightCostingTests
{
    private static readonly Money SevenHundred = Money.FromPence(70_000); // £100 a night exactly

    private static FeePeriod Fee(string effectiveFrom, long weeklyPence) => new(D(effectiveFrom), Money.FromPence(weeklyPence));

    private static YearCost Year(int startYear, int nights, long pence) =>
        new(new FinancialYear(startYear), nights, Money.FromPence(pence));

    private static YearCost[] Cost(string start, string? end, string until, params FeePeriod[] periods)
    {
        var destination = new YearCost[16];
        var written = NightCosting.CostByYear(D(start), OptionalD(end), D(until), periods, destination);
        return destination[..written];
    }

    // ---- CostOfNights -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(70_000L, 7, 70_000L)]
    [InlineData(70_000L, 1, 10_000L)]
    [InlineData(70_000L, 0, 0L)]
    [InlineData(0L, 10, 0L)]
    [InlineData(82_000L, 1, 11_714L)] // 11,714.29
    [InlineData(55_000L, 3, 23_571L)] // 23,571.43
    [InlineData(100_000L, 4, 57_143L)] // 57,142.86
    [InlineData(82_000L, 365, 4_275_714L)] // 4,275,714.29: a whole ordinary financial year at £820 a week
    [InlineData(82_000L, 366, 4_287_429L)] // 4,287,428.57: a whole leap financial year at £820 a week
    public void CostOfNights_WeeklyFee_IsFeeTimesNightsOverSevenRounded(long weeklyPence, int nights, long expected)
    {
        Assert.Equal(Money.FromPence(expected), NightCosting.CostOfNights(Money.FromPence(weeklyPence), nights));
    }

    // W × n / 7 is never exactly half a penny: W × n is a whole number and 7 is odd, so the fraction is always r/7 for a
    // remainder r of 0..6 and never 3.5/7. "Halves away from zero" is therefore tested at its edges: remainder 3
    // (0.43 of a penny, rounds down) and remainder 4 (0.57 of a penny, rounds up), with negative fees rounding
    // symmetrically (away from zero).
    [Theory]
    [InlineData(1L, 3, 0L)] // 3/7 = 0.43
    [InlineData(1L, 4, 1L)] // 4/7 = 0.57
    [InlineData(10L, 1, 1L)] // 10/7 = 1.43 (remainder 3)
    [InlineData(11L, 1, 2L)] // 11/7 = 1.57 (remainder 4)
    [InlineData(55_005L, 3, 23_574L)] // 165,015/7 = 23,573.57 (remainder 4)
    [InlineData(99_996L, 4, 57_141L)] // 399,984/7 = 57,140.57 (remainder 4)
    [InlineData(1L, 2, 0L)] // 2/7 = 0.29
    [InlineData(1L, 6, 1L)] // 6/7 = 0.86
    [InlineData(-1L, 3, 0L)]
    [InlineData(-1L, 4, -1L)]
    [InlineData(-10L, 1, -1L)]
    [InlineData(-11L, 1, -2L)]
    public void CostOfNights_FractionOfAPenny_RoundsHalvesAwayFromZero(long weeklyPence, int nights, long expected)
    {
        Assert.Equal(Money.FromPence(expected), NightCosting.CostOfNights(Money.FromPence(weeklyPence), nights));
    }

    [Fact]
    public void CostOfNights_EveryRemainder_MatchesDecimalRoundingAwayFromZero()
    {
        for (var weekly = -200L; weekly <= 200L; weekly++)
        {
            for (var nights = 0; nights <= 21; nights++)
            {
                var expected = (long)Math.Round(weekly * nights / 7m, MidpointRounding.AwayFromZero);

                Assert.Equal(expected, NightCosting.CostOfNights(Money.FromPence(weekly), nights).Pence);
                Assert.Equal(-expected, NightCosting.CostOfNights(Money.FromPence(-weekly), nights).Pence);
            }
        }
    }

    [Fact]
    public void CostOfNights_HugeFee_IsExactWithoutIntermediateOverflow()
    {
        // long.MaxValue × 7 overflows a long; the rule works in 128 bits so the product is exact.
        Assert.Equal(Money.MaxValue, NightCosting.CostOfNights(Money.MaxValue, 7));
        Assert.Equal(Money.FromPence(1_317_624_576_693_539_401L), NightCosting.CostOfNights(Money.MaxValue, 1));
        Assert.Equal(Money.MinValue, NightCosting.CostOfNights(Money.MinValue, 7));
    }

    [Fact]
    public void CostOfNights_CostBeyondMoneyRange_ThrowsOverflow()
    {
        Assert.Throws<OverflowException>(() => NightCosting.CostOfNights(Money.MaxValue, 8));
        Assert.Throws<OverflowException>(() => NightCosting.CostOfNights(Money.MinValue, 8));
    }

    [Fact]
    public void CostOfNights_NegativeNights_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NightCosting.CostOfNights(SevenHundred, -1));
    }

    // ---- CostByYear: the year boundary -----------------------------------------------------------------------------

    [Fact]
    public void CostByYear_AcrossThirtyFirstMarch_SplitsNightsByYear()
    {
        // Nights of 30 and 31 March fall in 2024-25; the night of 1 April in 2025-26. The child left on 2 April.
        var costs = Cost("2025-03-30", "2025-04-02", "2030-04-01", Fee("2025-01-01", 70_000));

        Assert.Equal([Year(2024, 2, 20_000), Year(2025, 1, 10_000)], costs);
    }

    [Fact]
    public void CostByYear_NightOfThirtyFirstMarch_BelongsToTheEndingYear()
    {
        var costs = Cost("2025-03-31", "2025-04-01", "2030-04-01", Fee("2025-01-01", 70_000));

        Assert.Equal([Year(2024, 1, 10_000)], costs);
    }

    [Fact]
    public void CostByYear_NightOfFirstApril_BelongsToTheStartingYear()
    {
        var costs = Cost("2025-04-01", "2025-04-02", "2030-04-01", Fee("2025-01-01", 70_000));

        Assert.Equal([Year(2025, 1, 10_000)], costs);
    }

    [Fact]
    public void CostByYear_FeePeriodAcrossYearEnd_RoundsEachYearSeparately()
    {
        // 3 nights in 2024-25 and 4 in 2025-26 at £1 a week: 3/7 rounds to 0p and 4/7 to 1p. One run of 7 nights would
        // be 1p too; this shows the split is costed per year, as the rule says.
        var costs = Cost("2025-03-29", "2025-04-05", "2030-04-01", Fee("2025-01-01", 100));

        Assert.Equal([Year(2024, 3, 43), Year(2025, 4, 57)], costs);
    }

    // ---- CostByYear: leap years ------------------------------------------------------------------------------------

    [Fact]
    public void CostByYear_TwentyNinthFebruary2024_IsANightIn2023To24()
    {
        var costs = Cost("2024-02-28", "2024-03-01", "2030-04-01", Fee("2024-01-01", 70_000));

        Assert.Equal([Year(2023, 2, 20_000)], costs);
    }

    [Fact]
    public void CostByYear_WholeLeapYear_Costs366Nights()
    {
        var costs = Cost("2023-04-01", "2024-04-01", "2030-04-01", Fee("2023-04-01", 82_000));

        Assert.Equal([Year(2023, 366, 4_287_429)], costs);
    }

    [Fact]
    public void CostByYear_WholeOrdinaryYear_Costs365Nights()
    {
        var costs = Cost("2024-04-01", "2025-04-01", "2030-04-01", Fee("2023-04-01", 82_000));

        Assert.Equal([Year(2024, 365, 4_275_714)], costs);
    }

    // ---- CostByYear: fee periods -----------------------------------------------------------------------------------

    [Fact]
    public void CostByYear_FeeChangeMidWeek_RoundsEachPeriodSeparately()
    {
        // Monday 2 June to Monday 9 June 2025; the fee rises on Thursday 5 June.
        // 3 nights at £550.05: 165,015 / 7 = 23,573.57 -> 23,574p
        // 4 nights at £999.96: 399,984 / 7 = 57,140.57 -> 57,141p
        // Summed per period: 80,715p. Rounding the week as one sum would give 564,999 / 7 = 80,714.14 -> 80,714p.
        var costs = Cost("2025-06-02", "2025-06-09", "2030-04-01", Fee("2025-04-01", 55_005), Fee("2025-06-05", 99_996));

        Assert.Equal([Year(2025, 7, 80_715)], costs);
    }

    [Fact]
    public void CostByYear_FeeChangeOnFirstApril_StartsTheNewYearAtTheNewFee()
    {
        var costs = Cost("2025-03-25", "2025-04-08", "2030-04-01", Fee("2025-01-01", 70_000), Fee("2025-04-01", 140_000));

        Assert.Equal([Year(2024, 7, 70_000), Year(2025, 7, 140_000)], costs);
    }

    [Fact]
    public void CostByYear_SeveralPeriodsBeforeStart_UsesTheLatestOfThem()
    {
        var costs = Cost(
            "2025-06-01",
            "2025-06-08",
            "2030-04-01",
            Fee("2023-04-01", 7),
            Fee("2024-04-01", 14),
            Fee("2025-06-01", 70_000));

        Assert.Equal([Year(2025, 7, 70_000)], costs);
    }

    [Fact]
    public void CostByYear_PeriodsOnAndAfterTheEnd_AreIgnored()
    {
        // The child left on 1 July; a rise effective that day (or later) applies to no night of this placement.
        var costs = Cost(
            "2025-06-01",
            "2025-07-01",
            "2030-04-01",
            Fee("2025-06-01", 70_000),
            Fee("2025-07-01", 999_999),
            Fee("2026-01-01", 5_000_000));

        Assert.Equal([Year(2025, 30, 300_000)], costs);
    }

    [Fact]
    public void CostByYear_NegativeFee_CostsSymmetrically()
    {
        var costs = Cost("2025-06-02", "2025-06-03", "2030-04-01", Fee("2025-04-01", -11));

        Assert.Equal([Year(2025, 1, -2)], costs);
    }

    [Fact]
    public void CostByYear_ManyYearsAndFeeChanges_SumsRunsPerYear()
    {
        FeePeriod[] periods =
        [
            Fee("2020-01-01", 70_000),
            Fee("2020-06-15", 77_777),
            Fee("2022-02-03", 81_234),
            Fee("2022-02-10", 90_001),
            Fee("2027-11-30", 123_456),
        ];
        var start = D("2020-01-01");
        var end = D("2030-01-01");

        var costs = NightCosting.CostByYear(start, end, D("2040-01-01"), periods);

        Assert.Equal(11, costs.Count); // 2019-20 to 2029-30
        Assert.Equal(end.DayNumber - start.DayNumber, costs.Sum(c => c.Nights));
        for (var i = 0; i < costs.Count; i++)
        {
            var year = costs[i].Year;
            Assert.Equal(2019 + i, year.StartYear);

            // Recompute the year independently: each fee period clipped to the year and the placement, rounded alone.
            var yearRange = year.ToRange().Intersect(new DateRange(start, end))!.Value;
            var expected = Money.Zero;
            for (var p = 0; p < periods.Length; p++)
            {
                var periodRange = new DateRange(periods[p].EffectiveFrom, p + 1 < periods.Length ? periods[p + 1].EffectiveFrom : null);
                if (periodRange.Intersect(yearRange) is { } run)
                {
                    expected += NightCosting.CostOfNights(periods[p].WeeklyFee, run.Nights!.Value);
                }
            }

            Assert.Equal(yearRange.Nights, costs[i].Nights);
            Assert.Equal(expected, costs[i].Cost);
        }

        Assert.Equal(costs.Aggregate(Money.Zero, (sum, c) => sum + c.Cost), NightCosting.TotalCost(start, end, D("2040-01-01"), periods));
    }

    // ---- CostByYear: placement length, open placements and the horizon --------------------------------------------

    [Fact]
    public void CostByYear_ZeroNights_ReturnsZeroAndWritesNothing()
    {
        var written = NightCosting.CostByYear(D("2025-06-01"), D("2025-06-01"), D("2030-04-01"), [Fee("2025-01-01", 70_000)], []);

        Assert.Equal(0, written);
        Assert.Equal(Money.Zero, NightCosting.TotalCost(D("2025-06-01"), D("2025-06-01"), D("2030-04-01"), [Fee("2025-01-01", 70_000)]));
    }

    [Fact]
    public void CostByYear_ZeroNightsWithNoFee_ReturnsZero()
    {
        // With no night to cost there is nothing a fee could be missing for.
        Assert.Equal(0, NightCosting.CostByYear(D("2025-06-01"), D("2025-06-01"), D("2030-04-01"), [], []));
        Assert.Equal(0, NightCosting.CostByYear(D("2025-06-01"), D("2025-06-01"), D("2030-04-01"), [Fee("2025-07-01", 1)], []));
    }

    [Fact]
    public void CostByYear_OneNight_CostsOneSeventhOfTheWeek()
    {
        var costs = Cost("2025-06-02", "2025-06-03", "2030-04-01", Fee("2025-04-01", 82_000));

        Assert.Equal([Year(2025, 1, 11_714)], costs);
    }

    [Fact]
    public void CostByYear_OpenPlacement_IsCostedToTheHorizon()
    {
        // From 1 October 2024, costed to the end of 2025-26: 182 nights in 2024-25 and 365 in 2025-26.
        var costs = Cost("2024-10-01", null, "2026-04-01", Fee("2024-10-01", 70_000));

        Assert.Equal([Year(2024, 182, 1_820_000), Year(2025, 365, 3_650_000)], costs);
    }

    [Fact]
    public void CostByYear_EndAfterTheHorizon_StopsAtTheHorizon()
    {
        var costs = Cost("2025-03-01", "2026-06-01", "2025-04-01", Fee("2025-01-01", 70_000));

        Assert.Equal([Year(2024, 31, 310_000)], costs);
    }

    [Fact]
    public void CostByYear_EndBeforeTheHorizon_StopsAtTheEnd()
    {
        var costs = Cost("2025-03-01", "2025-03-11", "2026-04-01", Fee("2025-01-01", 70_000));

        Assert.Equal([Year(2024, 10, 100_000)], costs);
    }

    [Theory]
    [InlineData("2025-04-01")]
    [InlineData("2025-01-01")]
    public void CostByYear_HorizonOnOrBeforeStart_ReturnsZero(string horizon)
    {
        var written = NightCosting.CostByYear(D("2025-04-01"), null, D(horizon), [Fee("2025-04-01", 70_000)], []);

        Assert.Equal(0, written);
    }

    // ---- CostByYear: rejected input --------------------------------------------------------------------------------

    [Fact]
    public void CostByYear_EndBeforeStart_ThrowsDomainExceptionOnEndDate()
    {
        var exception = Assert.Throws<DomainException>(
            () => Cost("2025-06-02", "2025-06-01", "2030-04-01", Fee("2025-01-01", 70_000)));

        Assert.Equal("EndDate", exception.Field);
    }

    [Fact]
    public void CostByYear_UnsortedPeriods_ThrowsDomainExceptionOnFeePeriods()
    {
        var exception = Assert.Throws<DomainException>(
            () => Cost("2025-06-01", "2025-07-01", "2030-04-01", Fee("2025-06-01", 70_000), Fee("2025-01-01", 1)));

        Assert.Equal("FeePeriods", exception.Field);
    }

    [Fact]
    public void CostByYear_UnsortedPeriodsAfterTheEnd_StillThrows()
    {
        var exception = Assert.Throws<DomainException>(
            () => Cost("2025-06-01", "2025-07-01", "2030-04-01", Fee("2025-06-01", 1), Fee("2026-06-01", 2), Fee("2026-01-01", 3)));

        Assert.Equal("FeePeriods", exception.Field);
    }

    [Fact]
    public void CostByYear_TwoPeriodsOnOneDate_ThrowsDomainExceptionOnFeePeriods()
    {
        var exception = Assert.Throws<DomainException>(
            () => Cost("2025-06-01", "2025-07-01", "2030-04-01", Fee("2025-06-01", 70_000), Fee("2025-06-01", 80_000)));

        Assert.Equal("FeePeriods", exception.Field);
    }

    [Fact]
    public void CostByYear_FirstPeriodAfterStart_ThrowsDomainExceptionOnFeePeriods()
    {
        var exception = Assert.Throws<DomainException>(
            () => Cost("2025-06-01", "2025-07-01", "2030-04-01", Fee("2025-06-02", 70_000)));

        Assert.Equal("FeePeriods", exception.Field);
    }

    [Fact]
    public void CostByYear_NoPeriods_ThrowsDomainExceptionOnFeePeriods()
    {
        var exception = Assert.Throws<DomainException>(() => Cost("2025-06-01", "2025-07-01", "2030-04-01"));

        Assert.Equal("FeePeriods", exception.Field);
    }

    [Fact]
    public void CostByYear_DestinationTooSmall_ThrowsArgumentException()
    {
        var destination = new YearCost[1];

        var exception = Assert.Throws<ArgumentException>(
            () => NightCosting.CostByYear(D("2025-03-30"), D("2025-04-02"), D("2030-04-01"), [Fee("2025-01-01", 70_000)], destination));

        Assert.Equal("destination", exception.ParamName);
    }

    [Fact]
    public void CostByYear_DestinationLarger_WritesOnlyTheYearsTouched()
    {
        var destination = new YearCost[5];

        var written = NightCosting.CostByYear(D("2025-03-30"), D("2025-04-02"), D("2030-04-01"), [Fee("2025-01-01", 70_000)], destination);

        Assert.Equal(2, written);
        Assert.Equal(default, destination[2]);
    }

    [Theory]
    [InlineData("2025-03-30", "2025-04-02", "2030-04-01", 2)]
    [InlineData("2025-04-01", "2026-04-01", "2030-04-01", 1)]
    [InlineData("2025-04-01", "2026-04-02", "2030-04-01", 2)]
    [InlineData("2025-06-01", "2025-06-01", "2030-04-01", 0)]
    [InlineData("2020-01-01", null, "2030-04-01", 11)]
    [InlineData("2020-01-01", "2040-01-01", "2030-04-01", 11)]
    [InlineData("2025-06-01", null, "2025-01-01", 0)]
    public void CountYears_Dates_IsTheNumberOfYearsWithANight(string start, string? end, string until, int expected)
    {
        Assert.Equal(expected, NightCosting.CountYears(D(start), OptionalD(end), D(until)));
    }

    // ---- Allocations and the convenience overloads -----------------------------------------------------------------

    [Fact]
    public void CostByYear_SpanOverload_DoesNotAllocate()
    {
        FeePeriod[] periods = [Fee("2020-01-01", 70_000), Fee("2022-06-15", 82_000), Fee("2024-02-29", 91_234)];
        Span<YearCost> destination = stackalloc YearCost[16];
        var start = D("2020-01-01");
        DateOnly? end = D("2030-01-01");
        var until = D("2035-04-01");

        // Warm up so that JIT compilation and static initialisation are not counted.
        NightCosting.CostByYear(start, end, until, periods, destination);
        NightCosting.TotalCost(start, end, until, periods);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var written = NightCosting.CostByYear(start, end, until, periods, destination);
        var total = NightCosting.TotalCost(start, end, until, periods);
        var after = GC.GetAllocatedBytesForCurrentThread();

        Assert.Equal(0, after - before);
        Assert.Equal(11, written);
        Assert.True(total > Money.Zero);
    }

    [Fact]
    public void CostByYear_ListOverloads_MatchTheSpanOverload()
    {
        FeePeriod[] array = [Fee("2024-01-01", 70_000), Fee("2025-05-05", 88_888)];
        var start = D("2024-03-15");
        var until = D("2027-04-01");
        var expected = Cost("2024-03-15", null, "2027-04-01", array);

        Assert.Equal(expected, NightCosting.CostByYear(start, null, until, array));
        Assert.Equal(expected, NightCosting.CostByYear(start, null, until, array.ToList()));
        Assert.Equal(expected, NightCosting.CostByYear(start, null, until, new ReadOnlyCollection<FeePeriod>(array)));
    }

    [Fact]
    public void CostByYear_ListOverloadWithZeroNights_ReturnsEmpty()
    {
        Assert.Empty(NightCosting.CostByYear(D("2025-06-01"), D("2025-06-01"), D("2030-04-01"), new List<FeePeriod>()));
    }

    [Fact]
    public void TotalCost_AnyPlacement_IsTheSumOfTheYearCosts()
    {
        FeePeriod[] array = [Fee("2025-01-01", 70_000), Fee("2025-06-05", 99_996)];
        var start = D("2025-03-30");
        var until = D("2026-04-01");
        var years = Cost("2025-03-30", null, "2026-04-01", array);
        var sum = years.Aggregate(Money.Zero, (total, y) => total + y.Cost);

        Assert.Equal(sum, NightCosting.TotalCost(start, null, until, array));
        Assert.Equal(sum, NightCosting.TotalCost(start, null, until, (IReadOnlyList<FeePeriod>)array.ToList()));
        Assert.Equal(sum, NightCosting.TotalCost(start, null, until, new ReadOnlySpan<FeePeriod>(array)));
    }

    [Fact]
    public void TotalCost_UnsortedPeriods_ThrowsDomainException()
    {
        FeePeriod[] periods = [Fee("2025-06-01", 70_000), Fee("2025-01-01", 1)];

        Assert.Throws<DomainException>(() => NightCosting.TotalCost(D("2025-06-01"), D("2025-07-01"), D("2030-04-01"), periods));
    }
}
