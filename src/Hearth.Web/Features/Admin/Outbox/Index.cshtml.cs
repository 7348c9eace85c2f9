using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Features.Admin.Outbox;

/// <summary>
/// Every notification for the administrator's organisation's people: kept here when no GOV.UK Notify key is configured,
/// or sent through Notify and logged with Notify's id or the error (ADR 0023).
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(HearthDb db, IOptions<NotifyOptions> notify) : PageModel
{
    public List<OutboxMessage> Messages { get; private set; } = [];
    public bool NotifyConfigured => notify.Value.IsConfigured;

    public async Task OnGetAsync(CancellationToken ct) =>
        Messages = await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.Id).Take(200).ToListAsync(ct);

    public static string DeliveryText(OutboxMessage m) => m.Delivery switch
    {
        OutboxMessage.Sent => "Sent by GOV.UK Notify",
        OutboxMessage.Failed => "Not sent",
        _ => "Kept here",
    };
}
