using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Organisations;

/// <summary>
/// An administrator edits their own organisation's details, and only their own (ADR 0024): another organisation's id is
/// not found. Suspending and closing belong to the service operator (<see cref="StatusModel"/>). Two administrators saving
/// at once: the second is told.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class EditModel(HearthDb db, OrganisationScope scope, SignInManager<HearthUser> signIn) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public Organisation? Organisation { get; private set; }
    public bool Saved { get; private set; }

    public static readonly List<SelectListItem> Sectors =
        [new("Private (PR4)", nameof(ProviderSector.Private)), new("Voluntary or third sector (PR5)", nameof(ProviderSector.Voluntary))];

    public async Task<IActionResult> OnGetAsync(int id, bool saved = false)
    {
        if (!await LoadAsync(id)) return NotFound();
        var o = Organisation!;
        Input = new OrganisationInput { Name = o.Name, ShortName = o.ShortName, Version = o.Version };
        if (o is Authority a) { Input.OnsCode = a.OnsCode; Input.ElectoralDivisions = a.ElectoralDivisions; Input.BrandColour = a.BrandColour; }
        if (o is Provider p) { Input.OfstedUrn = p.OfstedUrn; Input.Sector = p.Sector; Input.RegisteredOffice = p.RegisteredOffice; }
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var o = Organisation!;
        db.Entry(o).Property(x => x.Version).OriginalValue = Input.Version;
        o.Rename(Input.Name, Input.ShortName);
        if (o is Authority a) a.Update(Input.OnsCode ?? "", Input.ElectoralDivisions ?? 0, Input.BrandColour ?? "");
        if (o is Provider p)
        {
            if (Input.Sector is null) throw new DomainException("Sector", "Select whether the provider is private or voluntary");
            p.Update(Input.OfstedUrn ?? "", Input.Sector.Value, Input.RegisteredOffice ?? "");
        }
        await db.SaveChangesAsync();
        // The header shows the organisation's name and colour from the sign-in: refresh it, so the administrator sees
        // their change at once rather than at their next sign-in (an API token has no sign-in to refresh).
        if (await signIn.UserManager.GetUserAsync(User) is { } me)
            await signIn.RefreshSignInAsync(me);
        return RedirectToPage(new { id, saved = true });
    }

    private async Task<bool> LoadAsync(int id)
    {
        // Only the administrator's own organisation is looked up at all: any other id answers exactly like one that does not exist.
        if (!scope.CanManageOrganisation(id)) return false;
        Organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id);
        return Organisation is not null;
    }
}
