using System.Text.RegularExpressions;

namespace Hearth.Domain.Sourcing.Matching;

/// <summary>
/// Turns a referral and its children into a <see cref="MatchRequest"/>. The skills a referral needs come from its
/// Placements Data Standard fields by a fixed table (also in ADR 0016):
/// therapeutic support or a deprivation of liberty → trauma-informed care; communication or learning needs → autism and
/// learning; a disabled child or a home to adapt → disability and complex health; BSL or Makaton → sign language; a UASC
/// child → UASC; a parent and child placement → parent and child; risk of sexual or criminal exploitation (to self or
/// others) → exploitation; self-harm, going missing, drug and alcohol use, eating disorder → the skill of that name;
/// physical harm to others, fire setting or harm to animals → challenging behaviour; sexual harm to others → harmful
/// sexual behaviour.
/// </summary>
public static partial class MatchNeeds
{
    [GeneratedRegex(@"\b([A-Z]{1,2}[0-9][A-Z0-9]?)(?: ?[0-9][A-Z]{2})?\s*$")]
    private static partial Regex TrailingPostcode();

    public static HouseholdSkills SkillsNeeded(Referral referral, IReadOnlyList<Child> children)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(children);
        var skills = HouseholdSkills.None;
        if (referral.AdditionalSupport == AdditionalSupport.TherapeuticSupport || referral.DeprivationOfLiberty == true) skills |= HouseholdSkills.TraumaInformed;
        if (referral.CommunicationNeeds == CommunicationNeeds.Yes) skills |= HouseholdSkills.AutismAndLearning;
        if (referral.HomeAdaptation == true || children.Any(c => c.HasDisability)) skills |= HouseholdSkills.DisabilityAndComplexHealth;
        if (referral.CommunicationRequirements is { } comms && (comms & (CommunicationRequirements.Bsl | CommunicationRequirements.Makaton)) != 0)
            skills |= HouseholdSkills.SignLanguage;
        if (children.Any(c => c.IsUasc)) skills |= HouseholdSkills.Uasc;
        if (referral.PlacementType == PlacementTypeSought.ParentAndChild) skills |= HouseholdSkills.ParentAndChild;
        var self = referral.RisksToSelf ?? RisksToSelf.None;
        var others = referral.RisksToOthers ?? RisksToOthers.None;
        if ((self & (RisksToSelf.SexualExploitation | RisksToSelf.CriminalExploitation)) != 0 || others.HasFlag(RisksToOthers.CriminalExploitation))
            skills |= HouseholdSkills.Exploitation;
        if (self.HasFlag(RisksToSelf.SelfHarm)) skills |= HouseholdSkills.SelfHarm;
        if (self.HasFlag(RisksToSelf.GoingMissing)) skills |= HouseholdSkills.GoingMissing;
        if (self.HasFlag(RisksToSelf.DrugAndAlcoholUse)) skills |= HouseholdSkills.SubstanceMisuse;
        if (self.HasFlag(RisksToSelf.EatingDisorder)) skills |= HouseholdSkills.EatingDisorders;
        if ((others & (RisksToOthers.PhysicalHarm | RisksToOthers.FireSetting | RisksToOthers.HarmToAnimals)) != 0) skills |= HouseholdSkills.ChallengingBehaviour;
        if (others.HasFlag(RisksToOthers.SexualHarm)) skills |= HouseholdSkills.HarmfulSexualBehaviour;
        return skills;
    }

    /// <summary>The postcode district at the end of a school's description ("Oakwood School, ME16 8AA" → ME16), or empty.</summary>
    public static string SchoolDistrict(string? school)
    {
        var match = TrailingPostcode().Match((school ?? "").Trim().ToUpperInvariant());
        return match.Success ? match.Groups[1].Value : "";
    }

    /// <summary>
    /// The school's district: the referral's explicit school postcode first, then a postcode at the end of the school to keep,
    /// then one at the end of the lead child's school; empty when none is known.
    /// </summary>
    public static string SchoolDistrictFor(Referral referral, Child first)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(first);
        if (referral.SchoolPostcodeDistrict.Length > 0) return referral.SchoolPostcodeDistrict;
        var school = SchoolDistrict(referral.SchoolToKeep);
        return school.Length > 0 ? school : SchoolDistrict(first.School);
    }

    /// <summary>
    /// The request for a referral's children: ages on the date needed (or today), language and religion of the first child,
    /// home and school located by <paramref name="centroidOf"/> (district → centroid, or null when unknown), and the
    /// authority's area (<paramref name="areaDistricts"/>) for the referral's "stay in the authority's area".
    /// </summary>
    public static MatchRequest RequestFor(Referral referral, IReadOnlyList<Child> children, Func<string, GeoPoint?> centroidOf, DateOnly today,
        IEnumerable<string>? areaDistricts = null)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(centroidOf);
        if (children.Count == 0) throw new ArgumentException("A referral has at least one child", nameof(children));
        var on = referral.NeededFrom is { } needed && needed > today ? needed : today;
        var first = children[0];
        var school = SchoolDistrictFor(referral, first);
        return new MatchRequest
        {
            PlacementType = referral.PlacementType ?? PlacementTypeSought.ShortTerm,
            ChildAges = children.Select(c => Child.AgeOn(c.DateOfBirth, on)).ToArray(),
            SkillsNeeded = SkillsNeeded(referral, children),
            AreasToAvoid = referral.AreasToAvoidList,
            MaximumDistanceMiles = referral.MaximumDistanceMiles,
            StayInArea = referral.StayInArea == true,
            AreaDistricts = new HashSet<string>(areaDistricts ?? [], StringComparer.OrdinalIgnoreCase),
            Home = first.HomePostcodeDistrict.Length == 0 ? null : centroidOf(first.HomePostcodeDistrict),
            School = school.Length == 0 ? null : centroidOf(school),
            FirstLanguage = first.FirstLanguage,
            Religion = first.Religion,
            CulturalNeedsRequired = referral.CulturalNeeds == CulturalNeeds.Required,
            LivingAlongside = referral.LivingAlongside,
            Pets = referral.Pets,
        };
    }
}
