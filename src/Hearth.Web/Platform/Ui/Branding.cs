using System.Security.Claims;
using System.Text.RegularExpressions;

namespace Hearth.Web.Platform.Ui;

/// <summary>The signed-in user's organisation branding for the layout (name and colour), with safe fallbacks.</summary>
public static partial class Branding
{
    /// <summary>Shown when signed out or when the organisation has no valid colour (GOV.UK Frontend's brand blue).</summary>
    public const string DefaultColour = "#1d70b8";

    public const string DefaultName = "Hearth";

    /// <summary>The organisation's name from its claim, or "Hearth" when signed out.</summary>
    public static string OrganisationName(ClaimsPrincipal user)
    {
        var name = user.Identity?.IsAuthenticated == true ? user.FindFirst(HearthClaims.OrganisationName)?.Value : null;
        return string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim();
    }

    /// <summary>
    /// The organisation's colour, but only when it is exactly a <c>#rrggbb</c> hex colour: the value is written into a
    /// <c>style</c> attribute, so anything else (a CSS expression, a <c>;</c>, a <c>url()</c>) is replaced by the default.
    /// </summary>
    public static string Colour(ClaimsPrincipal user)
    {
        var colour = user.Identity?.IsAuthenticated == true ? user.FindFirst(HearthClaims.OrganisationColour)?.Value : null;
        return IsHexColour(colour) ? colour!.ToLowerInvariant() : DefaultColour;
    }

    public static bool IsHexColour(string? value) => value is not null && HexColour().IsMatch(value);

    /// <summary>The user's display name, falling back to their user name.</summary>
    public static string DisplayName(ClaimsPrincipal user)
    {
        var name = user.FindFirst(HearthClaims.DisplayName)?.Value;
        return string.IsNullOrWhiteSpace(name) ? user.Identity?.Name ?? "" : name;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColour();
}
