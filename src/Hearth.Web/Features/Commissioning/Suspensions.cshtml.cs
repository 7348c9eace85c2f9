using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Commissioning;

/// <summary>
/// The providers the authority has suspended from its call-offs, and suspending another (ADR 0024): the authority's
/// commissioning power over a provider, never over its accounts.
/// </summary>
[Authorize(Roles = ProviderSuspensionRecords.Readers)]
public sealed class SuspensionsModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public List<ProviderSuspensionRecords.Row> Rows { get; private set; } = [];
    public List<SelectListItem> Providers { get; private set; } = [];
    public bool CanChange => scope.IsInRole(Roles.Commissioner);
    public string? Saved { get; private set; }

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public int? ProviderId { get; set; }
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string? saved, CancellationToken ct)
    {
        if (!scope.IsAuthority) return Forbid();
        Saved = saved;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!scope.IsAuthority || !CanChange) return Forbid();
        await LoadAsync(ct);
        var suspension = await ProviderSuspensionRecords.SuspendAsync(db, scope, clock, Input.ProviderId, Input.Reason, ct);
        var name = await db.Providers.Where(p => p.Id == suspension.ProviderId).Select(p => p.Name).SingleAsync(ct);
        return Redirect("/provider-suspensions?saved=" + Uri.EscapeDataString($"{name} is suspended from your authority's call-offs"));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await ProviderSuspensionRecords.ListAsync(db, ct);
        var suspended = Rows.Where(r => r.ReinstatedOn is null).Select(r => r.ProviderId).ToHashSet();
        Providers = [new("Select a provider", ""), .. (await db.Providers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct))
            .Where(p => !suspended.Contains(p.Id))
            .Select(p => new SelectListItem(p.Name, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
