using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing.CallOffs;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement;

public class ProviderSuspensionTests
{
    private const int Kent = 1;
    private const int Medway = 2;
    private const int Acme = 101;

    private static ProviderSuspension Suspend(int authority = Kent, int provider = Acme, string? reason = "Safeguarding concern raised on 3 March",
        params ProviderSuspension[] existing) =>
        ProviderSuspension.Suspend(authority, provider, reason, 7, " Sarah Chalk ", D("2026-03-04"), existing);

    [Fact]
    public void Suspend_WithReason_IsInForceWithWhoAndWhen()
    {
        var s = Suspend();

        Assert.True(s.InForce);
        Assert.Equal(Kent, s.AuthorityId);
        Assert.Equal(Acme, s.ProviderId);
        Assert.Equal("Safeguarding concern raised on 3 March", s.Reason);
        Assert.Equal(D("2026-03-04"), s.SuspendedOn);
        Assert.Equal("Sarah Chalk", s.SuspendedByName);
        Assert.Null(s.ReinstatedOn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Suspend_NoReason_IsRefused(string? reason)
    {
        var e = Assert.Throws<DomainException>(() => Suspend(reason: reason));
        Assert.Equal(("Reason", "Enter the reason"), (e.Field, e.Message));
    }

    [Fact]
    public void Suspend_ReasonAtTheLimit_IsKeptAndOneOverIsRefused()
    {
        Assert.Equal(SuspensionReason.MaximumLength, Suspend(reason: new string('a', SuspensionReason.MaximumLength)).Reason.Length);
        var e = Assert.Throws<DomainException>(() => Suspend(reason: new string('a', SuspensionReason.MaximumLength + 1)));
        Assert.Equal("The reason must be 2,000 characters or fewer", e.Message);
    }

    [Fact]
    public void Suspend_AlreadySuspendedByTheSameAuthority_IsRefused()
    {
        var first = Suspend();
        var e = Assert.Throws<DomainException>(() => Suspend(existing: first));
        Assert.Equal(("ProviderId", "The provider is already suspended from your authority's call-offs"), (e.Field, e.Message));
    }

    [Fact]
    public void Suspend_SuspendedByAnotherAuthorityOrReinstated_IsAllowed()
    {
        // Each authority's suspension is its own: Medway's says nothing about Kent's call-offs.
        var medway = Suspend(authority: Medway);
        Assert.True(Suspend(existing: medway).InForce);

        var ended = Suspend();
        ended.Reinstate("Concern resolved", 7, "Sarah Chalk", D("2026-04-01"));
        Assert.True(Suspend(existing: ended).InForce);
    }

    [Fact]
    public void Reinstate_InForce_EndsItAndKeepsTheRecord()
    {
        var s = Suspend();
        var version = s.Version;

        s.Reinstate(" Concern resolved after a joint visit ", 8, "Grace Whitlock", D("2026-03-04"));

        Assert.False(s.InForce);
        Assert.Equal(D("2026-03-04"), s.ReinstatedOn);
        Assert.Equal("Concern resolved after a joint visit", s.ReinstatementReason);
        Assert.Equal("Grace Whitlock", s.ReinstatedByName);
        Assert.Equal("Safeguarding concern raised on 3 March", s.Reason);
        Assert.Equal(version + 1, s.Version);
    }

    [Fact]
    public void Reinstate_Twice_IsRefused()
    {
        var s = Suspend();
        s.Reinstate("Resolved", 7, "S", D("2026-04-01"));
        var e = Assert.Throws<DomainException>(() => s.Reinstate("Again", 7, "S", D("2026-04-02")));
        Assert.Equal(("Status", "The provider has already been reinstated"), (e.Field, e.Message));
    }

    [Fact]
    public void Reinstate_NoReasonOrBeforeTheSuspension_IsRefusedAndLeavesItInForce()
    {
        var s = Suspend();
        Assert.Equal("Reason", Assert.Throws<DomainException>(() => s.Reinstate(" ", 7, "S", D("2026-04-01"))).Field);
        Assert.Equal("On", Assert.Throws<DomainException>(() => s.Reinstate("Resolved", 7, "S", D("2026-03-03"))).Field);
        Assert.True(s.InForce);
    }

    [Fact]
    public void EligibleProvider_SuspendedByTheAuthorityOrNotActive_IsNotAskedAndSaysWhy()
    {
        var members = new[]
        {
            new EligibleProvider(101, "Alder", 1, LotMembershipStatus.Active, OfstedGrade.Good) { SuspendedByAuthority = true },
            new EligibleProvider(102, "Beech", 2, LotMembershipStatus.Active, OfstedGrade.Good) { OrganisationActive = false },
            new EligibleProvider(103, "Cedar", 3, LotMembershipStatus.Active, OfstedGrade.Good),
            // The lot's own suspension is named first: it is the framework's, whoever calls off.
            new EligibleProvider(104, "Damson", 4, LotMembershipStatus.Suspended, OfstedGrade.Good) { SuspendedByAuthority = true },
        };

        Assert.Equal([103], EligibleProvider.Filter(members).Select(m => m.ProviderId));
        Assert.Equal("Suspended from your authority's call-offs", members[0].ExclusionReason);
        Assert.Equal("Not active on Hearth", members[1].ExclusionReason);
        Assert.Null(members[2].ExclusionReason);
        Assert.Equal("Suspended from the lot", members[3].ExclusionReason);
    }
}
