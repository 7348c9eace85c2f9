using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing;

/// <summary>
/// A social worker's request for a foster placement for one child or a sibling group to be placed together, carrying
/// the Placements Data Standard v2 referral fields. Written as a draft a section at a time, submitted for sign-off, then
/// signed off (released to placement finding) or returned with comments by a manager who did not write it.
/// </summary>
public sealed partial class Referral
{
    public const int MaximumChildren = 6;
    public const int MaximumTextLength = 4000;
    public const int MaximumShortTextLength = 200;

    private readonly List<ReferralChild> _children = [];

    private Referral() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public IReadOnlyList<ReferralChild> Children => _children;
    public ReferralStatus Status { get; private set; }

    // When and what.
    public PlacementUrgency? Urgency { get; private set; }
    public DateOnly? NeededFrom { get; private set; }
    public PlacementTypeSought? PlacementType { get; private set; }

    // Needs: what the child needs first, then the standard's requirements.
    public string ChildNeeds { get; private set; } = "";
    public CommunicationNeeds? CommunicationNeeds { get; private set; }
    public CommunicationRequirements? CommunicationRequirements { get; private set; }
    public string CommunicationDetails { get; private set; } = "";
    public bool? HomeAdaptation { get; private set; }
    public CulturalNeeds? CulturalNeeds { get; private set; }
    public string CulturalNeedsDetails { get; private set; } = "";

    // Living arrangements.
    public LivingAlongside? LivingAlongside { get; private set; }
    public PetsTolerance? Pets { get; private set; }
    public AdditionalSupport? AdditionalSupport { get; private set; }
    public string AdditionalSupportDetails { get; private set; } = "";
    public bool? DeprivationOfLiberty { get; private set; }

    // Risks.
    public RisksToSelf? RisksToSelf { get; private set; }
    public string RiskToSelfOther { get; private set; } = "";
    public RisksToOthers? RisksToOthers { get; private set; }
    public string RiskToOthersOther { get; private set; } = "";

    // Location.
    public bool? StayInArea { get; private set; }
    public int? MaximumDistanceMiles { get; private set; }
    /// <summary>Postcode districts to avoid for safeguarding, space separated (e.g. "ME4 ME5").</summary>
    public string AreasToAvoid { get; private set; } = "";
    public string SchoolToKeep { get; private set; } = "";
    /// <summary>The postcode district of the school to keep (e.g. ME16), entered as a postcode or a district; empty when not given.</summary>
    public string SchoolPostcodeDistrict { get; private set; } = "";
    public string PreferredLocation { get; private set; } = "";

    // Recommendation (PDS v2): a fostering referral prefers foster care unless told otherwise.
    public Suitability FosterCareSuitability { get; private set; } = Suitability.Preferred;
    public Suitability ResidentialCareSuitability { get; private set; } = Suitability.NotSpecified;
    public Suitability SupportedAccommodationSuitability { get; private set; } = Suitability.NotSpecified;

    // Who and when (PDS quality assurance).
    public int AuthorUserId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public DateOnly CreatedOn { get; private set; }
    public DateOnly? SubmittedOn { get; private set; }
    public int? DecidedByUserId { get; private set; }
    public string DecidedByName { get; private set; } = "";
    public DateOnly? DecidedOn { get; private set; }
    public string ReturnComments { get; private set; } = "";
    public int Version { get; private set; }

    public bool IsEditable => Status is ReferralStatus.Draft or ReferralStatus.Returned;

    /// <summary>A draft referral for children of the author's authority (one child, or siblings to be placed together).</summary>
    public static Referral Start(int authorityId, IReadOnlyCollection<Child> children, int authorUserId, string authorName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(children);
        if (children.Count == 0) throw new DomainException(nameof(Children), "Enter the case reference of at least one child");
        if (children.Count > MaximumChildren) throw new DomainException(nameof(Children), $"A referral can be for at most {MaximumChildren} children");
        var foreign = children.FirstOrDefault(c => c.AuthorityId != authorityId);
        if (foreign is not null)
            // Never named: another authority's child must look like one that does not exist (issue 12).
            throw new DomainException(nameof(Children), "A referral can only be for your own authority's children");
        if (children.Select(c => c.Id).Distinct().Count() != children.Count)
            throw new DomainException(nameof(Children), "Enter each child once");
        var referral = new Referral
        {
            AuthorityId = authorityId, AuthorUserId = authorUserId, AuthorName = (authorName ?? "").Trim(), CreatedOn = today,
            Status = ReferralStatus.Draft,
        };
        referral._children.AddRange(children.Select(c => new ReferralChild(c.Id)));
        return referral;
    }

    public void SetTiming(PlacementUrgency? urgency, DateOnly? neededFrom, PlacementTypeSought? placementType, DateOnly today)
    {
        EnsureEditable();
        if (neededFrom is { } date)
        {
            if (date < today) throw new DomainException(nameof(NeededFrom), "The date the placement is needed from must be today or in the future");
            if (urgency is { } u && UrgencyOf(date, today) != u)
                throw new DomainException(nameof(NeededFrom), u switch
                {
                    PlacementUrgency.Today => "For a placement needed today, enter today's date",
                    PlacementUrgency.WithinFiveDays => "For a placement needed in less than 5 days, enter a date within the next 4 days",
                    _ => "For a placement needed in more than 5 days, enter a date at least 5 days from today",
                });
        }
        Urgency = urgency;
        NeededFrom = neededFrom;
        PlacementType = placementType;
        Version++;
    }

    /// <summary>The standard's urgency for a start date: today, in less than 5 days, or later.</summary>
    public static PlacementUrgency UrgencyOf(DateOnly neededFrom, DateOnly today) =>
        neededFrom <= today ? PlacementUrgency.Today
        : neededFrom < today.AddDays(5) ? PlacementUrgency.WithinFiveDays
        : PlacementUrgency.MoreThanFiveDays;

    public void SetNeeds(string? childNeeds, CommunicationNeeds? communicationNeeds, CommunicationRequirements? requirements,
        string? communicationDetails, bool? homeAdaptation, CulturalNeeds? culturalNeeds, string? culturalNeedsDetails)
    {
        EnsureEditable();
        ChildNeeds = Text(childNeeds, nameof(ChildNeeds), MaximumTextLength);
        CommunicationNeeds = communicationNeeds;
        CommunicationRequirements = requirements;
        CommunicationDetails = Text(communicationDetails, nameof(CommunicationDetails), MaximumTextLength);
        HomeAdaptation = homeAdaptation;
        CulturalNeeds = culturalNeeds;
        CulturalNeedsDetails = Text(culturalNeedsDetails, nameof(CulturalNeedsDetails), MaximumTextLength);
        Version++;
    }

    public void SetLivingArrangements(LivingAlongside? livingAlongside, PetsTolerance? pets, AdditionalSupport? additionalSupport,
        string? additionalSupportDetails, bool? deprivationOfLiberty)
    {
        EnsureEditable();
        LivingAlongside = livingAlongside;
        Pets = pets;
        AdditionalSupport = additionalSupport;
        AdditionalSupportDetails = Text(additionalSupportDetails, nameof(AdditionalSupportDetails), MaximumTextLength);
        DeprivationOfLiberty = deprivationOfLiberty;
        Version++;
    }

    public void SetRisks(RisksToSelf? risksToSelf, string? riskToSelfOther, RisksToOthers? risksToOthers, string? riskToOthersOther)
    {
        EnsureEditable();
        RisksToSelf = risksToSelf;
        RiskToSelfOther = Text(riskToSelfOther, nameof(RiskToSelfOther), MaximumTextLength);
        RisksToOthers = risksToOthers;
        RiskToOthersOther = Text(riskToOthersOther, nameof(RiskToOthersOther), MaximumTextLength);
        Version++;
    }

    /// <summary>
    /// The location step. <paramref name="schoolPostcode"/> is a full postcode or a district (ME16 8AA or ME16), stored as its
    /// district; empty clears it.
    /// </summary>
    public void SetLocation(bool? stayInArea, int? maximumDistanceMiles, string? areasToAvoid, string? schoolToKeep, string? preferredLocation,
        string? schoolPostcode = null)
    {
        EnsureEditable();
        if (maximumDistanceMiles is < 1 or > 500)
            throw new DomainException(nameof(MaximumDistanceMiles), "Maximum distance must be between 1 and 500 miles");
        var districts = (areasToAvoid ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Postcode.NormaliseDistrict(d, nameof(AreasToAvoid))).Distinct().ToList();
        if (districts.Count > 30) throw new DomainException(nameof(AreasToAvoid), "Enter at most 30 postcode districts to avoid");
        var schoolDistrict = SchoolDistrictOf(schoolPostcode);
        StayInArea = stayInArea;
        MaximumDistanceMiles = maximumDistanceMiles;
        AreasToAvoid = string.Join(' ', districts);
        SchoolToKeep = Text(schoolToKeep, nameof(SchoolToKeep), MaximumShortTextLength);
        SchoolPostcodeDistrict = schoolDistrict;
        PreferredLocation = Text(preferredLocation, nameof(PreferredLocation), MaximumShortTextLength);
        Version++;
    }

    /// <summary>"me16 8aa" or "ME16" → "ME16"; empty stays empty; anything else is refused against SchoolPostcode.</summary>
    public static string SchoolDistrictOf(string? schoolPostcode)
    {
        var text = (schoolPostcode ?? "").Trim();
        if (text.Length == 0) return "";
        const string field = "SchoolPostcode";
        const string message = "Enter the school's postcode, like ME16 8AA, or its postcode district, like ME16";
        try
        {
            return text.Contains(' ', StringComparison.Ordinal) || text.Length > 4
                ? Postcode.DistrictOf(Postcode.Normalise(text, field))
                : Postcode.NormaliseDistrict(text, field);
        }
        catch (DomainException)
        {
            throw new DomainException(field, message);
        }
    }

    public void SetRecommendation(Suitability fosterCare, Suitability residentialCare, Suitability supportedAccommodation)
    {
        EnsureEditable();
        FosterCareSuitability = fosterCare;
        ResidentialCareSuitability = residentialCare;
        SupportedAccommodationSuitability = supportedAccommodation;
        Version++;
    }

    public IReadOnlyList<string> AreasToAvoidList => AreasToAvoid.Length == 0 ? [] : AreasToAvoid.Split(' ');

    /// <summary>The answers still needed before the referral can be submitted, as (field, message), in the form's order.</summary>
    public IReadOnlyList<(string Field, string Message)> MissingAnswers()
    {
        var missing = new List<(string, string)>();
        void Need(bool answered, string field, string message) { if (!answered) missing.Add((field, message)); }
        Need(Urgency is not null, nameof(Urgency), "Select when the placement is needed");
        Need(NeededFrom is not null, nameof(NeededFrom), "Enter the date the placement is needed from");
        Need(PlacementType is not null, nameof(PlacementType), "Select the type of placement needed");
        Need(ChildNeeds.Length > 0, nameof(ChildNeeds), "Enter what the child needs from a placement");
        Need(CommunicationNeeds is not null, nameof(CommunicationNeeds), "Select whether the child has communication, language or learning needs");
        Need(CommunicationRequirements is not null, nameof(CommunicationRequirements), "Select the child's communication requirements, or none");
        Need(CommunicationRequirements is not { } r || !r.HasFlag(Sourcing.CommunicationRequirements.Other) || CommunicationDetails.Length > 0,
            nameof(CommunicationDetails), "Describe the other communication requirement");
        Need(HomeAdaptation is not null, nameof(HomeAdaptation), "Select whether the home needs adapting");
        Need(CulturalNeeds is not null, nameof(CulturalNeeds), "Select whether the child has cultural needs");
        Need(CulturalNeeds is not (Sourcing.CulturalNeeds.Required or Sourcing.CulturalNeeds.Other) || CulturalNeedsDetails.Length > 0,
            nameof(CulturalNeedsDetails), "Describe the child's cultural needs");
        Need(LivingAlongside is not null, nameof(LivingAlongside), "Select who the child can live alongside");
        Need(Pets is not null, nameof(Pets), "Select whether the child can live with pets");
        Need(AdditionalSupport is not Sourcing.AdditionalSupport.Other || AdditionalSupportDetails.Length > 0,
            nameof(AdditionalSupportDetails), "Describe the additional support needed");
        Need(RisksToSelf is not null, nameof(RisksToSelf), "Select the risks to the child, or no known risk");
        Need(RisksToOthers is not null, nameof(RisksToOthers), "Select the risks to others or property, or no known risk");
        Need(StayInArea is not null, nameof(StayInArea), "Select whether the child should stay in the authority's area");
        return missing;
    }

    /// <summary>Sends a complete referral to a manager for sign-off.</summary>
    public void Submit(DateOnly today)
    {
        if (MissingAnswers() is [var first, ..]) throw new DomainException(first.Field, first.Message);
        if (NeededFrom < today)
            throw new DomainException(nameof(NeededFrom), "The date the placement is needed from is now in the past: change it before submitting");
        Move(ReferralStatus.AwaitingSignOff);
        SubmittedOn = today;
    }

    /// <summary>A manager releases the referral for placement finding. Whoever wrote it cannot sign it off.</summary>
    public void SignOff(int managerUserId, string managerName, DateOnly today)
    {
        EnsureNotAuthor(managerUserId, "You wrote this referral: another manager must sign it off");
        Move(ReferralStatus.SignedOff);
        Decide(managerUserId, managerName, today);
        ReturnComments = "";
    }

    /// <summary>A manager sends the referral back to the social worker with comments saying what to change.</summary>
    public void Return(int managerUserId, string managerName, string? comments, DateOnly today)
    {
        EnsureNotAuthor(managerUserId, "You wrote this referral: another manager must review it");
        var text = Text(comments, nameof(ReturnComments), MaximumTextLength);
        if (text.Length == 0) throw new DomainException(nameof(ReturnComments), "Enter comments saying what needs to change");
        Move(ReferralStatus.Returned);
        Decide(managerUserId, managerName, today);
        ReturnComments = text;
    }

    private void Decide(int userId, string name, DateOnly today)
    {
        DecidedByUserId = userId;
        DecidedByName = (name ?? "").Trim();
        DecidedOn = today;
    }

    private void EnsureNotAuthor(int userId, string message)
    {
        if (userId == AuthorUserId) throw new DomainException("Decision", message);
    }

    /// <summary>The lifecycle: the one table of allowed moves.</summary>
    private void Move(ReferralStatus to)
    {
        var allowed = (Status, to) switch
        {
            (ReferralStatus.Draft, ReferralStatus.AwaitingSignOff) => true,
            (ReferralStatus.Returned, ReferralStatus.AwaitingSignOff) => true,
            (ReferralStatus.AwaitingSignOff, ReferralStatus.SignedOff) => true,
            (ReferralStatus.AwaitingSignOff, ReferralStatus.Returned) => true,
            _ => false,
        };
        if (!allowed)
            throw new DomainException(nameof(Status), Status switch
            {
                ReferralStatus.SignedOff => "This referral has been signed off and can no longer change",
                ReferralStatus.AwaitingSignOff => "This referral is already waiting for sign-off",
                _ => "This referral has not been submitted for sign-off",
            });
        Status = to;
        Version++;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
            throw new DomainException(nameof(Status), Status == ReferralStatus.SignedOff
                ? "This referral has been signed off and can no longer change"
                : "This referral is waiting for sign-off: it can be changed only if the manager returns it");
    }

    private static string Text(string? value, string field, int maximum)
    {
        var text = (value ?? "").Trim();
        if (text.Length > maximum) throw new DomainException(field, $"Enter {maximum:N0} characters or fewer");
        return text;
    }
}
