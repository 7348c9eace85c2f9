using Hearth.Domain.Common;
using Hearth.Domain.Organisations;

namespace Hearth.Domain.Sourcing.Matching;

/// <summary>
/// A household that might take the referral: in-house or a provider's (for an offer, with the offered and framework weekly
/// fees). Plain data; a struct-free record so callers can build 50,000 of them once and score many referrals.
/// </summary>
public sealed record MatchCandidate
{
    public int HouseholdId { get; init; }
    public string Reference { get; init; } = "";
    public int OwnerOrganisationId { get; init; }
    /// <summary>True for the authority's own households (no Ofsted grade or price applies).</summary>
    public bool InHouse { get; init; }
    public HouseholdApprovals Approvals { get; init; }
    public int AgeFrom { get; init; }
    public int AgeTo { get; init; }
    public int VacantPlaces { get; init; }
    public HouseholdSkills Skills { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string Religion { get; init; } = "";
    public bool HasPets { get; init; }
    public IReadOnlyList<int> OtherChildrenAges { get; init; } = [];
    public string PostcodeDistrict { get; init; } = "";
    /// <summary>The centroid of <see cref="PostcodeDistrict"/>, if known.</summary>
    public GeoPoint? Location { get; init; }
    /// <summary>Shown as stale in results (not confirmed for 30 days); it does not change the score.</summary>
    public bool Stale { get; init; }
    /// <summary>The provider's Ofsted grade (null in-house or not yet inspected).</summary>
    public OfstedGrade? ProviderOfsted { get; init; }
    /// <summary>The owner's placements ended so far, and how many of them were unplanned.</summary>
    public int EndingsCount { get; init; }
    public int UnplannedEndingsCount { get; init; }
    /// <summary>For an offer: the weekly fee offered. Null in-house.</summary>
    public Money? OfferedWeeklyFee { get; init; }
    /// <summary>For an offer: the provider's framework weekly price for the child's category and age band. Null if none (a spot offer).</summary>
    public Money? FrameworkWeeklyPrice { get; init; }
}
