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
        db.OutboxMessages.AddRange(notifications.Select(n => Record(n, now, OutboxMessage.Kept)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The outbox row for one notification (subject and body cut to the columns' lengths).</summary>
    public static OutboxMessage Record(Notification n, DateTimeOffset at, string delivery)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new OutboxMessage
        {
            RecipientOrganisationId = n.RecipientOrganisationId, RecipientEmail = n.Email, Template = n.Template,
            Subject = n.Subject.Length > 300 ? n.Subject[..300] : n.Subject, Body = n.Body.Length > 8_000 ? n.Body[..8_000] : n.Body,
            CreatedAt = at, Delivery = delivery,
        };
    }
}
