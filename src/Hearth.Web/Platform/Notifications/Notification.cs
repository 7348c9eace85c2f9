namespace Hearth.Web.Platform.Notifications;

/// <summary>
/// One e-mail to one person. <see cref="Template"/> names the message kind (a key of Notify:Templates); the subject and
/// body are also sent as Notify personalisation ((subject)) and ((body)). For a provider the text is built from the
/// anonymised profile only (<see cref="CallOffNotifications"/>).
/// </summary>
public sealed record Notification(int RecipientOrganisationId, string Email, string Template, string Subject, string Body);
