using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Admin.Organisations;

/// <summary>An authority's administrator adds an agency to Hearth, so its staff can be invited and it can bid and offer.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class CreateProviderModel(HearthDb db, OrganisationScope scope) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public IActionResult OnGet() => scope.IsAuthority ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!scope.IsAuthority) return Forbid();
        if (!ModelState.IsValid) return Page();
        if (Input.Sector is null) throw new DomainException("Sector", "Select whether the provider is private or voluntary");
        var provider = Provider.Create(Input.Name, Input.ShortName, Input.OfstedUrn ?? "", Input.Sector.Value, Input.RegisteredOffice ?? "");
        // A name or Ofsted URN already on Hearth is refused by the database's unique indexes (UniqueConstraints).
        db.Providers.Add(provider);
        await db.SaveChangesAsync();
        return Redirect($"/admin/organisations/{provider.Id}?saved=true");
    }
}
