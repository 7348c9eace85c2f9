using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Households;

/// <summary>
/// Adds a household to the signed-in organisation's register: a provider's staff add to their own agency, the in-house
/// team to their authority. The owner is never taken from the form.
/// </summary>
[Authorize(Roles = HouseholdRegister.Keepers)]
public sealed class AddModel(HearthDb db, TimeProvider clock) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool IsAuthority => db.Scope.IsAuthority;

    /// <summary>The household's reference and its register entry.</summary>
    public sealed class InputModel : HouseholdForm
    {
        [Required(ErrorMessage = "Enter the household reference")]
        [StringLength(40, ErrorMessage = "Enter the household reference, up to 40 characters")]
        public string? Reference { get; set; }
    }

    public IActionResult OnGet()
    {
        if (db.Scope.OrganisationId is null) return Forbid();
        Input = new() { HasPets = null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (db.Scope.OrganisationId is null) return Forbid();
        if (!ModelState.IsValid) return Page();
        var household = await HouseholdRegister.AddAsync(db, Input.Reference, Input.ToProfile(), London.Today(clock), ct);
        return Redirect($"/households/{household.Id}?Saved=added");
    }
}
