namespace Hearth.Web.Data;

public enum AuditAction
{
    Insert = 1,
    Update = 2,
    Delete = 3,
}
