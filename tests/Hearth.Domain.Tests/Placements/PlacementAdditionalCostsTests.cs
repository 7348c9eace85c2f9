using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Placements;

/// <summary>Additional weekly and one-off costs: recorded within the placement, costed into the stored lines by the §3 rule.</summary>
public class PlacementAdditionalCostsTests
{
    private static readonly DateOnly Today = D("2026-11-25");
    private static readonly DateOnly Far = D("2030-01-01");

    internal static Placement Start(string start, long weeklyPence = 70_000, FundingSource source = FundingSource.BaseBudget) =>
        Placement.Start(1, 2, PlacementRoute.Spot, providerId: 7, householdId: 11, frameworkId: null,
            PlacementCategory.Standard, "U6", KeyServiceLine.LookedAfterChildren, source, D(start), Money.FromPence(weeklyPence), null);

    private static Dictionary<int, long> Additional(Placement p, DateOnly today, DateOnly until)
    {
        var lines = PlacementCostLines.For(p, today, 1).Where(l => l.Kind is CostLineKind.AdditionalWeekly or CostLineKind.OneOff).ToList();
        var result = new Dictionary<int, long>();
        for (var year = new FinancialYear(2018); year.StartYear <= 2030; year = year.Next)
        {
            var pence = lines.Aggregate(Money.Zero, (sum, l) => sum + l.CostIn(year, until)).Pence;
            if (pence != 0) result[year.StartYear] = pence;
        }
        return result;
    }

    [Fact]
    public void AddWeeklyCost_Across31MarchAnd1April_NightsFallInTheirOwnYearsRoundedOncePerYear()
    {
        var placement = Start("2025-03-01");
        placement.AddWeeklyCost("Support worker", FundingSource.BaseBudget, D("2025-03-29"), D("2025-04-03"), Money.FromPence(100_00), Today);
        placement.End(D("2025-05-01"), "CARPL", true, EndingRequestedBy.Authority);

        var lines = PlacementCostLines.For(placement, Today, 1).Where(l => l.Kind == CostLineKind.AdditionalWeekly).ToList();

        // 29, 30, 31 March: 3 nights in 2024-25, £100 × 3 / 7 = £42.857 → £42.86; 1, 2 April: 2 nights, £28.571 → £28.57.
        Assert.Equal([(2024, 3, 42_86L), (2025, 2, 28_57L)], lines.Select(l => (l.FinancialYear, l.Nights!.Value, l.AmountPence!.Value)));
        Assert.Equal(new Dictionary<int, long> { [2024] = 42_86, [2025] = 28_57 }, Additional(placement, Today, Far));
    }

    [Theory]
    [InlineData("2025-03-31", 2024)]
    [InlineData("2025-04-01", 2025)]
    [InlineData("2024-02-29", 2023)]
    public void AddOneOffCost_OnADate_FallsWholeInThatDatesFinancialYear(string on, int year)
    {
        var placement = Start("2024-01-01");
        placement.AddOneOffCost("Setting-up grant", FundingSource.BaseBudget, D(on), Money.FromPence(250_00), Today);

        Assert.Equal(new Dictionary<int, long> { [year] = 250_00 }, Additional(placement, Today, Far));
        // Not yet spent the day before it falls due; spent from that day on.
        Assert.Empty(Additional(placement, Today, D(on)));
        Assert.Equal(new Dictionary<int, long> { [year] = 250_00 }, Additional(placement, Today, D(on).AddDays(1)));
    }

    [Fact]
    public void AddWeeklyCost_OverLeapDay_CountsThe29thAsANight()
    {
        var placement = Start("2024-01-01");
        // 28 February, 29 February and 1 March 2024: three nights at £70.07 a week = £30.03.
        placement.AddWeeklyCost("Sessional worker", FundingSource.HealthContribution, D("2024-02-28"), D("2024-03-02"), Money.FromPence(70_07), Today);

        Assert.Equal(new Dictionary<int, long> { [2023] = 30_03 }, Additional(placement, Today, Far));
    }

    [Theory]
    [InlineData(4, 1, 1)] // 4/7 = 0.571… rounds up
    [InlineData(3, 1, 0)] // 3/7 = 0.428… rounds down
    [InlineData(5, 5, 4)] // 25/7 = 3.571…
    [InlineData(1, 3, 0)] // 3/7
    [InlineData(1, 4, 1)] // 4/7
    public void AddWeeklyCost_RoundingAtTheHalfPenny_RoundsOncePerRun(long weeklyPence, int nights, long expected)
    {
        var placement = Start("2025-05-01");
        placement.AddWeeklyCost("Tiny", FundingSource.BaseBudget, D("2025-06-01"), D("2025-06-01").AddDays(nights), Money.FromPence(weeklyPence), Today);

        Assert.Equal(expected, Additional(placement, Today, Far).GetValueOrDefault(2025));
    }

    [Fact]
    public void AddWeeklyCost_OpenEndedOnALivePlacement_IsCostedToTheDayAskedLikeTheFee()
    {
        var placement = Start("2024-06-01");
        placement.AddWeeklyCost("Support worker", FundingSource.BaseBudget, D("2024-07-01"), null, Money.FromPence(123_45), Today);

        // 2024-25: 1 July 2024 to 31 March 2025 = 274 nights; 2025-26 = 365 nights; 2026-27 to 1 Dec 2026 = 244 nights.
        var until = D("2026-12-01");
        Assert.Equal(new Dictionary<int, long>
        {
            [2024] = NightCosting.CostOfNights(Money.FromPence(123_45), 274).Pence,
            [2025] = NightCosting.CostOfNights(Money.FromPence(123_45), 365).Pence,
            [2026] = NightCosting.CostOfNights(Money.FromPence(123_45), 244).Pence,
        }, Additional(placement, Today, until));
        // Written a year earlier (the open line then starts sooner), the same costs.
        Assert.Equal(Additional(placement, Today, until), Additional(placement, D("2025-01-15"), until));
    }

    [Theory]
    [InlineData("2025-02-28", null, 100_00, "From")] // before the placement started
    [InlineData("2025-03-10", "2025-03-10", 100_00, "To")] // end not after start
    [InlineData("2025-03-10", "2025-03-09", 100_00, "To")] // end before start
    [InlineData("2025-03-10", null, -1_00, "Amount")] // negative
    [InlineData("2025-03-10", null, 0, "Amount")] // nothing
    [InlineData("2025-06-01", null, 100_00, "From")] // after the placement ended
    [InlineData("2025-03-10", "2025-06-01", 100_00, "To")] // runs past the end
    public void AddWeeklyCost_BadInput_RefusedWithTheFieldAndNothingAdded(string from, string? to, long pence, string field)
    {
        var placement = Start("2025-03-01");
        placement.End(D("2025-05-01"), "CARPL", true, EndingRequestedBy.Authority);
        var version = placement.Version;

        var e = Assert.Throws<DomainException>(() => placement.AddWeeklyCost("Support", FundingSource.BaseBudget, D(from), OptionalD(to), Money.FromPence(pence), Today));

        Assert.Equal(field, e.Field);
        Assert.Empty(placement.AdditionalCosts);
        Assert.Equal(version, placement.Version);
    }

    [Fact]
    public void AddOneOffCost_EmptyDescriptionOrUnknownSource_Refused()
    {
        var placement = Start("2025-03-01");
        Assert.Equal("Description", Assert.Throws<DomainException>(() => placement.AddOneOffCost("  ", FundingSource.BaseBudget, D("2025-03-02"), Money.FromPence(1), Today)).Field);
        Assert.Equal("FundingSource", Assert.Throws<DomainException>(() => placement.AddOneOffCost("Grant", (FundingSource)99, D("2025-03-02"), Money.FromPence(1), Today)).Field);
        Assert.Equal("Description", Assert.Throws<DomainException>(() => placement.AddOneOffCost(new string('x', 201), FundingSource.BaseBudget, D("2025-03-02"), Money.FromPence(1), Today)).Field);
    }

    [Fact]
    public void End_BeforeAOneOffCost_RefusedSoTheCostIsNotLost()
    {
        var placement = Start("2025-03-01");
        placement.AddOneOffCost("Grant", FundingSource.BaseBudget, D("2025-04-10"), Money.FromPence(500_00), Today);

        var e = Assert.Throws<DomainException>(() => placement.End(D("2025-04-10"), "CARPL", true, EndingRequestedBy.Authority));

        Assert.Equal("EndDate", e.Field);
        Assert.Null(placement.EndDate);
    }

    [Fact]
    public void CorrectAdditionalCost_NewAmount_RecordedAsACorrectionAndTheYearReCosts()
    {
        var placement = Start("2025-03-01");
        var cost = placement.AddOneOffCost("Grant", FundingSource.BaseBudget, D("2025-03-31"), Money.FromPence(500_00), Today);
        typeof(PlacementAdditionalCost).GetProperty(nameof(PlacementAdditionalCost.Id))!.SetValue(cost, 9);

        placement.CorrectAdditionalCost(9, Money.FromPence(450_00), D("2025-04-01"), null, "Invoice was for £450 in April", Today);

        var correction = Assert.Single(placement.Corrections);
        Assert.Equal("AdditionalCost", correction.Field);
        Assert.Equal("Grant: £500.00 on 2025-03-31", correction.OldValue);
        Assert.Equal("Grant: £450.00 on 2025-04-01", correction.NewValue);
        Assert.Equal(new Dictionary<int, long> { [2025] = 450_00 }, Additional(placement, Today, Far));
        Assert.Equal("Reason", Assert.Throws<DomainException>(() => placement.CorrectAdditionalCost(9, Money.FromPence(1), D("2025-04-01"), null, " ", Today)).Field);
        Assert.Equal("CostId", Assert.Throws<DomainException>(() => placement.CorrectAdditionalCost(10, Money.FromPence(1), D("2025-04-01"), null, "x", Today)).Field);
    }
}

/// <summary>Additional costs in a provider's payments schedule: a weekly cost's nights in the period, a one-off on its date.</summary>
public class AdditionalCostPaymentsTests
{
    [Fact]
    public void ForAdditional_FourWeeklyPeriodAcross1April_WeeklyCostRoundedPerYearAndOneOffOnItsDate()
    {
        var placement = PlacementAdditionalCostsTests.Start("2025-01-01");
        placement.AddWeeklyCost("Support worker", FundingSource.BaseBudget, D("2025-03-30"), D("2025-04-05"), Money.FromPence(100_00), D("2026-01-01"));
        placement.AddOneOffCost("Bike", FundingSource.BaseBudget, D("2025-04-10"), Money.FromPence(150_00), D("2026-01-01"));
        placement.AddOneOffCost("Later", FundingSource.BaseBudget, D("2025-05-10"), Money.FromPence(1_00), D("2026-01-01"));
        var period = PaymentPeriod.Create(PaymentPeriodKind.FourWeekly, D("2025-03-17")); // 17 March to 13 April 2025

        var lines = ProviderPayments.ForAdditional(placement.StartDate, placement.EndDate, placement.AdditionalCosts, period);

        // 30, 31 March (2 nights: £28.571… → £28.57) and 1 to 4 April (4 nights: £57.142… → £57.14), rounded per year: £85.71.
        Assert.Equal(
            [("Support worker", 6, 85_71L), ("Bike", 0, 150_00L)],
            lines.Select(l => (l.Description, l.Line.Nights, l.Line.Amount.Pence)));
    }
}

/// <summary>Additional costs in the forecast: spent to date, committed to the year end, each under its own funding source.</summary>
public class AdditionalCostForecastTests
{
    [Fact]
    public void ForYear_WeeklyAndOneOffCosts_CountInActualsAndCommitmentsUnderTheirSource()
    {
        var today = D("2025-06-30");
        var placement = PlacementAdditionalCostsTests.Start("2025-01-01");
        placement.AddWeeklyCost("Support worker", FundingSource.BaseBudget, D("2025-04-01"), null, Money.FromPence(70_00), today);
        placement.AddOneOffCost("Therapy", FundingSource.HealthContribution, D("2025-10-01"), Money.FromPence(100_00), today);
        var forecast = new ForecastPlacement(1, 1, KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget, PlacementRoute.Spot, 7,
            placement.StartDate, null, null, placement.ToFeePeriods(), placement.AdditionalCosts);

        var year = Forecasting.ForYear([forecast], new FinancialYear(2025), today);

        // Fee £700 a week and support £70 a week: 91 nights to date (1 April to 30 June), 274 to come.
        var p = Assert.Single(year.Placements);
        Assert.Equal((Money.FromPence(9_100_00 + 910_00), Money.FromPence(27_400_00 + 2_740_00 + 100_00)), (p.ActualToDate, p.Committed));
        var health = year.Lines.Single(l => l.Key.FundingSource == FundingSource.HealthContribution).Value;
        Assert.Equal((Money.Zero, Money.FromPence(100_00)), (health.ActualToDate, health.Committed));
    }
}
