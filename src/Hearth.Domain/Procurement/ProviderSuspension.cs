using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement;

/// <summary>
/// An authority's suspension of a provider from its own call-offs (ADR 0024): the authority's commissioning power over a
/// provider, on every framework the authority calls off from, whoever leads it. It never touches the provider's accounts or
/// its standing with other authorities. Reversible: reinstating keeps the record, with its reason, for the audit trail.
/// A suspension on one lot of a framework the authority leads is the framework's own variation (<see cref="Framework.Suspend"/>).
/// </summary>
public sealed class ProviderSuspension
{
    private ProviderSuspension() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public int ProviderId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateOnly SuspendedOn { get; private set; }
    public int SuspendedByUserId { get; private set; }
    public string SuspendedByName { get; private set; } = "";
    public DateOnly? ReinstatedOn { get; private set; }
    public string? ReinstatementReason { get; private set; }
    public int? ReinstatedByUserId { get; private set; }
    public string? ReinstatedByName { get; private set; }
    public int Version { get; private set; }

    /// <summary>The provider is still suspended: no call-off of the authority asks it.</summary>
    public bool InForce => ReinstatedOn is null;

    /// <summary>
    /// Suspends <paramref name="providerId"/> from <paramref name="authorityId"/>'s call-offs from <paramref name="on"/>.
    /// <paramref name="inForce"/> are the authority's suspensions in force (any provider's): a provider is suspended once at a time.
    /// </summary>
    public static ProviderSuspension Suspend(int authorityId, int providerId, string? reason, int userId, string userName, DateOnly on,
        IEnumerable<ProviderSuspension> inForce)
    {
        ArgumentNullException.ThrowIfNull(inForce);
        var checkedReason = SuspensionReason.Check(reason);
        if (inForce.Any(s => s.InForce && s.AuthorityId == authorityId && s.ProviderId == providerId))
            throw new DomainException("ProviderId", "The provider is already suspended from your authority's call-offs");
        return new ProviderSuspension
        {
            AuthorityId = authorityId, ProviderId = providerId, Reason = checkedReason, SuspendedOn = on,
            SuspendedByUserId = userId, SuspendedByName = (userName ?? "").Trim(), Version = 1,
        };
    }

    /// <summary>
    /// Refuses to buy from a provider the authority has suspended from its call-offs (a spot purchase, outside any framework,
    /// does not get round the suspension). <paramref name="inForce"/> are the authority's suspensions.
    /// </summary>
    public static void EnsureNotSuspended(IEnumerable<ProviderSuspension> inForce, int providerId)
    {
        ArgumentNullException.ThrowIfNull(inForce);
        if (inForce.Any(s => s.InForce && s.ProviderId == providerId))
            throw new DomainException("ProviderId", "Your authority has suspended this provider from its call-offs: reinstate it first, or choose another provider");
    }

    /// <summary>Ends the suspension: the provider is asked again by the authority's next call-offs.</summary>
    public void Reinstate(string? reason, int userId, string userName, DateOnly on)
    {
        if (!InForce) throw new DomainException("Status", "The provider has already been reinstated");
        var checkedReason = SuspensionReason.Check(reason);
        if (on < SuspendedOn)
            throw new DomainException("On", $"The reinstatement date must be on or after the suspension ({SuspendedOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)})");
        ReinstatedOn = on;
        ReinstatementReason = checkedReason;
        ReinstatedByUserId = userId;
        ReinstatedByName = (userName ?? "").Trim();
        Version++;
    }
}
