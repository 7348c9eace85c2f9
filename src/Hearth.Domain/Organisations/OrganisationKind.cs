namespace Hearth.Domain.Organisations;

public enum OrganisationKind
{
    Authority = 1,
    Provider = 2,
    /// <summary>The service operator: runs Hearth itself (adds and closes organisations), sees no authority's or provider's records (ADR 0024).</summary>
    Operator = 3,
}
