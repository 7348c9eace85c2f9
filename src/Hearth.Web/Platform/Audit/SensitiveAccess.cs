using Hearth.Web.Data;

namespace Hearth.Web.Platform.Audit;

/// <summary>
/// A read or an export of a sensitive record, to record in the audit trail (ADR 0026): an opened bid's prices, answers or
/// files; a child's identity read by a provider; a download of personal data. <paramref name="OwnerOrganisationId"/> is
/// the organisation the record belongs to (the bidder, the child's authority), so its auditors see who read it.
/// </summary>
public sealed record SensitiveAccess(
    AuditAction Action, string Entity, string EntityId, int? OwnerOrganisationId, IReadOnlyList<KeyValuePair<string, string>> Details)
{
    public static SensitiveAccess Read(string entity, object entityId, int? owner, params (string Field, string Value)[] details) =>
        new(AuditAction.Read, entity, Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "", owner,
            [.. details.Select(d => new KeyValuePair<string, string>(d.Field, d.Value))]);

    public static SensitiveAccess Export(string entity, object entityId, int? owner, params (string Field, string Value)[] details) =>
        Read(entity, entityId, owner, details) with { Action = AuditAction.Export };
}
