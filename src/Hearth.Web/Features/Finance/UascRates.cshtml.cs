using Hearth.Domain.Finance;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>The authority's UASC grant rates, and adding one (finance officers and the authority's administrators).</summary>
[Authorize(Roles = UascRoles.Readers)]
public sealed class UascRatesModel(HearthDb db) : PageModel
{
    [BindProperty]
    public UascRateInput Input { get; set; } = new();

    public List<UascGrantRate> Rates { get; private set; } = [];
    public bool CanEdit => User.IsInRole(Roles.FinanceOfficer) || User.IsInRole(Roles.Administrator);

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!db.Scope.IsAuthority) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!db.Scope.IsAuthority || !CanEdit) return Forbid();
        await LoadAsync(ct);
        Saved = null;
        if (!ModelState.IsValid) return Page();
        var rate = await UascRateStore.AddAsync(db, Input.AgeBand!.Value, Input.EffectiveFrom!.Value, Input.EffectiveTo, Input.Rate(), ct);
        return Redirect("/finance/uasc/rates?saved=" + Uri.EscapeDataString(
            $"{UascAgeBands.Name(rate.AgeBand)} rate of {rate.NightlyRate} a night from {rate.EffectiveFrom:d MMMM yyyy} added"));
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Rates = await db.UascGrantRates.AsNoTracking().OrderByDescending(r => r.EffectiveFrom).ThenBy(r => r.AgeBand).ToListAsync(ct);
}
