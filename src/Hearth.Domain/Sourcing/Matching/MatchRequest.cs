namespace Hearth.Domain.Sourcing.Matching;

/// <summary>
/// What one referral asks of a household, as plain data (no database): build it once per referral with
/// <see cref="MatchNeeds.RequestFor"/> and score every candidate against it.
/// </summary>
public sealed record MatchRequest
{
    public required PlacementTypeSought PlacementType { get; init; }
    /// <summary>Each child's age in years on the date the placement is needed (one entry per child of a sibling group).</summary>
    public required IReadOnlyList<int> ChildAges { get; init; }
    public HouseholdSkills SkillsNeeded { get; init; }
    /// <summary>Postcode districts to avoid for safeguarding (normalised, e.g. "ME4").</summary>
    public IReadOnlyList<string> AreasToAvoid { get; init; } = [];
    public int? MaximumDistanceMiles { get; init; }
    /// <summary>True when the referral asks for the child to stay in the authority's area (false when no or not answered).</summary>
    public bool StayInArea { get; init; }
    /// <summary>The authority's area as postcode districts (normalised, e.g. "ME14"); empty when the authority has not set it.</summary>
    public IReadOnlySet<string> AreaDistricts { get; init; } = new HashSet<string>();
    /// <summary>The centroid of the child's home district, if known.</summary>
    public GeoPoint? Home { get; init; }
    /// <summary>The centroid of the district of the school to keep, if there is one and it is known.</summary>
    public GeoPoint? School { get; init; }
    public string FirstLanguage { get; init; } = "";
    public string Religion { get; init; } = "";
    /// <summary>True when the referral says cultural needs are required: a different religion then scores nothing.</summary>
    public bool CulturalNeedsRequired { get; init; }
    public LivingAlongside? LivingAlongside { get; init; }
    public PetsTolerance? Pets { get; init; }
}
