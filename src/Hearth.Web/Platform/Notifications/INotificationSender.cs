namespace Hearth.Web.Platform.Notifications;

/// <summary>Sends notifications: GOV.UK Notify when an API key is configured, otherwise kept in the outbox (the database).</summary>
public interface INotificationSender
{
    Task SendAsync(IReadOnlyList<Notification> notifications, CancellationToken ct);
}
