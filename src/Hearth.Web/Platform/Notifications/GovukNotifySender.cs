using Microsoft.Extensions.Options;
using Notify.Client;

namespace Hearth.Web.Platform.Notifications;

/// <summary>Sends each notification as an e-mail through GOV.UK Notify (GovukNotify client), with subject and body as personalisation.</summary>
public sealed class GovukNotifySender(HttpClient http, IOptions<NotifyOptions> options, ILogger<GovukNotifySender> log) : INotificationSender
{
    public async Task SendAsync(IReadOnlyList<Notification> notifications, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var settings = options.Value;
        var client = new NotificationClient(new HttpClientWrapper(http), settings.ApiKey);
        foreach (var n in notifications)
        {
            var template = settings.TemplateFor(n.Template)
                ?? throw new InvalidOperationException($"Notify:Templates has no template id for {n.Template} and no Default");
            var personalisation = new Dictionary<string, dynamic> { ["subject"] = n.Subject, ["body"] = n.Body };
            var response = await client.SendEmailAsync(n.Email, template, personalisation, clientReference: n.Template);
            log.LogInformation("Notify accepted {Template} notification {NotifyId}", n.Template, response.id);
        }
    }
}
