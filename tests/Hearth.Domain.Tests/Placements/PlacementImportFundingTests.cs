using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Placements;

/// <summary>The import's optional funding split and additional weekly cost columns (ADR 0008 addendum): parsing at the edges and applying.</summary>
public class PlacementImportFundingTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static Dictionary<string, string> Good() => new()
    {
        ["ExternalReference"] = "MED-1", ["ChildCaseReference"] = "C1", ["ChildGivenName"] = "Sam", ["ChildFamilyName"] = "Lee",
        ["ChildDateOfBirth"] = "29/02/2012", ["ChildSex"] = "f", ["Route"] = "spot", ["ProviderOfstedUrn"] = "sc123456",
        ["FrameworkReference"] = "", ["Category"] = "Standard", ["PlaceCode"] = "u6", ["KeyServiceLine"] = "LookedAfterChildren",
        ["FundingSource"] = "BaseBudget", ["StartDate"] = "1/4/2025", ["WeeklyFee"] = "1000.01", ["EndDate"] = "01/10/2025", ["EndReasonCode"] = "",
    };

    private static (PlacementImportRow? Row, List<ImportCellError> Errors) Parse(Dictionary<string, string> values) =>
        PlacementImportRow.Parse(c => values.GetValueOrDefault(c), Today);

    private static ImportCellError OneError(Dictionary<string, string> values)
    {
        var (row, errors) = Parse(values);
        Assert.Null(row);
        return Assert.Single(errors);
    }

    [Theory]
    [InlineData("", null, null)]
    [InlineData("  ", null, null)]
    [InlineData("0", null, null)]
    [InlineData("0%", null, null)]
    [InlineData("£0.00", null, null)]
    [InlineData("100%", null, 10_000)]
    [InlineData("0.01%", null, 1)]
    [InlineData("12.5%", null, 1250)]
    [InlineData("33.33 %", null, 3333)]
    [InlineData("120.50", 120_50L, null)]
    [InlineData("£1,000.01", 1000_01L, null)]
    [InlineData("1", 1_00L, null)]
    public void ParseShare_Good(string text, long? pence, int? basisPoints)
    {
        var (share, error) = PlacementImportRow.ParseShare(FundingSource.UascGrant, text, Money.FromPence(1000_01));
        Assert.Null(error);
        if (pence is null && basisPoints is null) Assert.Null(share);
        else Assert.Equal(new ImportedFundingShare(FundingSource.UascGrant, pence is { } p ? Money.FromPence(p) : null, basisPoints), share);
    }

    [Theory]
    [InlineData("100.5%", "The share of the UASC grant must be no more than 100% ('100.5%' is more)")]
    [InlineData("-5%", "The share of the UASC grant must be 0% or more ('-5%' is not)")]
    [InlineData("-10", "The amount a week from the UASC grant must be £0 or more ('-10' is not)")]
    [InlineData("12.345%", "Give the share of the UASC grant to at most two decimal places, like 12.25% ('12.345%' has more)")]
    [InlineData("12.005", "Enter the UASC grant's part of the fee as a percentage, like 25%, or an amount a week, like 120.50 ('12.005' is not)")]
    [InlineData("half", "Enter the UASC grant's part of the fee as a percentage, like 25%, or an amount a week, like 120.50 ('half' is not)")]
    [InlineData("%", "Enter the UASC grant's part of the fee as a percentage, like 25%, or an amount a week, like 120.50 ('%' is not)")]
    [InlineData("0.25", "'0.25' looks like a share read as a fraction: write a share with a % sign, like 25%, or an amount a week of £1 or more")]
    [InlineData("1000.02", "The amount a week from the UASC grant must not be more than the weekly fee of £1,000.01")]
    public void ParseShare_Bad_SaysWhatIsWrong(string text, string message)
    {
        var (share, error) = PlacementImportRow.ParseShare(FundingSource.UascGrant, text, Money.FromPence(1000_01));
        Assert.Null(share);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Row_WithoutTheNewColumns_IsAsBefore()
    {
        var (row, errors) = Parse(Good());
        Assert.Empty(errors);
        Assert.False(row!.FundingSplitGiven);
        Assert.Empty(row.FundingShares!);
        Assert.Null(row.AdditionalWeeklyCost);
    }

    [Fact]
    public void Row_WithSplitAndCost_IsTyped_DefaultsFromTheStartAndTheMainSource()
    {
        var (row, errors) = Parse(new(Good())
        {
            ["UascGrantShare"] = "40%", ["HealthContributionShare"] = "£100", ["EducationContributionShare"] = "",
            ["AdditionalWeeklyCost"] = "150.50", ["AdditionalWeeklyCostDescription"] = " Support worker ", ["AdditionalWeeklyCostTo"] = "01/10/2025",
        });
        Assert.Empty(errors);
        Assert.True(row!.FundingSplitGiven);
        Assert.Equal([new(FundingSource.UascGrant, null, 4000), new(FundingSource.HealthContribution, Money.FromPence(100_00), null)], row.FundingShares!);
        Assert.Null(row.FundingSplitFrom);
        Assert.Equal(new ImportedWeeklyCost("Support worker", FundingSource.BaseBudget, D("2025-04-01"), D("2025-10-01"), Money.FromPence(150_50), FromGiven: false), row.AdditionalWeeklyCost);
    }

    [Fact]
    public void Row_EmptyShareColumns_SayNothingAboutTheSplit_SoAReimportKeepsWhatIsHeld()
    {
        var (row, errors) = PlacementImportRow.Parse(c => PlacementImportRow.TemplateColumns.ToDictionary(t => t, t => Good().GetValueOrDefault(t, "")).GetValueOrDefault(c), Today);
        Assert.Empty(errors);
        Assert.False(row!.FundingSplitGiven);
        Assert.Empty(row.FundingSourcesGiven!);
        Assert.Empty(row.FundingShares!);
    }

    [Fact]
    public void Row_AZeroShare_GivesTheSource_WithNoPart_AndTheMainSourcesZeroIsNotGiven()
    {
        var (row, errors) = Parse(new(Good()) { ["UascGrantShare"] = "0%", ["HealthContributionShare"] = "0", ["BaseBudgetShare"] = "0", ["EducationContributionShare"] = "25%" });
        Assert.Empty(errors);
        Assert.True(row!.FundingSplitGiven);
        Assert.Equal([FundingSource.UascGrant, FundingSource.EducationContribution, FundingSource.HealthContribution], row.FundingSourcesGiven!.Order());
        Assert.Equal([new(FundingSource.EducationContribution, null, 2500)], row.FundingShares!);
    }

    [Theory]
    [InlineData("BaseBudgetShare", "10%", "BaseBudgetShare", "Leave BaseBudgetShare blank: the placement's main funding source (BaseBudget) already gets the rest of the fee")]
    [InlineData("FundingSplitFrom", "31/03/2025", "FundingSplitFrom", "The date the funding split applies from must be on or after the start date")]
    [InlineData("FundingSplitFrom", "01/10/2025", "FundingSplitFrom", "The date the funding split applies from must be before the end date")]
    [InlineData("FundingSplitFrom", "2025-05-01", "FundingSplitFrom", "The date the funding split applies from must be in the format dd/mm/yyyy, like 01/04/2025 ('2025-05-01' is not)")]
    [InlineData("HealthContributionShare", "60.01%", "HealthContributionShare", "Together the shares come to £1,000.10 a week, more than the weekly fee of £1,000.01")]
    public void Row_BadSplit_IsNamedWithItsColumn(string column, string value, string errorColumn, string message)
    {
        var values = new Dictionary<string, string>(Good()) { ["UascGrantShare"] = "40%" };
        values[column] = value;
        Assert.Equal(new ImportCellError(errorColumn, message), OneError(values));
    }

    [Fact]
    public void Row_SplitFromWithoutAShare_IsAnError() =>
        Assert.Equal(new ImportCellError("FundingSplitFrom", "Leave the date the funding split applies from blank unless a share column is filled in"),
            OneError(new(Good()) { ["FundingSplitFrom"] = "01/05/2025" }));

    [Theory]
    [InlineData("AdditionalWeeklyCost", "0", "AdditionalWeeklyCost", "The additional weekly cost must be more than £0: leave it blank if there is none")]
    [InlineData("AdditionalWeeklyCost", "-1", "AdditionalWeeklyCost", "The additional weekly cost must be more than £0: leave it blank if there is none")]
    [InlineData("AdditionalWeeklyCost", "20000.01", "AdditionalWeeklyCost", "The additional weekly cost must be £20,000.00 or less")]
    [InlineData("AdditionalWeeklyCost", "1.005", "AdditionalWeeklyCost", "Enter the additional weekly cost in pounds and pence, like 150 or 150.50 ('1.005' is not)")]
    [InlineData("AdditionalWeeklyCostDescription", "", "AdditionalWeeklyCostDescription", "Enter what the additional weekly cost is for, like Support worker")]
    [InlineData("AdditionalWeeklyCostFundingSource", "Lottery", "AdditionalWeeklyCostFundingSource", "'Lottery' is not a known funding source: enter BaseBudget, UascGrant, EducationContribution or HealthContribution, or leave it blank for the placement's")]
    [InlineData("AdditionalWeeklyCostFrom", "31/03/2025", "AdditionalWeeklyCostFrom", "The date the additional weekly cost starts must be on or after the start date")]
    [InlineData("AdditionalWeeklyCostFrom", "01/10/2025", "AdditionalWeeklyCostFrom", "The date the additional weekly cost starts must be before the end date")]
    [InlineData("AdditionalWeeklyCostTo", "02/10/2025", "AdditionalWeeklyCostTo", "The date the additional weekly cost stops must be no later than the end date")]
    [InlineData("AdditionalWeeklyCostTo", "01/04/2025", "AdditionalWeeklyCostTo", "The date the additional weekly cost stops must be after the date it starts")]
    public void Row_BadWeeklyCost_IsNamedWithItsColumn(string column, string value, string errorColumn, string message)
    {
        var values = new Dictionary<string, string>(Good()) { ["AdditionalWeeklyCost"] = "150", ["AdditionalWeeklyCostDescription"] = "Support worker" };
        values[column] = value;
        Assert.Equal(new ImportCellError(errorColumn, message), OneError(values));
    }

    [Fact]
    public void Row_WeeklyCostDetailsWithoutAnAmount_AreErrors()
    {
        var (_, errors) = Parse(new(Good()) { ["AdditionalWeeklyCostDescription"] = "Support worker", ["AdditionalWeeklyCostFrom"] = "01/05/2025" });
        Assert.Equal(["AdditionalWeeklyCostDescription", "AdditionalWeeklyCostFrom"], errors.Select(e => e.Column));
    }

    [Fact]
    public void Header_OptionalColumns_InAnyOrder_OnceEach()
    {
        Assert.Null(PlacementImportRow.CheckHeader(PlacementImportRow.TemplateColumns));
        Assert.Null(PlacementImportRow.CheckHeader([.. PlacementImportRow.Columns, "UascGrantShare", "WeeklyFeeFrom"]));
        Assert.Contains("more than once UascGrantShare", PlacementImportRow.CheckHeader([.. PlacementImportRow.Columns, "UascGrantShare", "uascgrantshare"]));
        Assert.Contains("not expected GrantShare", PlacementImportRow.CheckHeader([.. PlacementImportRow.Columns, "GrantShare"]));
    }

    private static Placement Started(long weeklyPence = 1000_01) => PlacementAdditionalCostsTests.Start("2025-03-25", weeklyPence);

    private static void Ids(Placement placement)
    {
        var id = 1;
        foreach (var share in placement.FundingShares) typeof(PlacementFundingShare).GetProperty(nameof(PlacementFundingShare.Id))!.SetValue(share, id++);
        foreach (var cost in placement.AdditionalCosts) typeof(PlacementAdditionalCost).GetProperty(nameof(PlacementAdditionalCost.Id))!.SetValue(cost, id++);
    }

    private static long Pence(Placement p, FundingSource source, int year) =>
        PlacementCostLines.For(p, Today, 1).Where(l => l.FundingSource == source).Sum(l => l.CostIn(new FinancialYear(year), D("2030-01-01")).Pence);

    [Fact]
    public void ImportFundingSplit_HalfAPennyAWeek_RoundsDownToTheShare_AndThePartsAddUpToTheFee()
    {
        // 50% of £1,000.01 is £500.005 a week: the share gets £500.00, the half penny stays with the main source.
        var placement = Started();
        Assert.True(placement.ImportFundingSplit([new(FundingSource.UascGrant, null, 5000)], [FundingSource.UascGrant], null, Today));
        var share = Assert.Single(placement.FundingShares);
        Assert.Equal(Money.FromPence(500_00), share.WeeklyUnder(placement.CurrentWeeklyFee));
        placement.EndWithoutReason(D("2025-04-05"));
        // 2024-25: 25 to 31 March, 7 nights; 2025-26: 1 to 4 April, 4 nights.
        Assert.Equal(NightCosting.CostOfNights(Money.FromPence(500_00), 7).Pence, Pence(placement, FundingSource.UascGrant, 2024));
        Assert.Equal(NightCosting.CostOfNights(Money.FromPence(500_00), 4).Pence, Pence(placement, FundingSource.UascGrant, 2025));
        foreach (var year in new[] { 2024, 2025 })
            Assert.Equal(NightCosting.CostOfNights(Money.FromPence(1000_01), year == 2024 ? 7 : 4).Pence,
                Pence(placement, FundingSource.UascGrant, year) + Pence(placement, FundingSource.BaseBudget, year));
    }

    [Fact]
    public void ImportFundingSplit_Again_ChangesNothing_AChangeIsACorrection_AZeroRemoves_ABlankKeeps()
    {
        FundingSource[] both = [FundingSource.UascGrant, FundingSource.EducationContribution];
        var placement = Started();
        placement.ImportFundingSplit([new(FundingSource.UascGrant, null, 6000), new(FundingSource.EducationContribution, Money.FromPence(300_00), null)], both, null, Today);
        Ids(placement);
        var version = placement.Version;
        Assert.False(placement.ImportFundingSplit([new(FundingSource.UascGrant, null, 6000), new(FundingSource.EducationContribution, Money.FromPence(300_00), null)], both, null, Today));
        Assert.Equal(version, placement.Version);
        Assert.Empty(placement.Corrections);

        // 60% + £300 to 40% + £500: the grant's part goes down first, so the split never passes the fee on the way.
        Assert.True(placement.ImportFundingSplit([new(FundingSource.UascGrant, null, 4000), new(FundingSource.EducationContribution, Money.FromPence(500_00), null)], both, null, Today));
        Assert.Equal(["UascGrant: 40% from 2025-03-25", "EducationContribution: £500.00 a week from 2025-03-25"], placement.Corrections.Select(c => c.NewValue));
        Assert.All(placement.Corrections, c => Assert.Equal(("FundingShare", Placement.ImportCorrectionReason), (c.Field, c.Reason)));

        // The grant's cell blank: the row says nothing about it, so the grant's part is kept (a share added on the
        // placement's page survives a re-import of the original extract), and nothing changes.
        var corrections = placement.Corrections.Count;
        Assert.False(placement.ImportFundingSplit([new(FundingSource.EducationContribution, Money.FromPence(500_00), null)], [FundingSource.EducationContribution], null, Today));
        Assert.Equal(2, placement.FundingShares.Count);
        Assert.Equal(corrections, placement.Corrections.Count);

        // The grant's cell 0: the row says the grant pays nothing, so its part is removed, as a correction.
        Assert.True(placement.ImportFundingSplit([new(FundingSource.EducationContribution, Money.FromPence(500_00), null)], both, null, Today));
        Assert.Equal(FundingSource.EducationContribution, Assert.Single(placement.FundingShares).FundingSource);
        Assert.Equal("removed", placement.Corrections[^1].NewValue);
    }

    [Fact]
    public void ImportFundingSplit_OverTheFee_IsReportedUnderTheShareColumn()
    {
        var placement = Started();
        placement.ChangeFee(D("2025-06-01"), Money.FromPence(200_00));
        var error = Assert.Throws<DomainException>(() => placement.ImportFundingSplit([new(FundingSource.HealthContribution, Money.FromPence(300_00), null)], [FundingSource.HealthContribution], null, Today));
        Assert.Equal("HealthContributionShare", error.Field);
        Assert.Empty(placement.FundingShares);
    }

    [Fact]
    public void ImportWeeklyCost_Again_ChangesNothing_AChangedAmountIsACorrection_ADifferentDescriptionIsRefused()
    {
        var placement = Started();
        var cost = new ImportedWeeklyCost("Support worker", FundingSource.HealthContribution, D("2025-04-01"), null, Money.FromPence(150_00));
        Assert.True(placement.ImportWeeklyCost(cost, Today));
        Ids(placement);
        Assert.False(placement.ImportWeeklyCost(cost with { Description = "support WORKER" }, Today));
        Assert.True(placement.ImportWeeklyCost(cost with { WeeklyAmount = Money.FromPence(175_00) }, Today));
        var correction = Assert.Single(placement.Corrections);
        Assert.Equal(("AdditionalCost", "Support worker: £175.00 a week from 2025-04-01"), (correction.Field, correction.NewValue));
        Assert.Equal("AdditionalWeeklyCostDescription", Assert.Throws<DomainException>(() => placement.ImportWeeklyCost(cost with { Description = "Respite" }, Today)).Field);
        Assert.Equal("AdditionalWeeklyCostFundingSource", Assert.Throws<DomainException>(() => placement.ImportWeeklyCost(cost with { FundingSource = FundingSource.BaseBudget }, Today)).Field);
        Assert.Single(placement.AdditionalCosts);
    }

    [Fact]
    public void ImportFundingSplit_BlankFrom_KeepsThePartsDatesSetOnThePage_AGivenFromMovesTheStart()
    {
        var placement = Started();
        placement.ImportFundingSplit([new(FundingSource.UascGrant, null, 6000)], [FundingSource.UascGrant], null, Today);
        Ids(placement);
        var share = Assert.Single(placement.FundingShares);
        // Ended on the placement's page: the grant stops paying on 1 October 2025.
        placement.CorrectFundingShare(share.Id, share.From, D("2025-10-01"), null, 6000, "Grant ends", Today);
        var corrections = placement.Corrections.Count;

        // The original extract again (same share, FundingSplitFrom blank): nothing changes, the end is kept.
        Assert.False(placement.ImportFundingSplit([new(FundingSource.UascGrant, null, 6000)], [FundingSource.UascGrant], null, Today));
        Assert.Equal(D("2025-10-01"), Assert.Single(placement.FundingShares).To);
        Assert.Equal(corrections, placement.Corrections.Count);

        // A changed share keeps the held dates; a given FundingSplitFrom moves the start and still keeps the end.
        Assert.True(placement.ImportFundingSplit([new(FundingSource.UascGrant, null, 5000)], [FundingSource.UascGrant], null, Today));
        Assert.Equal((D("2025-03-25"), (DateOnly?)D("2025-10-01"), (int?)5000), (placement.FundingShares[0].From, placement.FundingShares[0].To, placement.FundingShares[0].ShareBasisPoints));
        Assert.True(placement.ImportFundingSplit([new(FundingSource.UascGrant, null, 5000)], [FundingSource.UascGrant], D("2025-05-01"), Today));
        Assert.Equal((D("2025-05-01"), (DateOnly?)D("2025-10-01")), (placement.FundingShares[0].From, placement.FundingShares[0].To));
    }

    [Fact]
    public void ImportWeeklyCost_BlankDates_KeepTheDatesSetOnThePage()
    {
        var placement = Started();
        var fromFile = new ImportedWeeklyCost("Support worker", FundingSource.HealthContribution, D("2025-03-25"), null, Money.FromPence(150_00), FromGiven: false, ToGiven: false);
        Assert.True(placement.ImportWeeklyCost(fromFile, Today));
        Ids(placement);
        var cost = Assert.Single(placement.AdditionalCosts);
        placement.CorrectAdditionalCost(cost.Id, cost.Amount, D("2025-04-07"), D("2025-09-01"), "Support worker from 7 April to August", Today);
        var corrections = placement.Corrections.Count;

        Assert.False(placement.ImportWeeklyCost(fromFile, Today));
        Assert.Equal((D("2025-04-07"), (DateOnly?)D("2025-09-01")), (placement.AdditionalCosts[0].From, placement.AdditionalCosts[0].To));
        Assert.Equal(corrections, placement.Corrections.Count);

        // A changed amount keeps the held dates; dates the file gives are applied.
        Assert.True(placement.ImportWeeklyCost(fromFile with { WeeklyAmount = Money.FromPence(160_00) }, Today));
        Assert.Equal((D("2025-04-07"), (DateOnly?)D("2025-09-01")), (placement.AdditionalCosts[0].From, placement.AdditionalCosts[0].To));
        Assert.True(placement.ImportWeeklyCost(fromFile with { WeeklyAmount = Money.FromPence(160_00), To = D("2025-08-01"), ToGiven = true }, Today));
        Assert.Equal(D("2025-08-01"), placement.AdditionalCosts[0].To);
    }
}
