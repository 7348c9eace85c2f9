namespace Hearth.Web.Data;

public enum AuditAction
{
    Insert = 1,
    Update = 2,
    Delete = 3,
    /// <summary>Someone read a sensitive record: an opened bid, a child's identity (by a provider) (ADR 0026).</summary>
    Read = 4,
    /// <summary>Someone downloaded personal data: an export or a document naming children or staff (ADR 0026).</summary>
    Export = 5,
}
