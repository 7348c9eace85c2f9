using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Households;

/// <summary>One household's register entry: saving it confirms its vacancies as current.</summary>
[Authorize(Roles = HouseholdRegister.Keepers)]
public sealed class EditModel(HearthDb db, TimeProvider clock) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public CarerHousehold Household { get; private set; } = null!;
    public bool Stale { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }

    /// <summary>The register entry's fields and the version the user saw.</summary>
    public sealed class InputModel : HouseholdForm
    {
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var h = Household;
        Input = new() { Version = h.Version };
        Input.Fill(h);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var profile = Input.ToProfile();
        return await SaveAsync(() => HouseholdRegister.UpdateAsync(db, id, profile, Input.Version, London.Today(clock), ct), id, "saved");
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (await HouseholdRegister.ConfirmAsync(db, [id], London.Today(clock), ct) is null) return NotFound();
        return Redirect($"/households/{id}?Saved=confirmed");
    }

    private async Task<IActionResult> SaveAsync(Func<Task<CarerHousehold?>> save, int id, string done)
    {
        try
        {
            await save();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this household while you were editing it. Nothing was saved: reload the page to see their changes.");
            return Page();
        }
        return Redirect($"/households/{id}?Saved={done}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.CarerHouseholds.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id && h.OwnerOrganisationId == db.Scope.FilterOrganisationId, ct) is not { } h)
            return false;
        Household = h;
        Stale = h.IsStale(London.Today(clock));
        return true;
    }
}
