using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Users;

[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(HearthDb db, TimeProvider clock) : PageModel
{
    public sealed record UserRow(int Id, string Name, string Email, string Roles, bool Disabled, DateTimeOffset? LockedUntil);
    public sealed record InvitationRow(int Id, string Email, string Name, string Organisation, string Roles, DateTimeOffset ExpiresAt);

    public List<UserRow> Users { get; private set; } = [];
    public List<InvitationRow> Invitations { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        var now = Now;
        var users = await db.UsersInScope().AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsDisabled, u.LockoutEnd }).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync(ct);
        Users = users.Select(u => new UserRow(u.Id, u.DisplayName, u.Email ?? "",
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => Platform.Roles.DisplayName(r.Name!)).Order()),
            u.IsDisabled, u.LockoutEnd > now ? u.LockoutEnd : null)).ToList();
        Invitations = await (from i in db.Invitations.AsNoTracking()
                             join o in db.Organisations on i.OrganisationId equals o.Id
                             where i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now
                             orderby i.CreatedAt descending
                             select new InvitationRow(i.Id, i.Email, i.DisplayName, o.Name, i.Roles, i.ExpiresAt)).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null) return NotFound();
        if (invitation.AcceptedAt is null) invitation.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }
}
