namespace Hearth.Web.Platform;

/// <summary>One link in the GOV.UK service navigation.</summary>
/// <param name="Text">The link text.</param>
/// <param name="Href">The app-relative URL, e.g. "/admin/users".</param>
/// <param name="IsActive">True when the current page is this item or below it (rendered with aria-current).</param>
public sealed record NavigationItem(string Text, string Href, bool IsActive);
