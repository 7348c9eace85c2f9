namespace Hearth.Web.Data;

/// <summary>A one-time invitation to create an account in an organisation with given roles.</summary>
public sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    /// <summary>Role names separated by commas.</summary>
    public string Roles { get; set; } = "";
    /// <summary>SHA-256 of the one-time token, hex. The token itself is never stored.</summary>
    public string TokenHash { get; set; } = "";
    public int InvitedByUserId { get; set; }
    public int InvitedByOrganisationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsUsable(DateTimeOffset now) => AcceptedAt is null && RevokedAt is null && now < ExpiresAt;
}
