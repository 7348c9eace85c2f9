using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;

namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>A member of a framework lot, as the call-off's eligibility rule reads it.</summary>
public sealed record EligibleProvider(int ProviderId, string Name, int? Rank, LotMembershipStatus Status, OfstedGrade? OfstedGrade)
{
    /// <summary>The authority calling off has suspended the provider from its call-offs (<see cref="ProviderSuspension"/>).</summary>
    public bool SuspendedByAuthority { get; init; }

    /// <summary>The provider's organisation is active on Hearth (not suspended, closed or awaiting its first administrator).</summary>
    public bool OrganisationActive { get; init; } = true;

    /// <summary>Why a member is not asked, or null when it is eligible.</summary>
    public string? ExclusionReason => Status switch
    {
        LotMembershipStatus.Suspended => "Suspended from the lot",
        LotMembershipStatus.Removed => "Removed from the lot",
        _ when SuspendedByAuthority => "Suspended from your authority's call-offs",
        _ when !OrganisationActive => "Not active on Hearth",
        _ => OfstedGrade == Organisations.OfstedGrade.Inadequate ? "Ofsted: Inadequate" : null,
    };

    /// <summary>The members to ask, best rank first (unranked last, then by name).</summary>
    public static IReadOnlyList<EligibleProvider> Filter(IEnumerable<EligibleProvider> members) =>
        members.Where(m => m.ExclusionReason is null).DistinctBy(m => m.ProviderId)
            .OrderBy(m => m.Rank ?? int.MaxValue).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.ProviderId).ToList();
}
