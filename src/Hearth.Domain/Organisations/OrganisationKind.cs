namespace Hearth.Domain.Organisations;

public enum OrganisationKind
{
    Authority = 1,
    Provider = 2,
}
