namespace Hearth.Web.Data;

/// <summary>
/// One recorded insert, update or delete. Append-only (database triggers refuse updates and deletes); each row carries
/// the hash of the previous row so that a removed or altered row breaks the chain.
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
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
