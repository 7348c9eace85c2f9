using System.Reflection;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Sourcing;

public class ChildRecordTests
{
    private static readonly DateOnly Today = D("2026-03-31");

    internal static ChildDetails Details(string? ethnicity = "WBRI", string? legalStatus = "C2", string? postcode = "me14 1xx",
        string? religion = "Church of England", string? school = "Maidstone Primary", string? caseReference = "KCC-1") =>
        new(caseReference, "Amelia", "Smith", D("2015-03-14"), "F", ethnicity, religion, "English", HasDisability: false, IsUasc: false,
            legalStatus, postcode, school);

    internal static Child WithId(Child child, int id)
    {
        typeof(Child).GetProperty(nameof(Child.Id))!.SetValue(child, id);
        return child;
    }

    [Fact]
    public void Register_FullRecord_StoresPostcodeAndDerivesDistrict()
    {
        var child = Child.Register(1, Details(), Today);

        Assert.Equal("ME14 1XX", child.HomePostcode);
        Assert.Equal("ME14", child.HomePostcodeDistrict);
        Assert.Equal("WBRI", child.Ethnicity);
        Assert.Equal("C2", child.LegalStatus);
        Assert.Equal("Church of England", child.Religion);
        Assert.Equal("English", child.FirstLanguage);
        Assert.Equal("Maidstone Primary", child.School);
    }

    [Theory]
    [InlineData("TN11AA", "TN1 1AA", "TN1")]
    [InlineData("ct21 6 ab", null, null)]
    [InlineData("SW1A 1AA", "SW1A 1AA", "SW1A")]
    [InlineData("", "", "")]
    public void Register_Postcode_NormalisedOrRefused(string typed, string? stored, string? district)
    {
        if (stored is null)
        {
            var e = Assert.Throws<DomainException>(() => Child.Register(1, Details(postcode: typed), Today));
            Assert.Equal(nameof(Child.HomePostcode), e.Field);
            return;
        }
        var child = Child.Register(1, Details(postcode: typed), Today);
        Assert.Equal(stored, child.HomePostcode);
        Assert.Equal(district, child.HomePostcodeDistrict);
    }

    [Theory]
    [InlineData("WBRI")]
    [InlineData("NOBT")]
    [InlineData("refu")]
    public void Register_EveryKind903EthnicCode_IsAccepted(string code) =>
        Assert.Equal(code.ToUpperInvariant(), Child.Register(1, Details(ethnicity: code), Today).Ethnicity);

    [Theory]
    [InlineData("")]
    [InlineData("WHITE")]
    [InlineData("WBR")]
    [InlineData(null)]
    public void Register_EthnicityNotA903Code_IsRefused(string? code)
    {
        var e = Assert.Throws<DomainException>(() => Child.Register(1, Details(ethnicity: code), Today));
        Assert.Equal(nameof(Child.Ethnicity), e.Field);
    }

    [Fact]
    public void Codes_AreExactlyThe903Lists()
    {
        Assert.Equal(20, Ssda903Codes.Ethnicities.Count);
        Assert.Equal(["C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3"], Ssda903Codes.LegalStatuses.Select(l => l.Code));
    }

    [Theory]
    [InlineData("C3")]
    [InlineData("")]
    [InlineData("V1")]
    public void Register_LegalStatusNotAnLsCode_IsRefused(string code)
    {
        var e = Assert.Throws<DomainException>(() => Child.Register(1, Details(legalStatus: code), Today));
        Assert.Equal(nameof(Child.LegalStatus), e.Field);
    }

    [Fact]
    public void Register_SchoolTooLong_IsRefused()
    {
        Assert.Equal(new string('s', 120), Child.Register(1, Details(school: new string('s', 120)), Today).School);
        var e = Assert.Throws<DomainException>(() => Child.Register(1, Details(school: new string('s', 121)), Today));
        Assert.Equal(nameof(Child.School), e.Field);
    }

    [Fact]
    public void Update_ChangesRecordAndVersion()
    {
        var child = Child.Register(1, Details(), Today);
        child.Update(Details(postcode: "CT1 2AB", caseReference: "KCC-2"), Today);

        Assert.Equal("CT1", child.HomePostcodeDistrict);
        Assert.Equal("KCC-2", child.CaseReference);
        Assert.Equal(1, child.Version);
    }

    [Fact]
    public void Update_BadCode_LeavesRecordUnchanged()
    {
        var child = Child.Register(1, Details(), Today);
        Assert.Throws<DomainException>(() => child.Update(Details(ethnicity: "XXXX", postcode: "CT1 2AB"), Today));
        Assert.Equal("ME14 1XX", child.HomePostcode);
        Assert.Equal(0, child.Version);
    }

    [Fact]
    public void SiblingLink_SameAuthority_StoresLowerIdFirst()
    {
        var a = WithId(Child.Register(1, Details(), Today), 9);
        var b = WithId(Child.Register(1, Details(caseReference: "KCC-2"), Today), 4);

        var link = SiblingLink.Between(a, b);

        Assert.Equal((4, 9, 1), (link.ChildId, link.SiblingId, link.AuthorityId));
    }

    [Fact]
    public void SiblingLink_AcrossAuthorities_IsRefused()
    {
        var a = WithId(Child.Register(1, Details(), Today), 9);
        var b = WithId(Child.Register(2, Details(caseReference: "MED-2"), Today), 4);

        var e = Assert.Throws<DomainException>(() => SiblingLink.Between(a, b));
        Assert.Equal("SiblingCaseReference", e.Field);
    }

    [Fact]
    public void SiblingLink_ToSelf_IsRefused()
    {
        var a = WithId(Child.Register(1, Details(), Today), 9);
        Assert.Throws<DomainException>(() => SiblingLink.Between(a, a));
    }
}
