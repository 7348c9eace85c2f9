namespace Hearth.Domain.Organisations;

public enum OrganisationStatus
{
    Active = 1,
    Suspended = 2,
    Closed = 3,
}
