using Hearth.Web.Data;

namespace Hearth.Web.Platform.Notifications;

/// <summary>With no Notify key configured: messages are kept in the database, listed for administrators at /admin/outbox.</summary>
public sealed class OutboxNotificationSender(HearthDb db, TimeProvider clock) : INotificationSender
{
    public async Task SendAsync(IReadOnlyList<Notification> notifications, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0) return;
        var now = clock.GetUtcNow();
        db.OutboxMessages.AddRange(notifications.Select(n => new OutboxMessage
        {
            RecipientOrganisationId = n.RecipientOrganisationId, RecipientEmail = n.Email, Template = n.Template,
            Subject = n.Subject.Length > 300 ? n.Subject[..300] : n.Subject, Body = n.Body.Length > 8_000 ? n.Body[..8_000] : n.Body,
            CreatedAt = now, Delivery = "Kept",
        }));
        await db.SaveChangesAsync(ct);
    }
}
