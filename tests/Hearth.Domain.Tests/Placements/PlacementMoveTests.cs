using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Placements;

/// <summary>Moving a child: the placement ends and a linked one starts the same day elsewhere; no overlaps.</summary>
public class PlacementMoveTests
{
    private static Placement Saved(string start, int id = 5)
    {
        var placement = PlacementAdditionalCostsTests.Start(start);
        typeof(Placement).GetProperty(nameof(Placement.Id))!.SetValue(placement, id);
        return placement;
    }

    [Fact]
    public void MoveTo_AnotherProvider_EndsThisWithTheReasonAndStartsALinkedPlacementTheSameDay()
    {
        var placement = Saved("2025-01-01");

        var next = placement.MoveTo(D("2025-04-01"), "CARPL", false, EndingRequestedBy.Carer, PlacementRoute.Spot, providerId: 8, householdId: 12,
            frameworkId: null, Money.FromPence(900_00), null);

        Assert.Equal(D("2025-04-01"), placement.EndDate);
        Assert.Equal("CARPL", placement.EndReasonCode);
        Assert.False(placement.EndPlanned);
        Assert.Equal(EndingRequestedBy.Carer, placement.EndRequestedBy);
        Assert.Equal(5, next.PreviousPlacementId);
        Assert.Equal((placement.ChildId, placement.AuthorityId, D("2025-04-01"), 8), (next.ChildId, next.AuthorityId, next.StartDate, next.ProviderId!.Value));
        Assert.Equal(Money.FromPence(900_00), next.CurrentWeeklyFee);
        Assert.Equal(PlacementStatus.Live, next.Status);
    }

    [Fact]
    public void MoveTo_SameHouseholdAndProvider_RefusedAndNothingEnded()
    {
        var placement = Saved("2025-01-01");

        var e = Assert.Throws<DomainException>(() => placement.MoveTo(D("2025-04-01"), "CARPL", true, EndingRequestedBy.Authority, PlacementRoute.Spot, 7, 11, null, Money.FromPence(1), null));

        Assert.Equal("HouseholdId", e.Field);
        Assert.Null(placement.EndDate);
    }

    [Theory]
    [InlineData("2025-01-01", 100_00, "MovedOn")] // the day it started: no night in the old placement
    [InlineData("2024-12-31", 100_00, "MovedOn")]
    [InlineData("2025-04-01", -1, "WeeklyFee")]
    public void MoveTo_BadInput_RefusedWithTheFieldAndNothingEnded(string movedOn, long feePence, string field)
    {
        var placement = Saved("2025-01-01");

        var e = Assert.Throws<DomainException>(() => placement.MoveTo(D(movedOn), "CARPL", true, EndingRequestedBy.Authority, PlacementRoute.Spot, 8, 12, null, Money.FromPence(feePence), null));

        Assert.Equal(field, e.Field);
        Assert.Null(placement.EndDate);
        Assert.Equal(0, placement.Version);
    }

    [Fact]
    public void MoveTo_AnEndedPlacement_Refused()
    {
        var placement = Saved("2025-01-01");
        placement.End(D("2025-02-01"), "CARPL", true, EndingRequestedBy.Authority);

        Assert.Equal("MovedOn", Assert.Throws<DomainException>(() =>
            placement.MoveTo(D("2025-04-01"), "CARPL", true, EndingRequestedBy.Authority, PlacementRoute.Spot, 8, 12, null, Money.FromPence(1), null)).Field);
    }

    [Fact]
    public void CheckNoOverlap_AnotherPlacementOnThoseNights_RefusedButBackToBackAllowed()
    {
        var earlier = Saved("2024-01-01", 1);
        earlier.End(D("2025-01-01"), "CARPL", true, EndingRequestedBy.Authority);
        var live = Saved("2025-06-01", 2);

        Placement.CheckNoOverlap([earlier], D("2025-01-01"), D("2025-06-01"), "MovedOn"); // ends as the next starts: no shared night
        var e = Assert.Throws<DomainException>(() => Placement.CheckNoOverlap([earlier, live], D("2025-01-01"), null, "MovedOn"));
        Assert.Equal("MovedOn", e.Field);
        Assert.Contains("1 June 2025", e.Message);
        Assert.Throws<DomainException>(() => Placement.CheckNoOverlap([earlier], D("2024-12-31"), D("2025-02-01"), "MovedOn"));
    }
}
