using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Organisations;

public class ProviderTests
{
    private const string Office = "1 High Street, Maidstone ME14 1XX";

    private static Provider Acme(ProviderSector sector = ProviderSector.Private) =>
        Provider.Create("Acme Fostering Limited", "Acme", "SC123456", sector, Office);

    [Fact]
    public void Create_ValidInput_SetsEveryField()
    {
        var provider = Acme();

        Assert.Equal("Acme Fostering Limited", provider.Name);
        Assert.Equal("Acme", provider.ShortName);
        Assert.Equal("SC123456", provider.OfstedUrn);
        Assert.Equal(ProviderSector.Private, provider.Sector);
        Assert.Equal(Office, provider.RegisteredOffice);
        Assert.Equal(OrganisationKind.Provider, provider.Kind);
        Assert.Equal(OrganisationStatus.Active, provider.Status);
        Assert.Null(provider.OfstedGrade);
        Assert.Null(provider.OfstedInspectedOn);
        Assert.False(provider.IsInadequate);
    }

    [Fact]
    public void Onboard_ValidInput_AwaitsItsFirstAdministrator()
    {
        var provider = Provider.Onboard("Acme Fostering Limited", "Acme", "sc123456", ProviderSector.Voluntary, Office);

        Assert.Equal(OrganisationStatus.AwaitingConfirmation, provider.Status);
        Assert.Equal("SC123456", provider.OfstedUrn);
        Assert.Equal(ProviderSector.Voluntary, provider.Sector);
    }

    [Fact]
    public void Onboard_InvalidUrn_IsRefused() =>
        Assert.Equal(nameof(Provider.OfstedUrn),
            Assert.Throws<DomainException>(() => Provider.Onboard("Acme Fostering Limited", "Acme", "12345", ProviderSector.Private, Office)).Field);

    [Theory]
    [InlineData("sc123456", "SC123456")]
    [InlineData("Sc000000", "SC000000")]
    [InlineData("  SC999999  ", "SC999999")]
    public void Create_UrnInAnyCaseWithSpaces_IsNormalisedToUpperCase(string urn, string expected)
    {
        var provider = Provider.Create("Acme Fostering Limited", "Acme", urn, ProviderSector.Private, Office);

        Assert.Equal(expected, provider.OfstedUrn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SC12345")] // five digits
    [InlineData("SC1234567")] // seven digits
    [InlineData("123456")]
    [InlineData("SX123456")]
    [InlineData("EY123456")] // an early-years URN, not a social-care one
    [InlineData("SC 123456")]
    [InlineData("SCA23456")]
    [InlineData("S123456")]
    public void Create_MalformedUrn_ThrowsOnOfstedUrn(string? urn)
    {
        var exception = Assert.Throws<DomainException>(
            () => Provider.Create("Acme Fostering Limited", "Acme", urn!, ProviderSector.Private, Office));

        Assert.Equal(nameof(Provider.OfstedUrn), exception.Field);
        Assert.Equal("Enter the Ofsted URN in the format SC123456", exception.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(-4)]
    public void Create_UndefinedSector_ThrowsOnSector(int sector)
    {
        var exception = Assert.Throws<DomainException>(
            () => Provider.Create("Acme Fostering Limited", "Acme", "SC123456", (ProviderSector)sector, Office));

        Assert.Equal(nameof(Provider.Sector), exception.Field);
        Assert.Equal("Select whether the provider is private or voluntary", exception.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_EmptyRegisteredOffice_ThrowsOnRegisteredOffice(string? office)
    {
        var exception = Assert.Throws<DomainException>(
            () => Provider.Create("Acme Fostering Limited", "Acme", "SC123456", ProviderSector.Private, office!));

        Assert.Equal(nameof(Provider.RegisteredOffice), exception.Field);
        Assert.Equal("Enter the registered office address", exception.Message);
    }

    [Fact]
    public void Create_RegisteredOfficeOf300CharactersWithSpaces_IsAcceptedTrimmed()
    {
        var office = new string('a', 300);

        var provider = Provider.Create("Acme Fostering Limited", "Acme", "SC123456", ProviderSector.Private, "  " + office + " ");

        Assert.Equal(office, provider.RegisteredOffice);
    }

    [Fact]
    public void Create_RegisteredOfficeOf301Characters_ThrowsOnRegisteredOffice()
    {
        var exception = Assert.Throws<DomainException>(
            () => Provider.Create("Acme Fostering Limited", "Acme", "SC123456", ProviderSector.Private, new string('a', 301)));

        Assert.Equal(nameof(Provider.RegisteredOffice), exception.Field);
        Assert.Equal("Registered office must be 300 characters or fewer", exception.Message);
    }

    [Fact]
    public void Update_ValidInput_ReplacesUrnSectorAndOffice()
    {
        var provider = Acme();

        provider.Update("sc654321", ProviderSector.Voluntary, "  2 Low Road, Chatham  ");

        Assert.Equal("SC654321", provider.OfstedUrn);
        Assert.Equal(ProviderSector.Voluntary, provider.Sector);
        Assert.Equal("2 Low Road, Chatham", provider.RegisteredOffice);
    }

    [Fact]
    public void Update_InvalidOffice_LeavesProviderUnchanged()
    {
        var provider = Acme();
        var version = provider.Version;

        Assert.Throws<DomainException>(() => provider.Update("SC654321", ProviderSector.Voluntary, ""));

        Assert.Equal("SC123456", provider.OfstedUrn);
        Assert.Equal(ProviderSector.Private, provider.Sector);
        Assert.Equal(Office, provider.RegisteredOffice);
        Assert.Equal(version, provider.Version);
    }

    [Fact]
    public void RecordInspection_InspectedToday_IsRecorded()
    {
        var provider = Acme();

        provider.RecordInspection(OfstedGrade.Good, D("2025-06-30"), today: D("2025-06-30"));

        Assert.Equal(OfstedGrade.Good, provider.OfstedGrade);
        Assert.Equal(D("2025-06-30"), provider.OfstedInspectedOn);
    }

    [Fact]
    public void RecordInspection_InspectedInThePast_IsRecorded()
    {
        var provider = Acme();

        provider.RecordInspection(OfstedGrade.Outstanding, D("2019-02-28"), today: D("2025-06-30"));

        Assert.Equal(OfstedGrade.Outstanding, provider.OfstedGrade);
        Assert.Equal(D("2019-02-28"), provider.OfstedInspectedOn);
    }

    [Fact]
    public void RecordInspection_InspectedTomorrow_ThrowsAndRecordsNothing()
    {
        var provider = Acme();
        var version = provider.Version;

        var exception = Assert.Throws<DomainException>(
            () => provider.RecordInspection(OfstedGrade.Good, D("2025-07-01"), today: D("2025-06-30")));

        Assert.Equal(nameof(Provider.OfstedInspectedOn), exception.Field);
        Assert.Equal("The inspection date must be today or in the past", exception.Message);
        Assert.Null(provider.OfstedGrade);
        Assert.Null(provider.OfstedInspectedOn);
        Assert.Equal(version, provider.Version);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void RecordInspection_UndefinedGrade_ThrowsOnOfstedGrade(int grade)
    {
        var provider = Acme();

        var exception = Assert.Throws<DomainException>(
            () => provider.RecordInspection((OfstedGrade)grade, D("2025-06-01"), today: D("2025-06-30")));

        Assert.Equal(nameof(Provider.OfstedGrade), exception.Field);
        Assert.Equal("Select the Ofsted judgement", exception.Message);
        Assert.Null(provider.OfstedGrade);
    }

    [Fact]
    public void RecordInspection_Reinspection_ReplacesGradeAndDate()
    {
        var provider = Acme();
        provider.RecordInspection(OfstedGrade.Inadequate, D("2024-01-10"), today: D("2024-01-31"));

        provider.RecordInspection(OfstedGrade.RequiresImprovement, D("2025-03-04"), today: D("2025-03-31"));

        Assert.Equal(OfstedGrade.RequiresImprovement, provider.OfstedGrade);
        Assert.Equal(D("2025-03-04"), provider.OfstedInspectedOn);
        Assert.False(provider.IsInadequate);
    }

    [Theory]
    [InlineData(OfstedGrade.Outstanding, false)]
    [InlineData(OfstedGrade.Good, false)]
    [InlineData(OfstedGrade.RequiresImprovement, false)]
    [InlineData(OfstedGrade.Inadequate, true)]
    public void IsInadequate_EachGrade_IsTrueOnlyForInadequate(OfstedGrade grade, bool expected)
    {
        var provider = Acme();

        provider.RecordInspection(grade, D("2025-05-01"), today: D("2025-05-01"));

        Assert.Equal(expected, provider.IsInadequate);
    }

    [Fact]
    public void IsInadequate_NeverInspected_IsFalse()
    {
        Assert.False(Acme().IsInadequate);
    }

    [Theory]
    [InlineData(ProviderSector.Private, "PR4")]
    [InlineData(ProviderSector.Voluntary, "PR5")]
    public void PlaceProviderCode_Sector_IsSsda903Code(ProviderSector sector, string expected)
    {
        Assert.Equal(expected, Acme(sector).PlaceProviderCode);
    }

    [Fact]
    public void PlaceProviderCode_SectorChanged_FollowsNewSector()
    {
        var provider = Acme(ProviderSector.Private);

        provider.Update("SC123456", ProviderSector.Voluntary, Office);

        Assert.Equal("PR5", provider.PlaceProviderCode);
    }
}
