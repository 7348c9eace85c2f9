using System.Text.RegularExpressions;

namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>
/// What a provider sees of a referral before its offer is accepted (ADR 0017): the child's needs, not the child's identity.
/// No name, no date of birth (age in years), no address (home postcode district only), no case reference, no school name
/// (only whether the school must be kept, and the home area). Built ONCE here, frozen on the call-off when it is sent, and
/// the only thing pages, the API and notifications show a provider. Free text is redacted of the children's names, case
/// references, postcodes and school names in case the social worker wrote them in.
/// </summary>
public sealed record AnonymisedReferralProfile(
    IReadOnlyList<AnonymisedChild> Children,
    string Urgency,
    DateOnly? NeededFrom,
    string PlacementType,
    string ChildNeeds,
    string CommunicationNeeds,
    string CommunicationRequirements,
    string CommunicationDetails,
    bool? HomeAdaptation,
    string CulturalNeeds,
    string CulturalNeedsDetails,
    string LivingAlongside,
    string Pets,
    string AdditionalSupport,
    string AdditionalSupportDetails,
    bool? DeprivationOfLiberty,
    string RisksToSelf,
    string RiskToSelfOther,
    string RisksToOthers,
    string RiskToOthersOther,
    string HomePostcodeDistrict,
    bool? StayInArea,
    int? MaximumDistanceMiles,
    IReadOnlyList<string> AreasToAvoid,
    bool KeepCurrentSchool,
    string PreferredLocation)
{
    public const string RedactedName = "[name]";
    public const string RedactedCaseReference = "[case reference]";
    public const string RedactedPostcode = "[postcode]";
    public const string RedactedSchool = "[school]";

    /// <summary>The anonymised profile of a referral for its children, ages taken on <paramref name="today"/>.</summary>
    public static AnonymisedReferralProfile From(Referral referral, IReadOnlyList<Child> children, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(children);
        var identifiers = Identifiers(children);
        string Clean(string text) => Redact(text, identifiers);
        var eldestFirst = children.OrderBy(c => c.DateOfBirth).ToList();
        return new AnonymisedReferralProfile(
            eldestFirst.Select(c => new AnonymisedChild(Child.AgeOn(c.DateOfBirth, today), c.Sex, c.Ethnicity, c.Religion, c.FirstLanguage,
                c.HasDisability, c.IsUasc, c.LegalStatus)).ToList(),
            referral.Urgency?.ToString() ?? "", referral.NeededFrom, referral.PlacementType?.ToString() ?? "",
            Clean(referral.ChildNeeds), referral.CommunicationNeeds?.ToString() ?? "", referral.CommunicationRequirements?.ToString() ?? "",
            Clean(referral.CommunicationDetails), referral.HomeAdaptation, referral.CulturalNeeds?.ToString() ?? "", Clean(referral.CulturalNeedsDetails),
            referral.LivingAlongside?.ToString() ?? "", referral.Pets?.ToString() ?? "", referral.AdditionalSupport?.ToString() ?? "",
            Clean(referral.AdditionalSupportDetails), referral.DeprivationOfLiberty, referral.RisksToSelf?.ToString() ?? "", Clean(referral.RiskToSelfOther),
            referral.RisksToOthers?.ToString() ?? "", Clean(referral.RiskToOthersOther),
            eldestFirst.Select(c => c.HomePostcodeDistrict).FirstOrDefault(d => d.Length > 0) ?? "",
            referral.StayInArea, referral.MaximumDistanceMiles, referral.AreasToAvoidList, referral.SchoolToKeep.Length > 0,
            Clean(referral.PreferredLocation));
    }

    /// <summary>Every text a provider will see, for checks that nothing identifying slipped through.</summary>
    public IEnumerable<string> Texts() =>
    [
        ChildNeeds, CommunicationDetails, CulturalNeedsDetails, AdditionalSupportDetails, RiskToSelfOther, RiskToOthersOther, PreferredLocation,
    ];

    private static readonly Regex SchoolSuffix = new(@"\s+((primary|secondary|grammar|infant|junior|high|community|church of england|c of e|catholic)\s+)*(academy|school|college)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static List<(string Value, string Replacement)> Identifiers(IEnumerable<Child> children)
    {
        var list = new List<(string, string)>();
        foreach (var c in children)
        {
            list.Add((c.CaseReference, RedactedCaseReference));
            list.Add((c.HomePostcode, RedactedPostcode));
            list.Add((c.School, RedactedSchool));
            list.Add((SchoolSuffix.Replace(c.School, ""), RedactedSchool));
            list.Add((c.FullName, RedactedName));
            list.Add((c.GivenName, RedactedName));
            list.Add((c.FamilyName, RedactedName));
        }
        // Longest first, so a full name is replaced before its parts.
        return list.Where(i => i.Item1.Trim().Length >= 3).DistinctBy(i => i.Item1.Trim().ToUpperInvariant())
            .OrderByDescending(i => i.Item1.Length).ToList();
    }

    private static string Redact(string text, IReadOnlyList<(string Value, string Replacement)> identifiers)
    {
        if (text.Length == 0) return text;
        foreach (var (value, replacement) in identifiers)
        {
            var pattern = @"(?<![\p{L}\p{N}])" + Regex.Escape(value.Trim()).Replace(@"\ ", @"\s*", StringComparison.Ordinal) + @"(?![\p{L}\p{N}])";
            text = Regex.Replace(text, pattern, replacement, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        return text;
    }
}
