using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Organisations;

public class OrganisationTests
{
    private static Authority Kent() => Authority.Create("Kent County Council", "Kent", "E10000016", 81, "#1d70b8");

    private static Provider Acme() =>
        Provider.Create("Acme Fostering Limited", "Acme", "SC123456", ProviderSector.Private, "1 High Street, Maidstone");

    [Theory]
    [InlineData(OrganisationStatus.Active, OrganisationStatus.Suspended)]
    [InlineData(OrganisationStatus.Suspended, OrganisationStatus.Active)]
    [InlineData(OrganisationStatus.Active, OrganisationStatus.Closed)]
    [InlineData(OrganisationStatus.Suspended, OrganisationStatus.Closed)]
    [InlineData(OrganisationStatus.AwaitingConfirmation, OrganisationStatus.Closed)]
    public void ChangeStatus_AllowedMove_IsSet(OrganisationStatus from, OrganisationStatus to)
    {
        var provider = InStatus(from);

        provider.ChangeStatus(to);

        Assert.Equal(to, provider.Status);
    }

    [Theory]
    [InlineData(OrganisationStatus.Active, OrganisationStatus.Active, "The organisation is already active")]
    [InlineData(OrganisationStatus.Suspended, OrganisationStatus.Suspended, "The organisation is already suspended")]
    [InlineData(OrganisationStatus.Closed, OrganisationStatus.Closed, "The organisation is already closed")]
    [InlineData(OrganisationStatus.Closed, OrganisationStatus.Active, "A closed organisation cannot be reopened")]
    [InlineData(OrganisationStatus.Closed, OrganisationStatus.Suspended, "A closed organisation cannot be reopened")]
    [InlineData(OrganisationStatus.AwaitingConfirmation, OrganisationStatus.Active, "The organisation becomes active when its first administrator accepts their invitation")]
    [InlineData(OrganisationStatus.AwaitingConfirmation, OrganisationStatus.Suspended, "Only an active organisation can be suspended")]
    [InlineData(OrganisationStatus.Active, OrganisationStatus.AwaitingConfirmation, "An organisation cannot go back to awaiting its first administrator")]
    [InlineData(OrganisationStatus.Suspended, OrganisationStatus.AwaitingConfirmation, "An organisation cannot go back to awaiting its first administrator")]
    public void ChangeStatus_RefusedMove_ThrowsAndKeepsStatusAndVersion(OrganisationStatus from, OrganisationStatus to, string message)
    {
        var provider = InStatus(from);
        var version = provider.Version;

        var exception = Assert.Throws<DomainException>(() => provider.ChangeStatus(to));

        Assert.Equal(nameof(Organisation.Status), exception.Field);
        Assert.Equal(message, exception.Message);
        Assert.Equal(from, provider.Status);
        Assert.Equal(version, provider.Version);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void ChangeStatus_UndefinedStatus_ThrowsAndKeepsStatus(int status)
    {
        var provider = Acme();
        provider.ChangeStatus(OrganisationStatus.Suspended);
        var version = provider.Version;

        var exception = Assert.Throws<DomainException>(() => provider.ChangeStatus((OrganisationStatus)status));

        Assert.Equal(nameof(Organisation.Status), exception.Field);
        Assert.Equal("Select a status", exception.Message);
        Assert.Equal(OrganisationStatus.Suspended, provider.Status);
        Assert.Equal(version, provider.Version);
    }

    [Fact]
    public void ConfirmFirstAdministrator_AwaitingConfirmation_BecomesActive()
    {
        var provider = InStatus(OrganisationStatus.AwaitingConfirmation);
        var version = provider.Version;

        provider.ConfirmFirstAdministrator();

        Assert.Equal(OrganisationStatus.Active, provider.Status);
        Assert.Equal(version + 1, provider.Version);
    }

    [Theory]
    [InlineData(OrganisationStatus.Active)]
    [InlineData(OrganisationStatus.Suspended)]
    [InlineData(OrganisationStatus.Closed)]
    public void ConfirmFirstAdministrator_AnyOtherStatus_ChangesNothing(OrganisationStatus status)
    {
        // A later administrator accepting, or an invitation into an organisation since suspended, never reactivates it.
        var provider = InStatus(status);
        var version = provider.Version;

        provider.ConfirmFirstAdministrator();

        Assert.Equal(status, provider.Status);
        Assert.Equal(version, provider.Version);
    }

    [Fact]
    public void ServiceOperator_Create_IsAnActiveOperatorOrganisation()
    {
        var hearth = ServiceOperator.Create(ServiceOperator.DefaultName, ServiceOperator.DefaultShortName);

        Assert.Equal(OrganisationKind.Operator, hearth.Kind);
        Assert.Equal(OrganisationStatus.Active, hearth.Status);
        Assert.Equal("Hearth service operator", hearth.Name);
    }

    private static Provider InStatus(OrganisationStatus status)
    {
        if (status == OrganisationStatus.AwaitingConfirmation)
            return Provider.Onboard("Acme Fostering Limited", "Acme", "SC123456", ProviderSector.Private, "1 High Street, Maidstone");
        var provider = Acme();
        if (status == OrganisationStatus.Closed) provider.ChangeStatus(OrganisationStatus.Closed);
        else if (status == OrganisationStatus.Suspended) provider.ChangeStatus(OrganisationStatus.Suspended);
        return provider;
    }

    [Fact]
    public void Rename_ValidNames_TrimsAndReplaces()
    {
        var authority = Kent();

        authority.Rename("  Medway Council ", " Medway ");

        Assert.Equal("Medway Council", authority.Name);
        Assert.Equal("Medway", authority.ShortName);
    }

    [Fact]
    public void Rename_ShortNameInvalid_LeavesBothNamesUnchanged()
    {
        var authority = Kent();
        var version = authority.Version;

        Assert.Throws<DomainException>(() => authority.Rename("Medway Council", ""));

        Assert.Equal("Kent County Council", authority.Name);
        Assert.Equal("Kent", authority.ShortName);
        Assert.Equal(version, authority.Version);
    }

    [Fact]
    public void Version_EachAuthorityChange_IncrementsByOne()
    {
        var authority = Kent();
        var version = authority.Version;

        authority.Rename("Kent County Council", "KCC");
        Assert.Equal(version + 1, authority.Version);

        authority.Update("E10000016", 81, "#00703c");
        Assert.Equal(version + 2, authority.Version);

        authority.SetKeyDecisionThreshold(Money.FromPence(500_000_00));
        Assert.Equal(version + 3, authority.Version);

        authority.ChangeStatus(OrganisationStatus.Suspended);
        Assert.Equal(version + 4, authority.Version);

        authority.ChangeStatus(OrganisationStatus.Active);
        Assert.Equal(version + 5, authority.Version);
    }

    [Fact]
    public void Version_EachProviderChange_IncrementsByOne()
    {
        var provider = Acme();
        var version = provider.Version;

        provider.Update("SC654321", ProviderSector.Voluntary, "2 Low Road, Chatham");
        Assert.Equal(version + 1, provider.Version);

        provider.RecordInspection(OfstedGrade.Good, D("2025-01-01"), today: D("2025-01-31"));
        Assert.Equal(version + 2, provider.Version);

        provider.Rename("Acme Fostering", "Acme");
        Assert.Equal(version + 3, provider.Version);

        provider.ChangeStatus(OrganisationStatus.Closed);
        Assert.Equal(version + 4, provider.Version);
    }

    [Fact]
    public void Version_NewOrganisation_IsAlreadyPositive()
    {
        // Creation goes through Rename and Update, which both touch the token; a new row is never at the default 0.
        Assert.True(Kent().Version > 0);
        Assert.True(Acme().Version > 0);
    }

    [Fact]
    public void Version_FailedChanges_DoNotIncrement()
    {
        var authority = Kent();
        var version = authority.Version;

        Assert.Throws<DomainException>(() => authority.Rename("", "Kent"));
        Assert.Throws<DomainException>(() => authority.Update("E10000016", 501, "#1d70b8"));
        Assert.Throws<DomainException>(() => authority.SetKeyDecisionThreshold(Money.Zero));
        Assert.Throws<DomainException>(() => authority.ChangeStatus((OrganisationStatus)0));

        Assert.Equal(version, authority.Version);
    }
}
