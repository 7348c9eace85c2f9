using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Tests.Finance;

public class WeeklyCostAveragesTests
{
    private static readonly FinancialYear Year = new(2024); // 1 April 2024 to 31 March 2025 (365 nights)
    private static readonly DateOnly After = new(2030, 1, 1);
    private static Money P(long pence) => Money.FromPence(pence);

    private static BandedPlacement Placement(DateOnly dob, DateOnly start, DateOnly? end, long weeklyPence,
        PlacementRoute route = PlacementRoute.Framework, PlacementCategory category = PlacementCategory.Standard, int id = 1) =>
        new(id, dob, category, route, start, end, [new FeePeriod(start, P(weeklyPence))]);

    private static WeeklyCostCell Cell(IReadOnlyList<WeeklyCostCell> cells, PlacementCategory? category, AgeBand? band, RouteGroup route = RouteGroup.External) =>
        cells.Single(c => c.Key == new WeeklyCostKey(category, band, route));

    [Theory]
    [InlineData(70_000, 7, 70_000)]
    [InlineData(70_000, 14, 35_000)]
    [InlineData(1, 2, 4)] // 3.5p rounds away from zero
    [InlineData(1, 3, 2)] // 2.33p
    [InlineData(-1, 2, -4)]
    [InlineData(100, 0, 0)]
    public void Average_IsCostTimesSevenOverNights_RoundedHalvesAwayFromZero(long cost, int nights, long expected) =>
        Assert.Equal(P(expected), WeeklyCostAverages.Average(P(cost), nights));

    [Fact]
    public void ForYear_NoPlacements_IsEmpty() => Assert.Empty(WeeklyCostAverages.ForYear([], Year, After));

    [Fact]
    public void ForYear_WholeYearAtOneFee_AverageIsTheFee()
    {
        var cells = WeeklyCostAverages.ForYear([Placement(new DateOnly(2015, 1, 1), new DateOnly(2020, 1, 1), null, 85_000)], Year, After);
        var cell = Cell(cells, PlacementCategory.Standard, AgeBand.FiveToTen);
        Assert.Equal(365, cell.Nights);
        Assert.Equal(NightCosting.CostOfNights(P(85_000), 365), cell.Cost);
        Assert.Equal(P(85_000), cell.AverageWeeklyCost);
        Assert.Equal(1, cell.Placements);
        Assert.Equal(52.14m, cell.Weeks);
    }

    [Fact]
    public void ForYear_ChildTurnsElevenMidYear_NightsBeforeTheBirthdayAreFiveToTen_FromItElevenToFifteen()
    {
        // Born 10 October 2013: 11 on 10 October 2024. Nights 1 April to 9 October (192) are 5 to 10; 10 October to 31 March (173) are 11 to 15.
        var p = Placement(new DateOnly(2013, 10, 10), new DateOnly(2023, 1, 1), null, 10_000);
        var cells = WeeklyCostAverages.ForYear([p], Year, After);
        var younger = Cell(cells, PlacementCategory.Standard, AgeBand.FiveToTen);
        var older = Cell(cells, PlacementCategory.Standard, AgeBand.ElevenToFifteen);
        Assert.Equal(192, younger.Nights);
        Assert.Equal(173, older.Nights);
        Assert.Equal(NightCosting.CostOfNights(P(10_000), 192), younger.Cost); // 274,285.7 → 274,286
        Assert.Equal(NightCosting.CostOfNights(P(10_000), 365) - younger.Cost, older.Cost);
        var all = Cell(cells, PlacementCategory.Standard, null);
        Assert.Equal(365, all.Nights);
        Assert.Equal(1, all.Placements); // counted once over all bands, once in each band
        Assert.Equal(1, younger.Placements);
        Assert.Equal(1, older.Placements);
    }

    [Fact]
    public void ForYear_BandCostsSumToTheSpendCalculatorsTotal_ToThePenny()
    {
        var rng = new Random(5);
        var placements = new List<BandedPlacement>();
        for (var i = 0; i < 300; i++)
        {
            var start = new DateOnly(2022, 1, 1).AddDays(rng.Next(0, 1000));
            DateOnly? end = rng.Next(3) == 0 ? null : start.AddDays(rng.Next(1, 700));
            var fees = new List<FeePeriod> { new(start, P(rng.Next(30_000, 150_000) + rng.Next(0, 7))) };
            if (rng.Next(2) == 0) fees.Add(new FeePeriod(start.AddDays(rng.Next(1, 300)), P(rng.Next(30_000, 150_000))));
            placements.Add(new BandedPlacement(i, start.AddDays(-rng.Next(0, 18 * 365)), (PlacementCategory)rng.Next(1, 7),
                (PlacementRoute)rng.Next(1, 5), start, end, fees));
        }
        var until = new DateOnly(2025, 1, 15);
        var cells = WeeklyCostAverages.ForYear(placements, Year, until);
        var spend = SpendCalculator.ByYear(placements.Select(p => new CostedPlacement(1, KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget,
            p.Route, null, p.StartDate, p.EndDate, p.FeePeriods)), Year, Year, until);
        foreach (var route in new[] { RouteGroup.InHouse, RouteGroup.External })
        {
            var expected = spend.Where(kv => (kv.Key.Route == PlacementRoute.InHouse) == (route == RouteGroup.InHouse)).Aggregate(Money.Zero, (s, kv) => s + kv.Value);
            Assert.Equal(expected, Cell(cells, null, null, route).Cost);
            var byBand = cells.Where(c => c.Key.Route == route && c.Key.Category is not null && c.Key.Band is not null).Aggregate(Money.Zero, (s, c) => s + c.Cost);
            Assert.Equal(expected, byBand);
        }
    }

    [Fact]
    public void ForYear_NightOf31March_BelongsToTheYearItEnds_And1AprilToTheNext()
    {
        var p = Placement(new DateOnly(2015, 1, 1), new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 2), 70_000);
        Assert.Equal(1, Cell(WeeklyCostAverages.ForYear([p], Year, After), PlacementCategory.Standard, AgeBand.FiveToTen).Nights);
        Assert.Equal(1, Cell(WeeklyCostAverages.ForYear([p], Year.Next, After), PlacementCategory.Standard, AgeBand.FiveToTen).Nights);
    }

    [Fact]
    public void ForYear_LeapDayBirth_MovesBandOnFirstMarchInACommonYear()
    {
        // Born 29 February 2020: turns 5 on 1 March 2025 (a common year). The nights of 27 and 28 February are 0 to 4, of 1 and 2 March 5 to 10.
        var young = Placement(new DateOnly(2020, 2, 29), new DateOnly(2025, 2, 27), new DateOnly(2025, 3, 3), 7_000);
        var cells = WeeklyCostAverages.ForYear([young], Year, After);
        Assert.Equal(2, Cell(cells, PlacementCategory.Standard, AgeBand.ZeroToFour).Nights);
        Assert.Equal(P(2_000), Cell(cells, PlacementCategory.Standard, AgeBand.ZeroToFour).Cost);
        Assert.Equal(2, Cell(cells, PlacementCategory.Standard, AgeBand.FiveToTen).Nights);
        Assert.Equal(P(2_000), Cell(cells, PlacementCategory.Standard, AgeBand.FiveToTen).Cost);
    }

    [Fact]
    public void ForYear_BirthdaySplitsARun_TheFirstPartRoundsAndTheRestTakesTheRemainder()
    {
        // Born 3 June 2019: 5 on 3 June 2024. Three nights at £1 a week cost round(300/7) = 43p; the first two (0 to 4) cost
        // round(200/7) = 29p and the night of the birthday (5 to 10) the remaining 14p, so the bands add up to the 43p.
        var p = Placement(new DateOnly(2019, 6, 3), new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 4), 100);
        var cells = WeeklyCostAverages.ForYear([p], Year, After);
        Assert.Equal(P(29), Cell(cells, PlacementCategory.Standard, AgeBand.ZeroToFour).Cost);
        Assert.Equal(P(14), Cell(cells, PlacementCategory.Standard, AgeBand.FiveToTen).Cost);
        Assert.Equal(P(43), Cell(cells, PlacementCategory.Standard, null).Cost);
    }

    [Fact]
    public void ForYear_OneNightPlacement_CostsOneSeventhOfTheFee()
    {
        var p = Placement(new DateOnly(2015, 1, 1), new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 2), 10_000);
        var cell = Cell(WeeklyCostAverages.ForYear([p], Year, After), PlacementCategory.Standard, null);
        Assert.Equal(1, cell.Nights);
        Assert.Equal(P(1_429), cell.Cost);
        Assert.Equal(P(10_003), cell.AverageWeeklyCost); // 1,429p × 7 = 10,003p: the rounding of one night shows
    }

    [Fact]
    public void ForYear_FeeChangeMidYear_IsCostedPerFeePeriod()
    {
        var start = new DateOnly(2024, 1, 1);
        var p = new BandedPlacement(1, new DateOnly(2015, 1, 1), PlacementCategory.ComplexNeeds, PlacementRoute.InHouse, start, null,
            [new FeePeriod(start, P(70_000)), new FeePeriod(new DateOnly(2024, 10, 1), P(140_000))]);
        var cell = Cell(WeeklyCostAverages.ForYear([p], Year, After), PlacementCategory.ComplexNeeds, null, RouteGroup.InHouse);
        Assert.Equal(NightCosting.CostOfNights(P(70_000), 183) + NightCosting.CostOfNights(P(140_000), 182), cell.Cost);
    }

    [Fact]
    public void ForYear_OpenPlacement_IsCostedOnlyUpToCostUntil()
    {
        var p = Placement(new DateOnly(2015, 1, 1), new DateOnly(2024, 1, 1), null, 70_000);
        var cell = Cell(WeeklyCostAverages.ForYear([p], Year, new DateOnly(2024, 4, 11)), PlacementCategory.Standard, null);
        Assert.Equal(10, cell.Nights);
        Assert.Equal(P(100_000), cell.Cost);
    }

    [Fact]
    public void ForYear_PlacementOutsideTheYear_IsLeftOut()
    {
        var p = Placement(new DateOnly(2015, 1, 1), new DateOnly(2023, 1, 1), new DateOnly(2024, 4, 1), 70_000); // left on 1 April: last night 31 March 2024
        Assert.Empty(WeeklyCostAverages.ForYear([p], Year, After));
    }

    [Fact]
    public void ForYear_FeeStartingAfterTheFirstNight_Throws()
    {
        var start = new DateOnly(2024, 5, 1);
        var p = new BandedPlacement(1, new DateOnly(2015, 1, 1), PlacementCategory.Standard, PlacementRoute.Spot, start, null, [new FeePeriod(start.AddDays(1), P(1))]);
        Assert.Equal("FeePeriods", Assert.Throws<DomainException>(() => WeeklyCostAverages.ForYear([p], Year, After)).Field);
    }

    [Fact]
    public void ForYear_RoutesAreSplitIntoInHouseAndExternal()
    {
        var dob = new DateOnly(2015, 1, 1);
        var start = new DateOnly(2024, 4, 1);
        var end = new DateOnly(2024, 4, 8);
        var cells = WeeklyCostAverages.ForYear(
        [
            Placement(dob, start, end, 40_000, PlacementRoute.InHouse, id: 1),
            Placement(dob, start, end, 80_000, PlacementRoute.Framework, id: 2),
            Placement(dob, start, end, 100_000, PlacementRoute.Spot, id: 3),
        ], Year, After);
        Assert.Equal(P(40_000), Cell(cells, PlacementCategory.Standard, AgeBand.FiveToTen, RouteGroup.InHouse).AverageWeeklyCost);
        var external = Cell(cells, PlacementCategory.Standard, AgeBand.FiveToTen, RouteGroup.External);
        Assert.Equal(2, external.Placements);
        Assert.Equal(P(90_000), external.AverageWeeklyCost);
    }
}
