using Microsoft.AspNetCore.Identity;

namespace Hearth.Web.Data;

/// <summary>A person who signs in. Belongs to exactly one organisation.</summary>
public sealed class HearthUser : IdentityUser<int>
{
    public int OrganisationId { get; set; }
    public string DisplayName { get; set; } = "";
    public bool IsDisabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignedInAt { get; set; }
}
