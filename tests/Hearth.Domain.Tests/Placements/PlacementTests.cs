using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Placements;

public class PlacementTests
{
    private const int Provider = 7;
    private const int Framework = 3;

    private static Placement Start(
        PlacementRoute route = PlacementRoute.Framework, int? providerId = Provider, int? frameworkId = Framework,
        string start = "2025-01-06", long weeklyPence = 82_000, string? plannedEnd = null) =>
        Placement.Start(1, 2, route, providerId, householdId: 11, frameworkId, PlacementCategory.Standard, "U6",
            KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget, D(start), Money.FromPence(weeklyPence),
            OptionalD(plannedEnd));

    // ---- Start --------------------------------------------------------------------------------------------------

    [Fact]
    public void Start_FrameworkCallOff_OpensWithOneFeePeriodFromStart()
    {
        var placement = Start(plannedEnd: "2026-01-06");

        Assert.Equal(1, placement.AuthorityId);
        Assert.Equal(2, placement.ChildId);
        Assert.Equal(PlacementRoute.Framework, placement.Route);
        Assert.Equal(Provider, placement.ProviderId);
        Assert.Equal(11, placement.HouseholdId);
        Assert.Equal(Framework, placement.FrameworkId);
        Assert.Equal(PlacementCategory.Standard, placement.Category);
        Assert.Equal("U6", placement.PlaceCode);
        Assert.Equal(KeyServiceLine.LookedAfterChildren, placement.KeyServiceLine);
        Assert.Equal(FundingSource.BaseBudget, placement.FundingSource);
        Assert.Equal(D("2025-01-06"), placement.StartDate);
        Assert.Null(placement.EndDate);
        Assert.Equal(D("2026-01-06"), placement.PlannedEndDate);
        var period = Assert.Single(placement.FeePeriods);
        Assert.Equal(D("2025-01-06"), period.EffectiveFrom);
        Assert.Equal(Money.FromPence(82_000), period.WeeklyFee);
        Assert.Equal(Money.FromPence(82_000), placement.CurrentWeeklyFee);
        Assert.Equal(0, placement.Version);
    }

    [Fact]
    public void Start_InHouseWithoutProviderOrFramework_IsAccepted()
    {
        var placement = Start(PlacementRoute.InHouse, providerId: null, frameworkId: null);

        Assert.Equal(PlacementRoute.InHouse, placement.Route);
        Assert.Null(placement.ProviderId);
        Assert.Null(placement.FrameworkId);
    }

    [Fact]
    public void Start_InHouseWithProvider_ThrowsOnProviderId()
    {
        var exception = Assert.Throws<DomainException>(() => Start(PlacementRoute.InHouse, providerId: Provider, frameworkId: null));

        Assert.Equal(nameof(Placement.ProviderId), exception.Field);
        Assert.Equal("An in-house placement has no provider", exception.Message);
    }

    [Theory]
    [InlineData(PlacementRoute.Framework)]
    [InlineData(PlacementRoute.Spot)]
    [InlineData(PlacementRoute.Block)]
    public void Start_AgencyRouteWithoutProvider_ThrowsOnProviderId(PlacementRoute route)
    {
        var exception = Assert.Throws<DomainException>(() => Start(route, providerId: null));

        Assert.Equal(nameof(Placement.ProviderId), exception.Field);
        Assert.Equal("Select the provider", exception.Message);
    }

    [Fact]
    public void Start_FrameworkRouteWithoutFramework_ThrowsOnFrameworkId()
    {
        var exception = Assert.Throws<DomainException>(() => Start(PlacementRoute.Framework, frameworkId: null));

        Assert.Equal(nameof(Placement.FrameworkId), exception.Field);
        Assert.Equal("Select the framework the placement was called off", exception.Message);
    }

    [Theory]
    [InlineData(PlacementRoute.Spot)]
    [InlineData(PlacementRoute.Block)]
    public void Start_OffFrameworkAgencyRouteWithoutFramework_IsAccepted(PlacementRoute route)
    {
        var placement = Start(route, frameworkId: null);

        Assert.Equal(route, placement.Route);
        Assert.Null(placement.FrameworkId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Start_UndefinedRoute_ThrowsOnRoute(int route)
    {
        var exception = Assert.Throws<DomainException>(() => Start((PlacementRoute)route));

        Assert.Equal(nameof(Placement.Route), exception.Field);
    }

    [Theory]
    [InlineData("2025-01-06")] // on the start date
    [InlineData("2025-01-05")] // before it
    public void Start_PlannedEndOnOrBeforeStart_ThrowsOnPlannedEndDate(string plannedEnd)
    {
        var exception = Assert.Throws<DomainException>(() => Start(start: "2025-01-06", plannedEnd: plannedEnd));

        Assert.Equal(nameof(Placement.PlannedEndDate), exception.Field);
        Assert.Equal("The planned end date must be after the start date", exception.Message);
    }

    [Fact]
    public void Start_PlannedEndDayAfterStart_IsAccepted()
    {
        Assert.Equal(D("2025-01-07"), Start(start: "2025-01-06", plannedEnd: "2025-01-07").PlannedEndDate);
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(-82_000L)]
    public void Start_NegativeFee_ThrowsOnWeeklyFee(long weeklyPence)
    {
        var exception = Assert.Throws<DomainException>(() => Start(weeklyPence: weeklyPence));

        Assert.Equal("WeeklyFee", exception.Field);
        Assert.Equal("The weekly fee must be £0 or more", exception.Message);
    }

    [Theory]
    [InlineData(20_000_01L)]
    [InlineData(long.MaxValue)]
    public void Start_FeeOverTwentyThousandPounds_ThrowsOnWeeklyFee(long weeklyPence)
    {
        var exception = Assert.Throws<DomainException>(() => Start(weeklyPence: weeklyPence));

        Assert.Equal("WeeklyFee", exception.Field);
        Assert.Equal("The weekly fee must be £20,000.00 or less", exception.Message);
    }

    [Theory]
    [InlineData(20_000_00L)] // exactly the maximum
    [InlineData(0L)] // e.g. a placement funded elsewhere
    [InlineData(1L)]
    public void Start_FeeFromZeroToTwentyThousandPounds_IsAccepted(long weeklyPence)
    {
        Assert.Equal(Money.FromPence(weeklyPence), Start(weeklyPence: weeklyPence).CurrentWeeklyFee);
        Assert.Equal(Money.FromPence(20_000_00), Placement.MaximumWeeklyFee);
    }

    // ---- ChangeFee ----------------------------------------------------------------------------------------------

    [Fact]
    public void ChangeFee_DayAfterStart_AddsPeriodAndBecomesCurrent()
    {
        var placement = Start(start: "2025-01-06");

        placement.ChangeFee(D("2025-01-07"), Money.FromPence(85_000));

        Assert.Collection(placement.FeePeriods,
            p => { Assert.Equal(D("2025-01-06"), p.EffectiveFrom); Assert.Equal(Money.FromPence(82_000), p.WeeklyFee); },
            p => { Assert.Equal(D("2025-01-07"), p.EffectiveFrom); Assert.Equal(Money.FromPence(85_000), p.WeeklyFee); });
        Assert.Equal(Money.FromPence(85_000), placement.CurrentWeeklyFee);
        Assert.Equal(1, placement.Version);
    }

    [Fact]
    public void ChangeFee_SeveralChanges_CurrentIsTheLatest()
    {
        var placement = Start(start: "2025-01-06");

        placement.ChangeFee(D("2025-04-01"), Money.FromPence(85_000));
        placement.ChangeFee(D("2025-09-17"), Money.FromPence(79_500));
        placement.ChangeFee(D("2026-04-01"), Money.Zero);

        Assert.Equal(4, placement.FeePeriods.Count);
        Assert.Equal(Money.Zero, placement.CurrentWeeklyFee);
        Assert.Equal(3, placement.Version);
    }

    [Theory]
    [InlineData("2025-01-06")] // on the start date
    [InlineData("2025-01-05")]
    public void ChangeFee_OnOrBeforeStart_ThrowsOnEffectiveFrom(string effectiveFrom)
    {
        var placement = Start(start: "2025-01-06");

        var exception = Assert.Throws<DomainException>(() => placement.ChangeFee(D(effectiveFrom), Money.FromPence(85_000)));

        Assert.Equal("EffectiveFrom", exception.Field);
        Assert.Equal("A fee change must take effect after the placement started", exception.Message);
        Assert.Single(placement.FeePeriods);
        Assert.Equal(0, placement.Version);
    }

    [Theory]
    [InlineData("2025-04-01")] // on the same day as the last change
    [InlineData("2025-03-31")] // before it
    public void ChangeFee_NotAfterLastChange_ThrowsOnEffectiveFrom(string effectiveFrom)
    {
        var placement = Start(start: "2025-01-06");
        placement.ChangeFee(D("2025-04-01"), Money.FromPence(85_000));

        var exception = Assert.Throws<DomainException>(() => placement.ChangeFee(D(effectiveFrom), Money.FromPence(90_000)));

        Assert.Equal("EffectiveFrom", exception.Field);
        Assert.Equal("A fee change must take effect after the last one", exception.Message);
        Assert.Equal(2, placement.FeePeriods.Count);
        Assert.Equal(Money.FromPence(85_000), placement.CurrentWeeklyFee);
    }

    [Theory]
    [InlineData("2025-06-30")] // on the end date (the day the child left)
    [InlineData("2025-07-01")] // after it
    public void ChangeFee_OnOrAfterEnd_ThrowsOnEffectiveFrom(string effectiveFrom)
    {
        var placement = Start(start: "2025-01-06");
        placement.End(D("2025-06-30"), "CARPL", true, EndingRequestedBy.Authority);

        var exception = Assert.Throws<DomainException>(() => placement.ChangeFee(D(effectiveFrom), Money.FromPence(85_000)));

        Assert.Equal("EffectiveFrom", exception.Field);
        Assert.Equal("A fee change must take effect before the placement ended", exception.Message);
        Assert.Single(placement.FeePeriods);
    }

    [Fact]
    public void ChangeFee_DayBeforeEnd_IsAcceptedAndCostsTheLastNight()
    {
        var placement = Start(start: "2025-01-06");
        placement.End(D("2025-06-30"), "CARPL", true, EndingRequestedBy.Authority);

        placement.ChangeFee(D("2025-06-29"), Money.FromPence(85_000));

        Assert.Equal(D("2025-06-29"), placement.FeePeriods[^1].EffectiveFrom);
        Assert.Equal(Money.FromPence(85_000), placement.CurrentWeeklyFee);
    }

    [Theory]
    [InlineData(-1L, "The weekly fee must be £0 or more")]
    [InlineData(20_000_01L, "The weekly fee must be £20,000.00 or less")]
    public void ChangeFee_FeeOutOfRange_ThrowsOnWeeklyFee(long weeklyPence, string message)
    {
        var placement = Start(start: "2025-01-06");

        var exception = Assert.Throws<DomainException>(() => placement.ChangeFee(D("2025-04-01"), Money.FromPence(weeklyPence)));

        Assert.Equal("WeeklyFee", exception.Field);
        Assert.Equal(message, exception.Message);
        Assert.Single(placement.FeePeriods);
    }

    [Fact]
    public void ChangeFee_ToExactlyTwentyThousandPounds_IsAccepted()
    {
        var placement = Start(start: "2025-01-06");

        placement.ChangeFee(D("2025-04-01"), Money.FromPence(20_000_00));

        Assert.Equal(Money.FromPence(20_000_00), placement.CurrentWeeklyFee);
    }

    // ---- End ----------------------------------------------------------------------------------------------------

    [Fact]
    public void End_DayAfterStart_EndsWithOneNight()
    {
        var placement = Start(start: "2025-01-06");

        placement.End(D("2025-01-07"), "CARPL", true, EndingRequestedBy.Authority);

        Assert.Equal(D("2025-01-07"), placement.EndDate);
        Assert.Equal(1, placement.Version);
    }

    [Theory]
    [InlineData("2025-01-06")] // on the start date: no nights
    [InlineData("2025-01-05")]
    public void End_OnOrBeforeStart_ThrowsOnEndDate(string leftOn)
    {
        var placement = Start(start: "2025-01-06");

        var exception = Assert.Throws<DomainException>(() => placement.End(D(leftOn), "CARPL", true, EndingRequestedBy.Authority));

        Assert.Equal(nameof(Placement.EndDate), exception.Field);
        Assert.Equal("The end date must be after the start date", exception.Message);
        Assert.Null(placement.EndDate);
        Assert.Equal(0, placement.Version);
    }

    [Fact]
    public void End_Twice_ThrowsAndKeepsFirstEnd()
    {
        var placement = Start(start: "2025-01-06");
        placement.End(D("2025-06-30"), "CARPL", true, EndingRequestedBy.Authority);

        var exception = Assert.Throws<DomainException>(() => placement.End(D("2025-07-31"), "CARPL", true, EndingRequestedBy.Authority));

        Assert.Equal(nameof(Placement.EndDate), exception.Field);
        Assert.Equal("The placement has already ended. To change the date, correct it", exception.Message);
        Assert.Equal(D("2025-06-30"), placement.EndDate);
        Assert.Equal(1, placement.Version);
    }

    [Theory]
    [InlineData("2025-04-01")] // on the day of the last fee change: that period would have no nights
    [InlineData("2025-03-15")] // before it
    public void End_NotAfterLastFeeChange_ThrowsOnEndDate(string leftOn)
    {
        var placement = Start(start: "2025-01-06");
        placement.ChangeFee(D("2025-04-01"), Money.FromPence(85_000));

        var exception = Assert.Throws<DomainException>(() => placement.End(D(leftOn), "CARPL", true, EndingRequestedBy.Authority));

        Assert.Equal(nameof(Placement.EndDate), exception.Field);
        Assert.Equal("The end date must be after the latest fee change", exception.Message);
        Assert.Null(placement.EndDate);
    }

    [Fact]
    public void End_DayAfterLastFeeChange_IsAccepted()
    {
        var placement = Start(start: "2025-01-06");
        placement.ChangeFee(D("2025-04-01"), Money.FromPence(85_000));

        placement.End(D("2025-04-02"), "CARPL", true, EndingRequestedBy.Authority);

        Assert.Equal(D("2025-04-02"), placement.EndDate);
    }

    [Theory]
    [InlineData("2025-01-05", false)]
    [InlineData("2025-01-06", true)] // the first night
    [InlineData("2025-06-29", true)] // the last night
    [InlineData("2025-06-30", false)] // the day the child left: exclusive
    [InlineData("2025-07-01", false)]
    public void IsLiveOn_EndedPlacement_IsTrueFromStartUntilTheDayBeforeEnd(string date, bool expected)
    {
        var placement = Start(start: "2025-01-06");
        placement.End(D("2025-06-30"), "CARPL", true, EndingRequestedBy.Authority);

        Assert.Equal(expected, placement.IsLiveOn(D(date)));
    }

    [Theory]
    [InlineData("2025-01-05", false)]
    [InlineData("2025-01-06", true)]
    [InlineData("2040-12-31", true)]
    public void IsLiveOn_OpenPlacement_IsTrueFromStartOnwards(string date, bool expected)
    {
        var placement = Start(start: "2025-01-06", plannedEnd: "2025-03-31");

        // A planned end does not end the placement.
        Assert.Equal(expected, placement.IsLiveOn(D(date)));
    }
}
