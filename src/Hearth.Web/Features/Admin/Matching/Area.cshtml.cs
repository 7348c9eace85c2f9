using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Matching;

/// <summary>The authority's area as postcode districts, kept by its administrator.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class AreaModel(HearthDb db, OrganisationScope scope) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<string> Current { get; private set; } = [];
    public bool Saved { get; private set; }

    public sealed class InputModel
    {
        public string? Districts { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        if (!scope.IsAuthority) return Forbid();
        Saved = saved;
        await LoadAsync(ct);
        Input.Districts = string.Join(' ', Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!scope.IsAuthority) return Forbid();
        await LoadAsync(ct);
        try
        {
            await AuthorityArea.ReplaceAsync(db, scope.FilterOrganisationId, Input.Districts, ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Input.Districts", "Someone else changed the area at the same moment. Nothing was saved: check the list and save again.");
            return Page();
        }
        return Redirect("/admin/area?saved=true");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Current = await AuthorityArea.DistrictsAsync(db, scope.FilterOrganisationId, ct);
    }
}
