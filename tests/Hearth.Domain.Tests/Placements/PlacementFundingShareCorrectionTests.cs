using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Placements;

/// <summary>Correcting and removing a part of the funding split: recorded as corrections, re-costed, bad input changes nothing.</summary>
public class PlacementFundingShareCorrectionTests
{
    private static readonly DateOnly Today = D("2026-11-25");

    private static (Placement Placement, PlacementFundingShare Share) WithShare(int id = 5)
    {
        var placement = PlacementAdditionalCostsTests.Start("2025-03-25", 850_01);
        var share = placement.AddFundingShare(FundingSource.EducationContribution, D("2025-03-25"), null, null, 2500, Today);
        typeof(PlacementFundingShare).GetProperty(nameof(PlacementFundingShare.Id))!.SetValue(share, id);
        return (placement, share);
    }

    private static long Pence(Placement p, FundingSource source, int year) =>
        PlacementCostLines.For(p, Today, 1).Where(l => l.FundingSource == source).Sum(l => l.CostIn(new FinancialYear(year), D("2030-01-01")).Pence);

    [Fact]
    public void CorrectFundingShare_ShareToAmountAndEndDate_RecordedOldToNewAndTheYearsReCost()
    {
        var (placement, share) = WithShare();
        placement.End(D("2025-04-04"), "CARPL", true, EndingRequestedBy.Authority);
        var version = placement.Version;

        // From 25% (£212.50 a week) to £100.01 a week for 29 March to 2 April only: 3 nights in 2024-25, 1 in 2025-26.
        placement.CorrectFundingShare(5, D("2025-03-29"), D("2025-04-02"), Money.FromPence(100_01), null, "Only the weekend was agreed", Today);

        Assert.Equal(version + 1, placement.Version);
        var correction = Assert.Single(placement.Corrections);
        Assert.Equal(("FundingShare", "EducationContribution: 25% from 2025-03-25", "EducationContribution: £100.01 a week from 2025-03-29 to 2025-04-02", "Only the weekend was agreed"),
            (correction.Field, correction.OldValue, correction.NewValue, correction.Reason));
        Assert.Equal(NightCosting.CostOfNights(Money.FromPence(100_01), 3).Pence, Pence(placement, FundingSource.EducationContribution, 2024));
        Assert.Equal(NightCosting.CostOfNights(Money.FromPence(100_01), 1).Pence, Pence(placement, FundingSource.EducationContribution, 2025));
        Assert.Equal(NightCosting.CostOfNights(Money.FromPence(850_01), 7).Pence,
            Pence(placement, FundingSource.EducationContribution, 2024) + Pence(placement, FundingSource.BaseBudget, 2024));
    }

    [Fact]
    public void CorrectFundingShare_BadInput_SpecificFieldErrorAndNothingChanges()
    {
        var (placement, share) = WithShare();
        placement.AddFundingShare(FundingSource.HealthContribution, D("2025-06-01"), null, Money.FromPence(600_00), null, Today);
        var version = placement.Version;
        DomainException Fails(Action act) => Assert.Throws<DomainException>(act);

        Assert.Equal("ShareId", Fails(() => placement.CorrectFundingShare(99, D("2025-03-25"), null, null, 3000, "x", Today)).Field);
        Assert.Equal("Amount", Fails(() => placement.CorrectFundingShare(5, D("2025-03-25"), null, Money.FromPence(1), 3000, "x", Today)).Field);
        Assert.Equal("Share", Fails(() => placement.CorrectFundingShare(5, D("2025-03-25"), null, null, 10_001, "x", Today)).Field);
        Assert.Equal("From", Fails(() => placement.CorrectFundingShare(5, D("2025-03-24"), null, null, 3000, "x", Today)).Field);
        Assert.Equal("To", Fails(() => placement.CorrectFundingShare(5, D("2025-04-01"), D("2025-04-01"), null, 3000, "x", Today)).Field);
        Assert.Equal("Amount", Fails(() => placement.CorrectFundingShare(5, D("2025-03-25"), null, Money.FromPence(850_02), null, "x", Today)).Field);
        Assert.Equal("Share", Fails(() => placement.CorrectFundingShare(5, D("2025-03-25"), null, null, 2500, "x", Today)).Field); // the same
        Assert.Equal("Reason", Fails(() => placement.CorrectFundingShare(5, D("2025-03-25"), null, null, 3000, "  ", Today)).Field);
        // £600 a week from health plus 30% (£255.00) would be £855.00, more than the fee of £850.01 from 1 June.
        var over = Fails(() => placement.CorrectFundingShare(5, D("2025-03-25"), null, null, 3000, "x", Today));
        Assert.Equal(("Share", "From 1 June 2025 the other funding sources would pay £855.00 a week, more than the weekly fee of £850.01"), (over.Field, over.Message));

        Assert.Equal((D("2025-03-25"), (DateOnly?)null, (Money?)null, (int?)2500), (share.From, share.To, share.WeeklyAmount, share.ShareBasisPoints));
        Assert.Equal(version, placement.Version);
        Assert.Empty(placement.Corrections);
    }

    [Fact]
    public void RemoveFundingShare_ItsPenceGoBackToTheMainSourceAndTheRemovalIsRecorded()
    {
        var (placement, _) = WithShare();
        placement.End(D("2025-04-04"), "CARPL", true, EndingRequestedBy.Authority);
        Assert.Equal("Reason", Assert.Throws<DomainException>(() => placement.RemoveFundingShare(5, "", Today)).Field);
        Assert.Equal("ShareId", Assert.Throws<DomainException>(() => placement.RemoveFundingShare(6, "Recorded on the wrong placement", Today)).Field);
        Assert.Single(placement.FundingShares);

        placement.RemoveFundingShare(5, "Recorded on the wrong placement", Today);

        Assert.Empty(placement.FundingShares);
        Assert.Equal(0, Pence(placement, FundingSource.EducationContribution, 2024));
        Assert.Equal(NightCosting.CostOfNights(Money.FromPence(850_01), 7).Pence, Pence(placement, FundingSource.BaseBudget, 2024));
        var correction = Assert.Single(placement.Corrections);
        Assert.Equal(("EducationContribution: 25% from 2025-03-25", "removed", "Recorded on the wrong placement"), (correction.OldValue, correction.NewValue, correction.Reason));
    }
}
