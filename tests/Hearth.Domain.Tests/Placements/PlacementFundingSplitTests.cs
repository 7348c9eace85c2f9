using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Placements;

/// <summary>The funding split (ADR 0019): each line's pence split between sources to the penny, the rest to the main source.</summary>
public class PlacementFundingSplitTests
{
    private static readonly DateOnly Today = D("2026-11-25");
    private static readonly DateOnly Far = D("2030-01-01");

    private static Placement Start(string start, long weeklyPence) => PlacementAdditionalCostsTests.Start(start, weeklyPence);

    private static Dictionary<(int Year, FundingSource Source), long> BySource(Placement p, DateOnly today, DateOnly until)
    {
        var lines = PlacementCostLines.For(p, today, 1);
        var result = new Dictionary<(int, FundingSource), long>();
        for (var year = new FinancialYear(2018); year.StartYear <= 2030; year = year.Next)
            foreach (var line in lines)
            {
                var pence = line.CostIn(year, until).Pence;
                if (pence == 0) continue;
                result[(year.StartYear, line.FundingSource)] = result.GetValueOrDefault((year.StartYear, line.FundingSource)) + pence;
            }
        return result;
    }

    [Fact]
    public void AddFundingShare_QuarterOfAnOddFeeAcross1April_SplitsEachYearToThePennyRestToMainSource()
    {
        var placement = Start("2025-03-25", 850_01);
        placement.AddFundingShare(FundingSource.EducationContribution, D("2025-03-25"), null, null, 2500, Today);
        placement.End(D("2025-04-04"), "CARPL", true, EndingRequestedBy.Authority);

        // 25% of £850.01 is £212.5025 a week: rounded down to £212.50 (ADR 0019). 2024-25 has 7 nights: the fee £850.01, of
        // which education £212.50 and base budget £637.51. 2025-26 has 3 nights: the fee 255,003/7 = £364.29 exactly; education
        // 63,750/7 = £91.071… → £91.07; base budget the rest, £273.22.
        Assert.Equal(new Dictionary<(int, FundingSource), long>
        {
            [(2024, FundingSource.EducationContribution)] = 212_50, [(2024, FundingSource.BaseBudget)] = 637_51,
            [(2025, FundingSource.EducationContribution)] = 91_07, [(2025, FundingSource.BaseBudget)] = 273_22,
        }, BySource(placement, Today, Far));
    }

    [Fact]
    public void AddFundingShare_WeeklyAmountForPartOfARun_MainSourceKeepsTheRunsRoundedTotal()
    {
        var placement = Start("2024-02-01", 700_03);
        // Health pays £100.01 a week for 28 February to 1 March 2024 (3 nights, over the leap day) of a run of 29 + 31 + 29 nights.
        placement.AddFundingShare(FundingSource.HealthContribution, D("2024-02-28"), D("2024-03-02"), Money.FromPence(100_01), null, Today);
        placement.End(D("2024-04-01"), "CARPL", true, EndingRequestedBy.Authority);

        var split = BySource(placement, Today, Far);
        var total = NightCosting.CostOfNights(Money.FromPence(700_03), 60).Pence; // 1 Feb to 31 March 2024: 60 nights in 2023-24
        Assert.Equal(NightCosting.CostOfNights(Money.FromPence(100_01), 3).Pence, split[(2023, FundingSource.HealthContribution)]);
        Assert.Equal(total, split[(2023, FundingSource.HealthContribution)] + split[(2023, FundingSource.BaseBudget)]);
    }

    [Fact]
    public void CostLines_RandomPlacementsWithSplitsAndCosts_EverySourceSumsToTheFeePlusCostsForEveryYearAndDay()
    {
        var random = new Random(20220401);
        for (var i = 0; i < 300; i++)
        {
            var start = D("2022-01-01").AddDays(random.Next(1500));
            var placement = Start(start.ToString("yyyy-MM-dd"), random.Next(1, 200_000));
            if (random.Next(2) == 0) placement.ChangeFee(start.AddDays(random.Next(1, 400)), Money.FromPence(random.Next(150_000, 200_000)));
            var shareFrom = start.AddDays(random.Next(0, 300));
            DateOnly? shareTo = random.Next(2) == 0 ? null : shareFrom.AddDays(random.Next(1, 500));
            if (random.Next(2) == 0) placement.AddFundingShare(FundingSource.UascGrant, shareFrom, shareTo, null, random.Next(1, 5001), Today);
            else
            {
                var lowestFee = placement.FeePeriods.Min(f => f.WeeklyFee.Pence);
                placement.AddFundingShare(FundingSource.HealthContribution, shareFrom, shareTo, Money.FromPence(random.NextInt64(1, lowestFee + 1)), null, Today);
            }
            placement.AddWeeklyCost("Support", FundingSource.EducationContribution, start.AddDays(random.Next(0, 100)), null, Money.FromPence(random.Next(1, 50_000)), Today);
            if (random.Next(2) == 0)
            {
                var end = start.AddDays(random.Next(600, 1200));
                if (shareTo is null || shareTo <= end) placement.End(end, "CARPL", true, EndingRequestedBy.Carer);
            }
            var writtenOn = start.AddDays(random.Next(0, 900));
            var lines = PlacementCostLines.For(placement, writtenOn, 1);
            foreach (var until in new[] { start.AddDays(random.Next(1, 1500)), Far })
            {
                var fees = NightCosting.CostByYear(placement.StartDate, placement.EndDate, until, placement.ToFeePeriods()).ToDictionary(y => y.Year.StartYear, y => y.Cost.Pence);
                for (var year = FinancialYear.Containing(start); year.StartYear <= 2030; year = year.Next)
                {
                    var feeLines = lines.Where(l => l.Kind is CostLineKind.Fee or CostLineKind.FundingShare).Aggregate(0L, (s, l) => s + l.CostIn(year, until).Pence);
                    Assert.Equal(fees.GetValueOrDefault(year.StartYear), feeLines);
                    var main = lines.Where(l => l.FundingSource == FundingSource.BaseBudget).Aggregate(0L, (s, l) => s + l.CostIn(year, until).Pence);
                    Assert.True(main >= -1, $"placement {i}: the main source's part in {year} is {main}p");
                }
            }
        }
    }

    [Theory]
    [InlineData(FundingSource.EducationContribution, null, 10_001, "Share")] // over 100%
    [InlineData(FundingSource.EducationContribution, null, 0, "Share")]
    [InlineData(FundingSource.EducationContribution, 500_01L, null, "Amount")] // above the fee
    [InlineData(FundingSource.EducationContribution, -1L, null, "Amount")]
    [InlineData(FundingSource.EducationContribution, null, null, "Amount")] // neither
    [InlineData(FundingSource.EducationContribution, 100L, 100, "Amount")] // both
    [InlineData(FundingSource.BaseBudget, 100L, null, "FundingSource")] // the main source
    public void AddFundingShare_BadInput_RefusedWithTheField(FundingSource source, long? pence, int? basisPoints, string field)
    {
        var placement = Start("2025-03-01", 500_00);

        var e = Assert.Throws<DomainException>(() => placement.AddFundingShare(source, D("2025-03-01"), null, pence is { } p ? Money.FromPence(p) : null, basisPoints, Today));

        Assert.Equal(field, e.Field);
        Assert.Empty(placement.FundingShares);
    }

    [Fact]
    public void AddFundingShare_TogetherMoreThanTheFee_RefusedAndTheFirstKept()
    {
        var placement = Start("2025-03-01", 500_00);
        placement.AddFundingShare(FundingSource.EducationContribution, D("2025-03-01"), null, null, 6000, Today);

        var e = Assert.Throws<DomainException>(() => placement.AddFundingShare(FundingSource.HealthContribution, D("2025-06-01"), D("2025-07-01"), null, 5000, Today));

        Assert.Equal("Share", e.Field);
        Assert.Single(placement.FundingShares);
        Assert.Equal("From", Assert.Throws<DomainException>(() =>
            placement.AddFundingShare(FundingSource.EducationContribution, D("2025-05-01"), null, null, 100, Today)).Field); // overlaps the same source
        Assert.Equal("To", Assert.Throws<DomainException>(() =>
            placement.AddFundingShare(FundingSource.HealthContribution, D("2025-05-01"), D("2025-04-01"), Money.FromPence(1), null, Today)).Field);
    }

    [Fact]
    public void ChangeFee_BelowWhatOtherSourcesPay_RefusedAndNothingChanged()
    {
        var placement = Start("2025-03-01", 500_00);
        placement.AddFundingShare(FundingSource.HealthContribution, D("2025-03-01"), null, Money.FromPence(400_00), null, Today);

        var e = Assert.Throws<DomainException>(() => placement.ChangeFee(D("2025-05-01"), Money.FromPence(399_99)));

        Assert.Equal("WeeklyFee", e.Field);
        Assert.Single(placement.FeePeriods);
        Assert.Equal("WeeklyFee", Assert.Throws<DomainException>(() => placement.CorrectFee(D("2025-03-01"), Money.FromPence(300_00), "typo", Today)).Field);
        Assert.Equal(Money.FromPence(500_00), placement.CurrentWeeklyFee);
        Assert.Empty(placement.Corrections);
    }
}
