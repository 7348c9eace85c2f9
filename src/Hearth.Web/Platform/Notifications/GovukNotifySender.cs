using Hearth.Web.Data;
using Microsoft.Extensions.Options;
using Notify.Client;

namespace Hearth.Web.Platform.Notifications;

/// <summary>
/// Sends each notification as an e-mail through GOV.UK Notify (GovukNotify client), with subject and body as personalisation,
/// and records every send in the outbox table (ADR 0023): "Sent" with Notify's id, or "Failed" with the error, so
/// administrators can see at /admin/outbox what went out. A failed send does not stop the others or undo the change that
/// caused it; the API key is never recorded.
/// </summary>
public sealed class GovukNotifySender(HttpClient http, IOptions<NotifyOptions> options, HearthDb db, TimeProvider clock, ILogger<GovukNotifySender> log)
    : INotificationSender
{
    public async Task SendAsync(IReadOnlyList<Notification> notifications, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0) return;
        var settings = options.Value;
        var client = new NotificationClient(new HttpClientWrapper(http), settings.ApiKey);
        foreach (var n in notifications)
        {
            var record = OutboxNotificationSender.Record(n, clock.GetUtcNow(), OutboxMessage.Sent);
            try
            {
                var template = settings.TemplateFor(n.Template)
                    ?? throw new InvalidOperationException($"Notify:Templates has no template id for {n.Template} and no Default");
                var personalisation = new Dictionary<string, dynamic> { ["subject"] = n.Subject, ["body"] = n.Body };
                var response = await client.SendEmailAsync(n.Email, template, personalisation, clientReference: n.Template);
                record.NotifyId = response.id;
                log.LogInformation("Notify accepted {Template} notification {NotifyId}", n.Template, response.id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                record.Delivery = OutboxMessage.Failed;
                record.Error = Redact(e.Message, settings.ApiKey);
                log.LogWarning("Notify did not accept {Template} notification: {Error}", n.Template, record.Error);
            }
            db.OutboxMessages.Add(record);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The error text to keep: without the API key (or its secret half) even if a message ever echoed it, and short.</summary>
    public static string Redact(string message, string? apiKey)
    {
        var text = message ?? "";
        if (!string.IsNullOrEmpty(apiKey))
        {
            text = text.Replace(apiKey, "[api key]", StringComparison.Ordinal);
            // A Notify key ends with the service id and the secret (two UUIDs, 36 characters each).
            if (apiKey.Length > 36) text = text.Replace(apiKey[^36..], "[secret]", StringComparison.Ordinal);
        }
        return text.Length > OutboxMessage.MaximumErrorLength ? text[..OutboxMessage.MaximumErrorLength] : text;
    }
}
