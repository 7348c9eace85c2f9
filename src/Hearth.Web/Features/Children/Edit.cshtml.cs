using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Children;

/// <summary>A social worker corrects or updates a child's record, against the version they were shown.</summary>
[Authorize(Roles = ChildAccess.Editors)]
public sealed class EditModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ChildInput Input { get; set; } = new();

    public Child Child { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = ChildInput.From(Child);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        await ChildRecords.UpdateAsync(db, Child, Input.ToDetails(), Input.Version, London.Today(clock), ct);
        return Redirect($"/children/{id}?saved=changed");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!scope.IsAuthority) return false;
        Child = (await db.Children.SingleOrDefaultAsync(c => c.Id == id, ct))!;
        return Child is not null;
    }
}
