namespace Hearth.Web.Features.Home;

/// <summary>One thing on a person's home page: what needs doing (or what is fine), and where to go.</summary>
public sealed record HomeCard(string Role, string Title, string Body, string? LinkText = null, string? Href = null, bool NeedsAction = false);
