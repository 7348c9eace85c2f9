using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Sourcing;

public class CarerHouseholdRegisterTests
{
    private static CarerHousehold Approve() => CarerHousehold.Approve(3, "HH-0001", "ME14", 2, 0, 17, D("2025-04-01"));

    private static HouseholdProfile Profile(int approved = 3, int vacant = 1, string? ages = "9 4", string? languages = "Polish, polish ,Urdu") =>
        new(HouseholdApprovals.ShortTerm | HouseholdApprovals.Emergency, approved, vacant, 2, 12, HouseholdSkills.SelfHarm, languages, " Christian ", true, ages, "tn1");

    [Fact]
    public void Approve_AllPlacesVacant()
    {
        Assert.Equal(2, Approve().VacantPlaces);
        Assert.Equal(HouseholdApprovals.ShortTerm | HouseholdApprovals.LongTerm, Approve().Approvals);
    }

    [Fact]
    public void UpdateProfile_NormalisesAndConfirms()
    {
        var h = Approve();
        h.UpdateProfile(Profile(), D("2026-02-29".Replace("29", "28", StringComparison.Ordinal)));
        Assert.Equal(3, h.ApprovedPlaces);
        Assert.Equal(1, h.VacantPlaces);
        Assert.Equal("Polish, Urdu", h.Languages);
        Assert.Equal(["Polish", "Urdu"], h.LanguageList);
        Assert.Equal("Christian", h.Religion);
        Assert.Equal("4 9", h.OtherChildrenAges);
        Assert.Equal([4, 9], h.OtherChildrenAgeList);
        Assert.Equal("TN1", h.PostcodeDistrict);
        Assert.Equal(D("2026-02-28"), h.ConfirmedOn);
        Assert.Equal(1, h.Version);
    }

    [Theory]
    [InlineData(3, 3, true)]
    [InlineData(3, 0, true)]
    [InlineData(3, 4, false)]
    [InlineData(3, -1, false)]
    [InlineData(7, 1, false)]
    [InlineData(0, 0, false)]
    public void UpdateProfile_VacantPlacesWithinApproved(int approved, int vacant, bool ok)
    {
        var h = Approve();
        var act = () => h.UpdateProfile(Profile(approved, vacant), D("2026-04-01"));
        if (ok) act(); else Assert.Throws<DomainException>(act);
    }

    [Theory]
    [InlineData("4 x")]
    [InlineData("26")]
    [InlineData("-1")]
    [InlineData("1 2 3 4 5 6 7 8 9 10 11")]
    public void UpdateProfile_BadAges_Refused(string ages)
    {
        var e = Assert.Throws<DomainException>(() => Approve().UpdateProfile(Profile(ages: ages), D("2026-04-01")));
        Assert.Equal(nameof(CarerHousehold.OtherChildrenAges), e.Field);
    }

    [Fact]
    public void UpdateProfile_NoApproval_Refused()
    {
        var e = Assert.Throws<DomainException>(() => Approve().UpdateProfile(Profile() with { Approvals = HouseholdApprovals.None }, D("2026-04-01")));
        Assert.Equal(nameof(CarerHousehold.Approvals), e.Field);
    }

    [Fact]
    public void UpdateProfile_EmptyAgesAndLanguages_Allowed()
    {
        var h = Approve();
        h.UpdateProfile(Profile(ages: "", languages: null), D("2026-04-01"));
        Assert.Empty(h.OtherChildrenAgeList);
        Assert.Empty(h.LanguageList);
    }

    [Fact]
    public void StaleAfterThirtyDays_Boundary()
    {
        var h = Approve();
        h.UpdateProfile(Profile(), D("2026-03-01"));
        Assert.False(h.IsStale(D("2026-03-31")));
        Assert.True(h.IsStale(D("2026-04-01")));
    }
}
