using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Commissioning;

/// <summary>One of the authority's suspensions, and reinstating the provider with a reason (another authority's: not found).</summary>
[Authorize(Roles = ProviderSuspensionRecords.Changers)]
public sealed class SuspensionModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public ProviderSuspensionRecords.Row Suspension { get; private set; } = null!;

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Reason { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Version = Suspension.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (await ProviderSuspensionRecords.ReinstateAsync(db, scope, clock, id, Input.Version, Input.Reason, ct) is null) return NotFound();
        return Redirect("/provider-suspensions?saved=" + Uri.EscapeDataString($"{Suspension.Provider} is reinstated: your call-offs ask it again"));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!scope.IsAuthority || await ProviderSuspensionRecords.FindAsync(db, id, ct) is not { } row) return false;
        Suspension = row;
        return true;
    }
}
