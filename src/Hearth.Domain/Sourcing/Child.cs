using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing;

/// <summary>A child looked after by an authority. Identity fields are seen only by that authority's staff.</summary>
public sealed partial class Child
{
    private static readonly string[] Sexes = ["M", "F", "U"];

    private Child() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    /// <summary>The child's id in the authority's case-management system (SSDA903 CHILD).</summary>
    public string CaseReference { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public DateOnly DateOfBirth { get; private set; }
    /// <summary>SSDA903 SEX: M, F or U.</summary>
    public string Sex { get; private set; } = "U";
    /// <summary>SSDA903 ETHNIC code, e.g. WBRI.</summary>
    public string Ethnicity { get; private set; } = "";
    public bool IsUasc { get; private set; }
    public bool HasDisability { get; private set; }
    /// <summary>The full home postcode (authority staff only); the district is derived from it.</summary>
    public string HomePostcode { get; private set; } = "";
    public string HomePostcodeDistrict { get; private set; } = "";
    public string Religion { get; private set; } = "";
    public string FirstLanguage { get; private set; } = "";
    /// <summary>SSDA903 LS code, e.g. C2.</summary>
    public string LegalStatus { get; private set; } = "";
    public string School { get; private set; } = "";
    public int Version { get; private set; }

    public string FullName => $"{GivenName} {FamilyName}";

    /// <summary>A child recorded by a social worker, with every field of <see cref="ChildDetails"/> checked.</summary>
    public static Child Register(int authorityId, ChildDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        var child = Register(authorityId, details.CaseReference ?? "", details.GivenName ?? "", details.FamilyName ?? "", details.DateOfBirth,
            details.Sex ?? "", "", details.IsUasc, details.HasDisability, "", today);
        child.Apply(details);
        return child;
    }

    /// <summary>Changes the child's record; the case reference, names and every code are checked as on registration.</summary>
    public void Update(ChildDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        var check = Register(AuthorityId, details, today);
        CaseReference = check.CaseReference;
        GivenName = check.GivenName;
        FamilyName = check.FamilyName;
        DateOfBirth = check.DateOfBirth;
        Sex = check.Sex;
        IsUasc = check.IsUasc;
        HasDisability = check.HasDisability;
        Apply(details);
        Version++;
    }

    private void Apply(ChildDetails details)
    {
        var ethnicity = (details.Ethnicity ?? "").Trim().ToUpperInvariant();
        if (!Ssda903Codes.IsEthnicity(ethnicity)) throw new DomainException(nameof(Ethnicity), "Select the child's ethnicity");
        var legalStatus = (details.LegalStatus ?? "").Trim().ToUpperInvariant();
        if (!Ssda903Codes.IsLegalStatus(legalStatus)) throw new DomainException(nameof(LegalStatus), "Select the child's legal status");
        var religion = (details.Religion ?? "").Trim();
        if (religion.Length > 60) throw new DomainException(nameof(Religion), "Religion must be 60 characters or fewer");
        var language = (details.FirstLanguage ?? "").Trim();
        if (language.Length > 60) throw new DomainException(nameof(FirstLanguage), "First language must be 60 characters or fewer");
        var school = (details.School ?? "").Trim();
        if (school.Length > 120) throw new DomainException(nameof(School), "School must be 120 characters or fewer");
        var postcode = Postcode.Normalise(details.HomePostcode, nameof(HomePostcode));
        Ethnicity = ethnicity;
        LegalStatus = legalStatus;
        Religion = religion;
        FirstLanguage = language;
        School = school;
        HomePostcode = postcode;
        HomePostcodeDistrict = Postcode.DistrictOf(postcode);
    }

    public static Child Register(
        int authorityId, string caseReference, string givenName, string familyName, DateOnly dateOfBirth,
        string sex, string ethnicity, bool isUasc, bool hasDisability, string homePostcodeDistrict, DateOnly today)
    {
        caseReference = (caseReference ?? "").Trim();
        givenName = (givenName ?? "").Trim();
        familyName = (familyName ?? "").Trim();
        sex = (sex ?? "").Trim().ToUpperInvariant();
        if (caseReference.Length is 0 or > 40) throw new DomainException(nameof(CaseReference), "Enter the case reference, up to 40 characters");
        if (givenName.Length is 0 or > 100) throw new DomainException(nameof(GivenName), "Enter the child's first name");
        if (familyName.Length is 0 or > 100) throw new DomainException(nameof(FamilyName), "Enter the child's last name");
        if (dateOfBirth > today) throw new DomainException(nameof(DateOfBirth), "Date of birth must be today or in the past");
        if (dateOfBirth < today.AddYears(-40)) throw new DomainException(nameof(DateOfBirth), "Date of birth must be within the last 40 years");
        if (Array.IndexOf(Sexes, sex) < 0) throw new DomainException(nameof(Sex), "Select M, F or U");
        return new Child
        {
            AuthorityId = authorityId, CaseReference = caseReference, GivenName = givenName, FamilyName = familyName,
            DateOfBirth = dateOfBirth, Sex = sex, Ethnicity = (ethnicity ?? "").Trim().ToUpperInvariant(),
            IsUasc = isUasc, HasDisability = hasDisability, HomePostcodeDistrict = (homePostcodeDistrict ?? "").Trim().ToUpperInvariant(),
        };
    }

    /// <summary>
    /// Age in whole years on a date. Someone born on 29 February reaches their birthday on 1 March in common years, as
    /// Scots law provides (England and Wales have no statute on it; see docs/decisions/0004-leap-day-birthdays.md).
    /// </summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly on)
    {
        var age = on.Year - dateOfBirth.Year;
        if (on < Anniversary(dateOfBirth, on.Year)) age--;
        return age;
    }

    private static DateOnly Anniversary(DateOnly dateOfBirth, int year) =>
        dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, dateOfBirth.Month, dateOfBirth.Day);
}
