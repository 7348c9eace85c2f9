using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing;

/// <summary>The vacancy register: what the household is approved for, its vacant places and what its carers offer.</summary>
public sealed partial class CarerHousehold
{
    public const int MaximumOtherChildren = 10;

    public HouseholdApprovals Approvals { get; private set; } = HouseholdApprovals.ShortTerm | HouseholdApprovals.LongTerm;
    /// <summary>Places free now (never more than the approved places).</summary>
    public int VacantPlaces { get; private set; }
    public HouseholdSkills Skills { get; private set; }
    /// <summary>Languages spoken at home besides English, comma separated, e.g. "Polish, Romanian".</summary>
    public string Languages { get; private set; } = "";
    public string Religion { get; private set; } = "";
    public bool HasPets { get; private set; }
    /// <summary>Ages in years of the other children living in the household (birth, adopted or fostered), space separated.</summary>
    public string OtherChildrenAges { get; private set; } = "";

    public IReadOnlyList<string> LanguageList => SplitLanguages(Languages);

    public IReadOnlyList<int> OtherChildrenAgeList => OtherChildrenAges.Length == 0
        ? [] : OtherChildrenAges.Split(' ').Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The most places a fostering household can be approved for (the usual fostering limit is 3; an exemption allows more).</summary>
    public const int MaximumApprovedPlaces = 6;

    /// <summary>
    /// Adds a household to its owner's register, approved and confirmed on <paramref name="today"/>, with its whole profile
    /// checked as <see cref="UpdateProfile"/> checks it. Whether the reference is already used by the owner is for the caller
    /// to check (the register is in the database); the database's unique index on owner and reference is the backstop.
    /// </summary>
    public static CarerHousehold Register(int ownerOrganisationId, string? reference, HouseholdProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (ownerOrganisationId < 1) throw new DomainException(nameof(OwnerOrganisationId), "A household belongs to an organisation");
        reference = (reference ?? "").Trim();
        if (reference.Length is 0 or > 40) throw new DomainException(nameof(Reference), "Enter the household reference, up to 40 characters");
        if (reference.Any(char.IsControl)) throw new DomainException(nameof(Reference), "Enter the household reference without line breaks or tabs");
        var household = new CarerHousehold { OwnerOrganisationId = ownerOrganisationId, Reference = reference, ApprovedOn = today };
        household.UpdateProfile(profile, today);
        household.Version = 0;
        return household;
    }

    /// <summary>The owner updates the household's register entry; saving it confirms the vacancies as current on <paramref name="today"/>.</summary>
    public void UpdateProfile(HouseholdProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if ((profile.Approvals & ~HouseholdApproval.All) != 0 || profile.Approvals == HouseholdApprovals.None)
            throw new DomainException(nameof(Approvals), "Select at least one type of placement the household is approved for");
        if (profile.ApprovedPlaces is < 1 or > MaximumApprovedPlaces)
            throw new DomainException(nameof(ApprovedPlaces), $"Approved places must be between 1 and {MaximumApprovedPlaces}");
        if (profile.VacantPlaces < 0 || profile.VacantPlaces > profile.ApprovedPlaces)
            throw new DomainException(nameof(VacantPlaces), "Vacant places must be between 0 and the approved places");
        if (profile.AgeFrom is < 0 or > 17) throw new DomainException(nameof(AgeFrom), "Ages must be between 0 and 17");
        if (profile.AgeTo is < 0 or > 17) throw new DomainException(nameof(AgeTo), "Ages must be between 0 and 17");
        if (profile.AgeTo < profile.AgeFrom) throw new DomainException(nameof(AgeTo), "The oldest age must be the same as or more than the youngest");
        if ((profile.Skills & ~HouseholdSkill.Every) != 0) throw new DomainException(nameof(Skills), "Select skills from the list");
        var languages = SplitLanguages(profile.Languages);
        if (languages.Any(l => l.Length > 40) || languages.Count > 10)
            throw new DomainException(nameof(Languages), "Enter at most 10 languages, each up to 40 characters");
        var religion = (profile.Religion ?? "").Trim();
        if (religion.Length > 60) throw new DomainException(nameof(Religion), "Enter a religion of 60 characters or fewer");
        var ages = ParseAges(profile.OtherChildrenAges);
        var district = string.IsNullOrWhiteSpace(profile.PostcodeDistrict)
            ? throw new DomainException(nameof(PostcodeDistrict), "Enter the household's postcode district, like ME14")
            : Postcode.NormaliseDistrict(profile.PostcodeDistrict, nameof(PostcodeDistrict));

        Approvals = profile.Approvals;
        ApprovedPlaces = profile.ApprovedPlaces;
        VacantPlaces = profile.VacantPlaces;
        AgeFrom = profile.AgeFrom;
        AgeTo = profile.AgeTo;
        Skills = profile.Skills;
        Languages = string.Join(", ", languages);
        Religion = religion;
        HasPets = profile.HasPets;
        OtherChildrenAges = string.Join(' ', ages);
        PostcodeDistrict = district;
        ConfirmVacancies(today);
    }

    /// <summary>The profile as it stands, for a form to start from.</summary>
    public HouseholdProfile Profile => new(Approvals, ApprovedPlaces, VacantPlaces, AgeFrom, AgeTo, Skills, Languages, Religion, HasPets,
        OtherChildrenAges, PostcodeDistrict);

    private static List<string> SplitLanguages(string? text) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static List<int> ParseAges(string? text)
    {
        var ages = new List<int>();
        foreach (var part in (text ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age) || age > 25)
                throw new DomainException(nameof(OtherChildrenAges), $"Enter the other children's ages in years, like 4 9 15: '{part}' is not an age from 0 to 25");
            ages.Add(age);
        }
        if (ages.Count > MaximumOtherChildren)
            throw new DomainException(nameof(OtherChildrenAges), $"Enter at most {MaximumOtherChildren} other children");
        ages.Sort();
        return ages;
    }
}
