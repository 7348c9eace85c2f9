using Hearth.Domain.Common;
using Hearth.Domain.Organisations;

namespace Hearth.Domain.Tests.Organisations;

public class AuthorityTests
{
    private static Authority Kent() => Authority.Create("Kent County Council", "Kent", "E10000016", 81, "#1d70b8");

    [Fact]
    public void Create_ValidInput_SetsEveryField()
    {
        var kent = Kent();

        Assert.Equal("Kent County Council", kent.Name);
        Assert.Equal("Kent", kent.ShortName);
        Assert.Equal("E10000016", kent.OnsCode);
        Assert.Equal(81, kent.ElectoralDivisions);
        Assert.Equal("#1d70b8", kent.BrandColour);
        Assert.Equal(OrganisationKind.Authority, kent.Kind);
        Assert.Equal(OrganisationStatus.Active, kent.Status);
        Assert.Equal(Authority.DefaultKeyDecisionThreshold, kent.KeyDecisionThreshold);
        Assert.Equal(Money.FromPence(1_000_000_00), Authority.DefaultKeyDecisionThreshold);
    }

    [Theory]
    [InlineData("e10000016", "E10000016")]
    [InlineData("  E06000035  ", "E06000035")]
    [InlineData(" w06000015", "W06000015")]
    [InlineData("s12000036", "S12000036")]
    [InlineData("N09000003", "N09000003")]
    public void Create_OnsCodeInAnyCaseWithSpaces_IsNormalisedToUpperCase(string onsCode, string expected)
    {
        var authority = Authority.Create("Medway Council", "Medway", onsCode, 24, "#1d70b8");

        Assert.Equal(expected, authority.OnsCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("X10000016")] // not a UK nation letter
    [InlineData("K02000001")] // a UK-wide code, not a local authority's nation
    [InlineData("E1000001")] // 7 digits
    [InlineData("E100000160")] // 9 digits
    [InlineData("EE0000016")]
    [InlineData("E1000001A")]
    [InlineData("10000016E")]
    [InlineData("E 10000016")]
    [InlineData("E10000016\nX")]
    [InlineData("E１0000016")] // a full-width digit is not 0-9
    public void Create_MalformedOnsCode_ThrowsOnOnsCode(string? onsCode)
    {
        var exception = Assert.Throws<DomainException>(
            () => Authority.Create("Kent County Council", "Kent", onsCode!, 81, "#1d70b8"));

        Assert.Equal(nameof(Authority.OnsCode), exception.Field);
        Assert.Equal(
            "Enter an ONS code in the format E06000035 (a letter E, W, S or N and 8 digits)", exception.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(499)]
    [InlineData(500)]
    public void Create_DivisionsFromOneToFiveHundred_IsAccepted(int divisions)
    {
        var authority = Authority.Create("Kent County Council", "Kent", "E10000016", divisions, "#1d70b8");

        Assert.Equal(divisions, authority.ElectoralDivisions);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(501)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Create_DivisionsOutsideOneToFiveHundred_ThrowsOnElectoralDivisions(int divisions)
    {
        var exception = Assert.Throws<DomainException>(
            () => Authority.Create("Kent County Council", "Kent", "E10000016", divisions, "#1d70b8"));

        Assert.Equal(nameof(Authority.ElectoralDivisions), exception.Field);
        Assert.Equal("Number of electoral divisions must be between 1 and 500", exception.Message);
    }

    [Theory]
    [InlineData("#1d70b8", "#1d70b8")]
    [InlineData("#1D70B8", "#1d70b8")]
    [InlineData("  #00703c ", "#00703c")]
    [InlineData("#000000", "#000000")]
    [InlineData("#FFFFFF", "#ffffff")]
    public void Create_SixDigitHexColour_IsAcceptedInLowerCase(string colour, string expected)
    {
        var authority = Authority.Create("Kent County Council", "Kent", "E10000016", 81, colour);

        Assert.Equal(expected, authority.BrandColour);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1d70b8")] // no #
    [InlineData("#fff")] // short form
    [InlineData("#1d70b")]
    [InlineData("#1d70b8a")]
    [InlineData("#1d70b8ff")] // with alpha
    [InlineData("#gggggg")]
    [InlineData("# 1d70b8")]
    [InlineData("##1d70b8")]
    [InlineData("blue")]
    [InlineData("rgb(29,112,184)")]
    public void Create_ColourNotRrggbb_ThrowsOnBrandColour(string? colour)
    {
        var exception = Assert.Throws<DomainException>(
            () => Authority.Create("Kent County Council", "Kent", "E10000016", 81, colour!));

        Assert.Equal(nameof(Authority.BrandColour), exception.Field);
        Assert.Equal("Enter the branding colour as a hex colour, like #1d70b8", exception.Message);
    }

    [Fact]
    public void Create_NamesWithSurroundingSpaces_AreTrimmed()
    {
        var authority = Authority.Create("  Kent County Council \t", "  Kent ", "E10000016", 81, "#1d70b8");

        Assert.Equal("Kent County Council", authority.Name);
        Assert.Equal("Kent", authority.ShortName);
    }

    [Fact]
    public void Create_NameOfMaximumLengthWithSurroundingSpaces_IsAccepted()
    {
        var name = new string('n', Organisation.NameMaxLength);
        var shortName = new string('s', Organisation.ShortNameMaxLength);

        var authority = Authority.Create("  " + name + "  ", " " + shortName + " ", "E10000016", 81, "#1d70b8");

        Assert.Equal(200, Organisation.NameMaxLength);
        Assert.Equal(40, Organisation.ShortNameMaxLength);
        Assert.Equal(name, authority.Name);
        Assert.Equal(shortName, authority.ShortName);
    }

    [Fact]
    public void Create_NameOneOverMaximumLength_ThrowsOnName()
    {
        var exception = Assert.Throws<DomainException>(
            () => Authority.Create(new string('n', 201), "Kent", "E10000016", 81, "#1d70b8"));

        Assert.Equal(nameof(Organisation.Name), exception.Field);
        Assert.Equal("Name must be 200 characters or fewer", exception.Message);
    }

    [Fact]
    public void Create_ShortNameOneOverMaximumLength_ThrowsOnShortName()
    {
        var exception = Assert.Throws<DomainException>(
            () => Authority.Create("Kent County Council", new string('s', 41), "E10000016", 81, "#1d70b8"));

        Assert.Equal(nameof(Organisation.ShortName), exception.Field);
        Assert.Equal("Short name must be 40 characters or fewer", exception.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Create_EmptyName_ThrowsOnName(string? name)
    {
        var exception = Assert.Throws<DomainException>(
            () => Authority.Create(name!, "Kent", "E10000016", 81, "#1d70b8"));

        Assert.Equal(nameof(Organisation.Name), exception.Field);
        Assert.Equal("Enter the organisation's name", exception.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_EmptyShortName_ThrowsOnShortName(string? shortName)
    {
        var exception = Assert.Throws<DomainException>(
            () => Authority.Create("Kent County Council", shortName!, "E10000016", 81, "#1d70b8"));

        Assert.Equal(nameof(Organisation.ShortName), exception.Field);
        Assert.Equal("Enter a short name", exception.Message);
    }

    [Fact]
    public void Update_ValidInput_ReplacesCodeDivisionsAndColour()
    {
        var authority = Kent();

        authority.Update("e06000035", 22, "#B10E1E");

        Assert.Equal("E06000035", authority.OnsCode);
        Assert.Equal(22, authority.ElectoralDivisions);
        Assert.Equal("#b10e1e", authority.BrandColour);
    }

    [Theory]
    [InlineData("bad", 81, "#1d70b8", "OnsCode")]
    [InlineData("E06000035", 0, "#1d70b8", "ElectoralDivisions")]
    [InlineData("E06000035", 22, "red", "BrandColour")]
    public void Update_AnyFieldInvalid_LeavesAuthorityUnchanged(string onsCode, int divisions, string colour, string field)
    {
        var authority = Kent();
        var version = authority.Version;

        var exception = Assert.Throws<DomainException>(() => authority.Update(onsCode, divisions, colour));

        Assert.Equal(field, exception.Field);
        Assert.Equal("E10000016", authority.OnsCode);
        Assert.Equal(81, authority.ElectoralDivisions);
        Assert.Equal("#1d70b8", authority.BrandColour);
        Assert.Equal(version, authority.Version);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(500_000_00L)]
    [InlineData(1_000_000_00L)]
    [InlineData(long.MaxValue)]
    public void SetKeyDecisionThreshold_MoreThanZero_IsSet(long pence)
    {
        var authority = Kent();

        authority.SetKeyDecisionThreshold(Money.FromPence(pence));

        Assert.Equal(Money.FromPence(pence), authority.KeyDecisionThreshold);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void SetKeyDecisionThreshold_ZeroOrLess_ThrowsAndKeepsThreshold(long pence)
    {
        var authority = Kent();
        authority.SetKeyDecisionThreshold(Money.FromPence(750_000_00));
        var version = authority.Version;

        var exception = Assert.Throws<DomainException>(() => authority.SetKeyDecisionThreshold(Money.FromPence(pence)));

        Assert.Equal(nameof(Authority.KeyDecisionThreshold), exception.Field);
        Assert.Equal("The key decision threshold must be more than £0", exception.Message);
        Assert.Equal(Money.FromPence(750_000_00), authority.KeyDecisionThreshold);
        Assert.Equal(version, authority.Version);
    }
}
