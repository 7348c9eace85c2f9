namespace Hearth.Web.Platform.Notifications;

/// <summary>
/// A notification kept in the database: every message is recorded here (the outbox); when GOV.UK Notify is configured
/// it is also sent and its Notify id stored. Administrators see their organisation's recipients' messages.
/// </summary>
public sealed class OutboxMessage
{
    public int Id { get; set; }
    public int RecipientOrganisationId { get; set; }
    public string RecipientEmail { get; set; } = "";
    public string Template { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Kept here: no Notify key is configured.</summary>
    public const string Kept = "Kept";
    /// <summary>Accepted by GOV.UK Notify (with <see cref="NotifyId"/>).</summary>
    public const string Sent = "Sent";
    /// <summary>Refused by GOV.UK Notify or not reached (with <see cref="Error"/>).</summary>
    public const string Failed = "Failed";

    /// <summary><see cref="Kept"/>, <see cref="Sent"/> or <see cref="Failed"/>.</summary>
    public string Delivery { get; set; } = "";
    public string? NotifyId { get; set; }
    /// <summary>Why GOV.UK Notify refused or could not be reached ("Failed"); never contains the API key.</summary>
    public string? Error { get; set; }

    public const int MaximumErrorLength = 500;
}
