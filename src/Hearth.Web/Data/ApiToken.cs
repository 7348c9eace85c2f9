namespace Hearth.Web.Data;

/// <summary>An organisation's API token for system-to-system calls. Stored hashed; shown once when created.</summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The first characters of the token, so people can tell tokens apart without the secret.</summary>
    public string Prefix { get; set; } = "";
    /// <summary>SHA-256 of the token, hex.</summary>
    public string TokenHash { get; set; } = "";
    /// <summary>Role names the token acts with, separated by commas.</summary>
    public string Roles { get; set; } = "";
    public int CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
