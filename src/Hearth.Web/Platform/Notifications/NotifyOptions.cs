namespace Hearth.Web.Platform.Notifications;

/// <summary>
/// GOV.UK Notify settings (section "Notify"). ApiKey comes from the environment or a secret store (Notify__ApiKey), never
/// the repository. Templates maps a message kind (NewReferral, OfferReceived, ReferralDeclined) to a Notify template id;
/// "Default" is used for kinds without their own. Each template should show ((subject)) and ((body)).
/// </summary>
public sealed class NotifyOptions
{
    public string? ApiKey { get; set; }
    public Dictionary<string, string> Templates { get; set; } = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);

    public string? TemplateFor(string kind) =>
        Templates.TryGetValue(kind, out var id) && id.Length > 0 ? id : Templates.TryGetValue("Default", out var fallback) ? fallback : null;
}
