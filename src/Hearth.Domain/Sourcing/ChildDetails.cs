namespace Hearth.Domain.Sourcing;

/// <summary>What a social worker records about a child (pages and API pass the same record to <see cref="Child"/>).</summary>
public sealed record ChildDetails(
    string? CaseReference,
    string? GivenName,
    string? FamilyName,
    DateOnly DateOfBirth,
    string? Sex,
    string? Ethnicity,
    string? Religion,
    string? FirstLanguage,
    bool HasDisability,
    bool IsUasc,
    string? LegalStatus,
    string? HomePostcode,
    string? School);
