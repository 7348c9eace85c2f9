using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing;

/// <summary>A child looked after by an authority. Identity fields are seen only by that authority's staff.</summary>
public sealed class Child
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
    public string HomePostcodeDistrict { get; private set; } = "";
    public int Version { get; private set; }

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
