using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;

namespace Hearth.Domain.Tests.Sourcing.Decisions;

public class HouseholdCapacityTests
{
    private static CarerHousehold Household(int places) => CarerHousehold.Approve(1, "HH-1", "ME4", places, 0, 17, new DateOnly(2026, 3, 31));

    [Fact]
    public void CommitPlaces_LastPlace_FillsAndBumpsVersion()
    {
        var household = Household(2);
        household.CommitPlaces();
        var version = household.Version;
        household.CommitPlaces();

        Assert.Equal(0, household.FreePlaces);
        Assert.Equal(version + 1, household.Version);
    }

    [Fact]
    public void CommitPlaces_WhenFull_IsRefusedAndNothingChanges()
    {
        var household = Household(1);
        household.CommitPlaces();
        var version = household.Version;

        var e = Assert.Throws<DomainException>(() => household.CommitPlaces());
        Assert.Contains("is full", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, household.CommittedPlaces);
        Assert.Equal(version, household.Version);
    }

    [Fact]
    public void CommitPlaces_SiblingGroupLargerThanFree_IsRefused()
    {
        var household = Household(3);
        household.CommitPlaces();
        Assert.Contains("2 free places, not enough for 3", Assert.Throws<DomainException>(() => household.CommitPlaces(3)).Message, StringComparison.Ordinal);
        household.CommitPlaces(2);
        Assert.Equal(0, household.FreePlaces);
    }

    [Fact]
    public void ReleasePlaces_MoreThanCommitted_IsRefused()
    {
        var household = Household(2);
        household.CommitPlaces();
        Assert.Throws<DomainException>(() => household.ReleasePlaces(2));
        household.ReleasePlaces();
        Assert.Equal(2, household.FreePlaces);
    }
}
