using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Outbox;

/// <summary>Notifications kept when no GOV.UK Notify key is configured, for the administrator's organisation's people.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(HearthDb db) : PageModel
{
    public List<OutboxMessage> Messages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Messages = await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.Id).Take(200).ToListAsync(ct);
}
