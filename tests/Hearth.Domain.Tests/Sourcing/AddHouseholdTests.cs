using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Sourcing;

/// <summary>Adding a household to the register (CarerHousehold.Register) and an authority's area list.</summary>
public class AddHouseholdTests
{
    private static HouseholdProfile Profile(int approved = 2, int vacant = 1, int from = 0, int to = 17, string? district = "me14") =>
        new(HouseholdApprovals.ShortTerm, approved, vacant, from, to, HouseholdSkills.SelfHarm, "Polish", "", false, "", district);

    [Fact]
    public void Register_TheWholeProfile_ConfirmedToday()
    {
        var h = CarerHousehold.Register(5, "  HH-9 ", Profile(), D("2026-03-31"));
        Assert.Equal(5, h.OwnerOrganisationId);
        Assert.Equal("HH-9", h.Reference);
        Assert.Equal("ME14", h.PostcodeDistrict);
        Assert.Equal(2, h.ApprovedPlaces);
        Assert.Equal(1, h.VacantPlaces);
        Assert.Equal(HouseholdSkills.SelfHarm, h.Skills);
        Assert.Equal(D("2026-03-31"), h.ApprovedOn);
        Assert.Equal(D("2026-03-31"), h.ConfirmedOn);
        Assert.False(h.IsStale(D("2026-04-30")));
        Assert.Equal(0, h.Version);
    }

    [Theory]
    [InlineData(0, 0, 0, 17, "ME14", nameof(CarerHousehold.ApprovedPlaces))]
    [InlineData(CarerHousehold.MaximumApprovedPlaces + 1, 0, 0, 17, "ME14", nameof(CarerHousehold.ApprovedPlaces))]
    [InlineData(2, 3, 0, 17, "ME14", nameof(CarerHousehold.VacantPlaces))]
    [InlineData(2, 1, 10, 9, "ME14", nameof(CarerHousehold.AgeTo))]
    [InlineData(2, 1, 0, 18, "ME14", nameof(CarerHousehold.AgeTo))]
    [InlineData(2, 1, 0, 17, "Maidstone", nameof(CarerHousehold.PostcodeDistrict))]
    [InlineData(2, 1, 0, 17, "", nameof(CarerHousehold.PostcodeDistrict))]
    public void Register_BadProfile_RefusedOnItsField(int approved, int vacant, int from, int to, string district, string field) =>
        Assert.Equal(field, Assert.Throws<DomainException>(() => CarerHousehold.Register(5, "HH-9", Profile(approved, vacant, from, to, district), D("2026-04-01"))).Field);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(CarerHousehold.MaximumApprovedPlaces, 0)]
    public void Register_PlacesAtTheEdges(int approved, int vacant) =>
        Assert.Equal(approved, CarerHousehold.Register(5, "HH-9", Profile(approved, vacant), D("2026-04-01")).ApprovedPlaces);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("HH\t9")]
    [InlineData("A123456789012345678901234567890123456789X")] // 41 characters
    public void Register_BadReference_Refused(string reference) =>
        Assert.Equal(nameof(CarerHousehold.Reference), Assert.Throws<DomainException>(() => CarerHousehold.Register(5, reference, Profile(), D("2026-04-01"))).Field);

    [Fact]
    public void Register_FortyCharacterReference_Allowed() =>
        Assert.Equal(40, CarerHousehold.Register(5, new string('A', 40), Profile(), D("2026-04-01")).Reference.Length);

    private static readonly HashSet<string> Known = ["ME1", "ME2", "ME10", "TN1", "CT1"];

    [Fact]
    public void AreaList_NormalisedSortedWithoutRepeats()
    {
        Assert.Equal(["CT1", "ME1", "ME2", "ME10", "TN1"], AreaPostcodeDistrict.ParseList("me10, ME2\nme1 ME1;TN1\tct1", Known));
        Assert.Empty(AreaPostcodeDistrict.ParseList("  \n ", Known));
        Assert.Empty(AreaPostcodeDistrict.ParseList(null, Known));
    }

    [Fact]
    public void AreaList_UnknownDistrict_NamedInTheError()
    {
        var e = Assert.Throws<DomainException>(() => AreaPostcodeDistrict.ParseList("ME1 ME99 ZE1", Known));
        Assert.Equal("Districts", e.Field);
        Assert.Contains("ME99, ZE1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AreaList_Malformed_NamedInTheError()
    {
        var e = Assert.Throws<DomainException>(() => AreaPostcodeDistrict.ParseList("ME1 Maidstone", Known));
        Assert.Contains("MAIDSTONE is not one", e.Message, StringComparison.Ordinal);
    }
}
