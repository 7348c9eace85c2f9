using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Matching;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Sourcing;

/// <summary>The referral's explicit school postcode, stored as its district and used by matching before the text fallbacks.</summary>
public class SchoolPostcodeTests
{
    private static Child NewChild(string school = "Oakwood School, ME16 8AA") =>
        Child.Register(1, new ChildDetails("KCC1", "Sam", "Test", D("2016-04-01"), "M", "WBRI", "", "English", false, false, "C2", "ME14 1XX", school), D("2026-04-01"));

    private static Referral NewReferral(Child child) => Referral.Start(1, [child], 7, "Writer", D("2026-04-01"));

    [Theory]
    [InlineData("ct1 2ab", "CT1")]
    [InlineData("CT12AB", "CT1")]
    [InlineData(" me16 ", "ME16")]
    [InlineData("SW1A 1AA", "SW1A")]
    [InlineData("SW1A", "SW1A")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void SetLocation_SchoolPostcode_StoredAsDistrict(string? postcode, string district)
    {
        var referral = NewReferral(NewChild());
        referral.SetLocation(true, null, "", "Oakwood", "", postcode);
        Assert.Equal(district, referral.SchoolPostcodeDistrict);
    }

    [Theory]
    [InlineData("Oakwood")]
    [InlineData("ME16 8A")]
    [InlineData("12345")]
    [InlineData("ME")]
    public void SetLocation_BadSchoolPostcode_RefusedAndNothingChanged(string postcode)
    {
        var referral = NewReferral(NewChild());
        referral.SetLocation(true, 10, "", "Oakwood", "", "ME16");
        var e = Assert.Throws<DomainException>(() => referral.SetLocation(false, 20, "", "Other", "", postcode));
        Assert.Equal("SchoolPostcode", e.Field);
        Assert.Equal("ME16", referral.SchoolPostcodeDistrict);
        Assert.Equal(10, referral.MaximumDistanceMiles);
    }

    [Fact]
    public void SchoolDistrictFor_ExplicitPostcodeFirst_ThenTheTrailingPostcodeFallbacks()
    {
        var child = NewChild();
        var referral = NewReferral(child);
        referral.SetLocation(true, null, "", "St Mary's, TN1", "", "CT1 2AB");
        Assert.Equal("CT1", MatchNeeds.SchoolDistrictFor(referral, child));
        referral.SetLocation(true, null, "", "St Mary's, TN1", "", "");
        Assert.Equal("TN1", MatchNeeds.SchoolDistrictFor(referral, child));
        referral.SetLocation(true, null, "", "St Mary's", "", "");
        Assert.Equal("ME16", MatchNeeds.SchoolDistrictFor(referral, child));
        Assert.Equal("", MatchNeeds.SchoolDistrictFor(referral, NewChild("Oakwood School")));
    }

    [Fact]
    public void RequestFor_LocatesTheSchoolByItsPostcode()
    {
        var child = NewChild();
        var referral = NewReferral(child);
        referral.SetLocation(true, null, "", "Oakwood School, ME16 8AA", "", "CT1");
        var canterbury = new GeoPoint(51.28, 1.08);
        var request = MatchNeeds.RequestFor(referral, [child], d => d == "CT1" ? canterbury : null, D("2026-04-01"));
        Assert.Equal(canterbury, request.School);
    }
}
