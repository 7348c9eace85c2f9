namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>A carer household as an offer needs it: whose it is and how many places are free on the start date.</summary>
public sealed record OfferableHousehold(int Id, int OwnerOrganisationId, string Reference, int VacantPlaces);
