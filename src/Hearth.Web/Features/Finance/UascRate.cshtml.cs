using Hearth.Domain.Finance;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>Changes or removes one UASC grant rate of the authority (another authority's rate is not found).</summary>
[Authorize(Roles = UascRoles.RateEditors)]
public sealed class UascRateModel(HearthDb db) : PageModel
{
    [BindProperty]
    public UascRateInput Input { get; set; } = new();

    public UascGrantRate Rate { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!db.Scope.IsAuthority) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = new UascRateInput
        {
            AgeBand = Rate.AgeBand, EffectiveFrom = Rate.EffectiveFrom, EffectiveTo = Rate.EffectiveTo,
            NightlyRate = Rate.NightlyRate.Pounds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), Version = Rate.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!db.Scope.IsAuthority) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        await UascRateStore.ChangeAsync(db, Rate, Input, ct);
        return Redirect("/finance/uasc/rates?saved=" + Uri.EscapeDataString($"{UascAgeBands.Name(Rate.AgeBand)} rate from {Rate.EffectiveFrom:d MMMM yyyy} changed"));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int version, CancellationToken ct)
    {
        if (!db.Scope.IsAuthority) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        db.Entry(Rate).Property(r => r.Version).OriginalValue = version;
        db.UascGrantRates.Remove(Rate);
        await db.SaveChangesAsync(ct);
        return Redirect("/finance/uasc/rates?saved=" + Uri.EscapeDataString($"{UascAgeBands.Name(Rate.AgeBand)} rate from {Rate.EffectiveFrom:d MMMM yyyy} removed"));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var rate = await db.UascGrantRates.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rate is null) return false;
        Rate = rate;
        return true;
    }
}
