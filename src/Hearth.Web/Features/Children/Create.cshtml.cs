using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Children;

/// <summary>A social worker adds a child to the authority's records.</summary>
[Authorize(Roles = ChildAccess.Editors)]
public sealed class CreateModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ChildInput Input { get; set; } = new();

    public IActionResult OnGet() => scope.IsAuthority ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!scope.IsAuthority) return NotFound();
        if (!ModelState.IsValid) return Page();
        var child = await ChildRecords.RegisterAsync(db, scope.FilterOrganisationId, Input.ToDetails(), London.Today(clock), ct);
        return Redirect($"/children/{child.Id}?saved=added");
    }
}
