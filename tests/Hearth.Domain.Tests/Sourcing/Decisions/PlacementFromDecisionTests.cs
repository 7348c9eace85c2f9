using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Decisions;

namespace Hearth.Domain.Tests.Sourcing.Decisions;

public class PlacementFromDecisionTests
{
    private static readonly DateOnly Today = new(2026, 3, 31);

    private static CallOffDecision Saved(DecisionOption option, int id = 44)
    {
        var decision = CallOffDecision.Freeze(1, 7, [3], [], [option], option.Key, "A rationale long enough to record", 11, "B", DateTimeOffset.UnixEpoch);
        typeof(CallOffDecision).GetProperty(nameof(CallOffDecision.Id))!.SetValue(decision, id);
        return decision;
    }

    [Theory]
    [InlineData(true, false, KeyServiceLine.Asylum, FundingSource.UascGrant)]
    [InlineData(true, true, KeyServiceLine.Asylum, FundingSource.UascGrant)]
    [InlineData(false, true, KeyServiceLine.LookedAfterChildrenWithDisability, FundingSource.BaseBudget)]
    [InlineData(false, false, KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget)]
    public void FundingFor_ChildFacts_SetsLineAndFunding(bool uasc, bool disabled, KeyServiceLine line, FundingSource funding) =>
        Assert.Equal((line, funding), PlacementFromDecision.FundingFor(uasc, disabled));

    [Fact]
    public void Create_FrameworkOffer_IsFrameworkRouteWithProviderAndFee()
    {
        var option = CallOffDecisionTests.Offer("offer-1", 5, 91234);
        var placement = Assert.Single(PlacementFromDecision.Create(Saved(option), option, [new(3, false, false)], PlacementTypeSought.LongTerm,
            new DateOnly(2026, 4, 1), 5, Today));

        Assert.Equal(PlacementRoute.Framework, placement.Route);
        Assert.Equal(5, placement.ProviderId);
        Assert.Equal(9, placement.FrameworkId);
        Assert.Equal(Money.FromPence(91234), placement.CurrentWeeklyFee);
        Assert.Equal(new DateOnly(2026, 4, 1), placement.StartDate);
        Assert.Equal("U4", placement.PlaceCode);
        Assert.Equal(44, placement.CallOffDecisionId);
        Assert.Equal(KeyServiceLine.LookedAfterChildren, placement.KeyServiceLine);
    }

    [Fact]
    public void Create_InHouseOwnedByAuthority_IsInHouseWithoutProvider()
    {
        var option = CallOffDecisionTests.InHouse();
        var placement = Assert.Single(PlacementFromDecision.Create(Saved(option), option, [new(3, true, false)], null, null, 1, Today));

        Assert.Equal(PlacementRoute.InHouse, placement.Route);
        Assert.Null(placement.ProviderId);
        Assert.Equal(KeyServiceLine.Asylum, placement.KeyServiceLine);
        Assert.Equal(FundingSource.UascGrant, placement.FundingSource);
        Assert.Equal(PlacementCategory.SeparatedChildren, placement.Category);
        Assert.Equal(Today, placement.StartDate);
    }

    [Fact]
    public void Create_InHouseOwnedBySomeoneElse_IsRefused()
    {
        var option = CallOffDecisionTests.InHouse();
        Assert.Throws<DomainException>(() => PlacementFromDecision.Create(Saved(option), option, [new(3, false, false)], null, null, 2, Today));
    }

    [Fact]
    public void Create_SiblingGroup_OnePlacementPerChild()
    {
        var option = CallOffDecisionTests.InHouse();
        var placements = PlacementFromDecision.Create(Saved(option), option, [new(3, false, false), new(4, false, true)], null, null, 1, Today);

        Assert.Equal(2, placements.Count);
        Assert.Equal(KeyServiceLine.LookedAfterChildrenWithDisability, placements[1].KeyServiceLine);
        Assert.Equal(PlacementCategory.DisabilityOrComplexHealth, placements[1].Category);
    }

    [Fact]
    public void Create_UnsavedDecision_Throws()
    {
        var option = CallOffDecisionTests.InHouse();
        Assert.Throws<InvalidOperationException>(() => PlacementFromDecision.Create(Saved(option, 0), option, [new(3, false, false)], null, null, 1, Today));
    }

    [Fact]
    public void Create_SpotPurchase_IsSpotRoute()
    {
        var spot = new DecisionOption("spot-1", DecisionOptionKind.Spot, 8, "Spot Ltd", null, "SP-1", Money.FromPence(120000), Money.Zero, null,
            PriceCheck.Against(Money.FromPence(120000), Money.FromPence(130000), "band"), []);
        var placement = Assert.Single(PlacementFromDecision.Create(Saved(spot), spot, [new(3, false, false)], null, null, null, Today));

        Assert.Equal(PlacementRoute.Spot, placement.Route);
        Assert.Null(placement.FrameworkId);
    }

    [Theory]
    [InlineData(null, null, "2026-03-31")]
    [InlineData("2026-03-30", null, "2026-03-31")]
    [InlineData("2026-04-01", "2026-03-31", "2026-04-01")]
    [InlineData("2026-04-01", "2028-02-29", "2028-02-29")]
    public void StartFor_LaterOfNeededEarliestAndToday(string? needed, string? earliest, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PlacementFromDecision.StartFor(
            needed is null ? null : DateOnly.Parse(needed, System.Globalization.CultureInfo.InvariantCulture),
            earliest is null ? null : DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Theory]
    [InlineData(false, false, PlacementTypeSought.ParentAndChild, PlacementCategory.ParentAndChild)]
    [InlineData(false, false, PlacementTypeSought.StepDown, PlacementCategory.EnhancedOrStepDown)]
    [InlineData(false, false, PlacementTypeSought.Emergency, PlacementCategory.Standard)]
    public void CategoryFor_PlacementType(bool uasc, bool disabled, PlacementTypeSought type, PlacementCategory expected) =>
        Assert.Equal(expected, PlacementFromDecision.CategoryFor(uasc, disabled, type));

    [Fact]
    public void Recode_ByFinance_RecordsCorrections()
    {
        var option = CallOffDecisionTests.InHouse();
        var placement = Assert.Single(PlacementFromDecision.Create(Saved(option), option, [new(3, false, false)], null, null, 1, Today));

        placement.Recode(KeyServiceLine.Asylum, FundingSource.UascGrant, "Found to be UASC", Today);

        Assert.Equal(KeyServiceLine.Asylum, placement.KeyServiceLine);
        Assert.Equal(2, placement.Corrections.Count);
        Assert.Throws<DomainException>(() => placement.Recode(KeyServiceLine.Asylum, FundingSource.UascGrant, "Same", Today));
        Assert.Throws<DomainException>(() => placement.Recode(KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget, " ", Today));
    }
}
