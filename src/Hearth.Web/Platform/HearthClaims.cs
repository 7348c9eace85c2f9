namespace Hearth.Web.Platform;

/// <summary>Claim types Hearth adds to a signed-in user's principal (roles use the standard role claim).</summary>
public static class HearthClaims
{
    public const string OrganisationId = "hearth:org";
    public const string OrganisationName = "hearth:org_name";
    public const string OrganisationShortName = "hearth:org_short";
    /// <summary>"Authority" or "Provider".</summary>
    public const string OrganisationKind = "hearth:org_kind";
    /// <summary>Branding colour as a CSS hex colour, e.g. "#1d4f91".</summary>
    public const string OrganisationColour = "hearth:org_colour";
    public const string DisplayName = "hearth:name";
}
