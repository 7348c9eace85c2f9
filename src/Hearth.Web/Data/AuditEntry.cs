namespace Hearth.Web.Data;

/// <summary>
/// One recorded insert, update, delete, sensitive read or export. Append-only (database triggers refuse updates and
/// deletes); each row is sealed with a keyed hash (HMAC-SHA256) over all its columns and the previous row's seal, so a
/// removed, altered or forged row breaks the chain (ADR 0003, ADR 0026).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public int? ActorUserId { get; set; }
    public string ActorName { get; set; } = "";
    public int? ActorOrganisationId { get; set; }
    /// <summary>The organisation whose record changed (the authority of a placement, the owner of a household…).</summary>
    public int? OwnerOrganisationId { get; set; }
    public string Entity { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditAction Action { get; set; }
    /// <summary>JSON object: field name → [old, new].</summary>
    public string Changes { get; set; } = "{}";
    /// <summary>The seal of the entry before this one ("" for the first).</summary>
    public string PreviousHash { get; set; } = "";
    /// <summary>HMAC-SHA256 over every column, under the key named by <see cref="KeyId"/>, hex.</summary>
    public string Hash { get; set; } = "";
    /// <summary>Which audit chain key sealed this entry (the key itself is never in the database). "" only before ADR 0026.</summary>
    public string KeyId { get; set; } = "";
}
