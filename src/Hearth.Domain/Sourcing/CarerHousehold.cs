using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing;

/// <summary>
/// A fostering household: the authority's own (in-house, owned by the authority) or an agency's (owned by a provider).
/// </summary>
public sealed partial class CarerHousehold
{
    private CarerHousehold() { }

    public int Id { get; private set; }
    /// <summary>The authority (in-house) or provider that approved and supports the household.</summary>
    public int OwnerOrganisationId { get; private set; }
    public string Reference { get; private set; } = "";
    public string PostcodeDistrict { get; private set; } = "";
    public int ApprovedPlaces { get; private set; }
    public int AgeFrom { get; private set; }
    public int AgeTo { get; private set; }
    public DateOnly ApprovedOn { get; private set; }
    public DateOnly? ConfirmedOn { get; private set; }
    public int Version { get; private set; }

    public static CarerHousehold Approve(int ownerOrganisationId, string reference, string postcodeDistrict, int places, int ageFrom, int ageTo, DateOnly approvedOn)
    {
        reference = (reference ?? "").Trim();
        if (reference.Length is 0 or > 40) throw new DomainException(nameof(Reference), "Enter the household reference, up to 40 characters");
        if (places is < 1 or > 6) throw new DomainException(nameof(ApprovedPlaces), "Approved places must be between 1 and 6");
        if (ageFrom is < 0 or > 17) throw new DomainException(nameof(AgeFrom), "Ages must be between 0 and 17");
        if (ageTo is < 0 or > 17) throw new DomainException(nameof(AgeTo), "Ages must be between 0 and 17");
        if (ageTo < ageFrom) throw new DomainException(nameof(AgeTo), "The oldest age must be the same as or more than the youngest");
        return new CarerHousehold
        {
            OwnerOrganisationId = ownerOrganisationId, Reference = reference,
            PostcodeDistrict = (postcodeDistrict ?? "").Trim().ToUpperInvariant(),
            ApprovedPlaces = places, VacantPlaces = places, AgeFrom = ageFrom, AgeTo = ageTo, ApprovedOn = approvedOn, ConfirmedOn = approvedOn,
        };
    }

    /// <summary>Vacancies not confirmed for this many days are shown as stale.</summary>
    public const int StaleAfterDays = 30;

    /// <summary>The earliest confirmation date that is not stale on <paramref name="today"/>.</summary>
    public static DateOnly FreshSince(DateOnly today) => today.AddDays(-StaleAfterDays);

    public bool IsStale(DateOnly today) => ConfirmedOn is null || ConfirmedOn < FreshSince(today);

    public void ConfirmVacancies(DateOnly on)
    {
        ConfirmedOn = on;
        Version++;
    }
}
