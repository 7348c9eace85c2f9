using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Finance;

/// <summary>Stored cost lines (ADR 0014): written once per placement, and costing exactly as <see cref="NightCosting"/> does.</summary>
public class PlacementCostLinesTests
{
    private static Placement Start(string start, long weeklyPence) =>
        Placement.Start(1, 2, PlacementRoute.Spot, providerId: 7, householdId: 11, frameworkId: null,
            PlacementCategory.Standard, "U6", KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget,
            D(start), Money.FromPence(weeklyPence), null);

    /// <summary>The report's sum over lines for one year, as the SQL computes it.</summary>
    private static Money Spend(IEnumerable<PlacementCostLine> lines, FinancialYear year, DateOnly until) =>
        lines.Aggregate(Money.Zero, (sum, l) => sum + l.CostIn(year, until));

    private static Dictionary<int, long> ByNightCosting(Placement p, DateOnly until) =>
        NightCosting.CostByYear(p.StartDate, p.EndDate, until, p.ToFeePeriods()).ToDictionary(y => y.Year.StartYear, y => y.Cost.Pence);

    [Fact]
    public void For_EndedAcross31MarchWithFeeChangeMidWeek_OneClosedLinePerFeePeriodAndYear()
    {
        var placement = Start("2025-03-10", 82_000);
        placement.ChangeFee(D("2025-03-27"), Money.FromPence(85_000));
        placement.End(D("2025-04-05"), "CARPL", true, EndingRequestedBy.Authority);

        var lines = PlacementCostLines.For(placement, D("2026-01-01"), 42);

        Assert.Equal(
            [(2024, "2025-03-10", 17, 1_991_43L), (2024, "2025-03-27", 5, 607_14L), (2025, "2025-03-27", 4, 485_71L)],
            lines.Select(l => (l.FinancialYear, l.FeePeriodStart.ToString("yyyy-MM-dd"), l.Nights!.Value, l.AmountPence!.Value)));
        Assert.All(lines, l => Assert.Equal(42, l.PlacementId));
        Assert.All(lines, l => Assert.False(l.IsOpen));
        Assert.Equal(D("2025-03-10"), lines[0].FirstNight);
        Assert.Equal(D("2025-04-01").DayNumber, lines[2].FirstNightDay);
    }

    [Fact]
    public void For_LivePlacement_ClosedToTheEndOfThisYearThenOneOpenLine()
    {
        var placement = Start("2024-02-29", 70_000);

        var lines = PlacementCostLines.For(placement, D("2025-11-25"), 1);

        Assert.Equal([2023, 2024, 2025, 2026], lines.Select(l => l.FinancialYear));
        Assert.Equal([32, 365, 365], lines.Take(3).Select(l => l.Nights!.Value)); // 29 Feb to 31 March 2024 is 32 nights
        var open = lines[^1];
        Assert.True(open.IsOpen);
        Assert.Equal(D("2026-04-01"), open.FirstNight);
        Assert.Null(open.AmountPence);
        // Today, the current year's line counts only the nights before tomorrow: 1 April to 25 November 2025 is 239 nights.
        Assert.Equal(Money.FromPence(239 * 10_000), Spend(lines, new FinancialYear(2025), D("2025-11-26")));
        // Next year, nothing is rewritten: the open line is costed from 1 April.
        Assert.Equal(Money.FromPence(10 * 10_000), Spend(lines, new FinancialYear(2026), D("2026-04-11")));
    }

    [Fact]
    public void For_LivePlacementWithAFeeChangeAfterThisYear_ClosedUpToTheChangeThenOpen()
    {
        var placement = Start("2025-06-01", 70_000);
        placement.ChangeFee(D("2026-06-01"), Money.FromPence(77_000));

        var lines = PlacementCostLines.For(placement, D("2025-07-01"), 1);

        Assert.Equal([(2025, "2025-06-01", false), (2026, "2025-06-01", false), (2026, "2026-06-01", true)],
            lines.Select(l => (l.FinancialYear, l.FeePeriodStart.ToString("yyyy-MM-dd"), l.IsOpen)));
        Assert.Equal(61, lines[1].Nights); // 1 April to 31 May 2026
    }

    [Fact]
    public void For_OneNightPlacement_OneLine()
    {
        var placement = Start("2025-03-31", 70_001);
        placement.End(D("2025-04-01"), "CARPL", true, EndingRequestedBy.Authority);

        var line = Assert.Single(PlacementCostLines.For(placement, D("2025-03-31"), 1));

        Assert.Equal((2024, 1, 10_000L), (line.FinancialYear, line.Nights!.Value, line.AmountPence!.Value));
    }

    [Fact]
    public void For_CorrectedEndDateMovesNightsIntoTheNextYear_LinesFollow()
    {
        var placement = Start("2025-03-01", 70_000);
        placement.End(D("2025-03-20"), "CARPL", true, EndingRequestedBy.Authority);
        Assert.Equal([2024], PlacementCostLines.For(placement, D("2025-06-01"), 1).Select(l => l.FinancialYear));

        placement.CorrectEndDate(D("2025-04-10"), "Left later than recorded", D("2025-06-01"));

        var lines = PlacementCostLines.For(placement, D("2025-06-01"), 1);
        Assert.Equal([(2024, 31), (2025, 9)], lines.Select(l => (l.FinancialYear, l.Nights!.Value)));
    }

    [Fact]
    public void CostIn_YearOutsideAClosedLine_IsZero()
    {
        var placement = Start("2025-03-01", 70_000);
        placement.End(D("2025-03-20"), "CARPL", true, EndingRequestedBy.Authority);
        var line = Assert.Single(PlacementCostLines.For(placement, D("2025-06-01"), 1));
        Assert.Equal(Money.Zero, line.CostIn(new FinancialYear(2025), D("2030-01-01")));
        Assert.Equal(Money.Zero, line.CostIn(new FinancialYear(2024), D("2025-03-01")));
        Assert.Equal(Money.FromPence(190_000), line.CostIn(new FinancialYear(2024), D("2030-01-01")));
    }

    /// <summary>
    /// The exactness argument, checked over many placements: for every financial year and every day the report might be
    /// asked on, the lines cost exactly what NightCosting costs the placement, whenever the lines were written.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void CostIn_RandomPlacements_EqualsNightCostingForEveryYearAndDay(int seed)
    {
        var rng = new Random(seed);
        for (var n = 0; n < 300; n++)
        {
            var start = D("2019-01-01").AddDays(rng.Next(0, 2500));
            var placement = Start(start.ToString("yyyy-MM-dd"), rng.Next(0, 300_000));
            var changeOn = start;
            for (var c = rng.Next(0, 4); c > 0; c--)
            {
                changeOn = changeOn.AddDays(rng.Next(1, 500));
                placement.ChangeFee(changeOn, Money.FromPence(rng.Next(0, 300_000)));
            }
            if (rng.Next(3) > 0) placement.End(changeOn.AddDays(rng.Next(1, 700)), "CARPL", true, EndingRequestedBy.Authority);
            var written = start.AddDays(rng.Next(-400, 2000));
            var lines = PlacementCostLines.For(placement, written, n);

            for (var k = 0; k < 20; k++)
            {
                var until = start.AddDays(rng.Next(-30, 2500));
                var expected = ByNightCosting(placement, until);
                for (var y = FinancialYear.Containing(start).StartYear - 1; y <= FinancialYear.Containing(until).StartYear + 1; y++)
                    Assert.Equal(expected.GetValueOrDefault(y), Spend(lines, new FinancialYear(y), until).Pence);
            }
        }
    }
}
