namespace Hearth.Domain.Sourcing;

/// <summary>
/// What an owner records about a household in the vacancy register (pages and API pass the same record to
/// <see cref="CarerHousehold.UpdateProfile"/>). Languages are separated by commas; other children's ages by spaces or commas.
/// </summary>
public sealed record HouseholdProfile(
    HouseholdApprovals Approvals,
    int ApprovedPlaces,
    int VacantPlaces,
    int AgeFrom,
    int AgeTo,
    HouseholdSkills Skills,
    string? Languages,
    string? Religion,
    bool HasPets,
    string? OtherChildrenAges,
    string? PostcodeDistrict);
