using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Decisions;

/// <summary>A commissioner adds a proposed decision to the authority's register.</summary>
[Authorize(Roles = Roles.Commissioner)]
public sealed class CreateModel(HearthDb db, OrganisationScope scope) : PageModel
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public Authority? Authority { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAuthorityAsync(ct)) return Forbid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAuthorityAsync(ct)) return Forbid();
        var authority = Authority!;
        var value = Money.Zero;
        if (Input.Value is not null && !Money.TryParse(Input.Value, out value))
            ModelState.AddModelError("Input.Value", "Enter the value as an amount in pounds, like £1,250,000 or 1250000.50");
        if (!Input.AffectsAllDivisions && Input.DivisionsAffected is null && ModelState.GetFieldValidationState("Input.DivisionsAffected") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            ModelState.AddModelError("Input.DivisionsAffected", "Enter the number of electoral divisions affected, or select that it affects all of them");
        if (!ModelState.IsValid) return Page();

        var divisions = Input.AffectsAllDivisions ? authority.ElectoralDivisions : Input.DivisionsAffected!.Value;
        var decision = KeyDecision.Propose(authority, Input.Reference, Input.Title, Input.DecisionMaker, value, divisions);
        if (await db.KeyDecisions.AnyAsync(d => d.AuthorityId == authority.Id && d.Reference == decision.Reference, ct))
            throw new DomainException(nameof(DecisionInput.Reference), $"Decision {decision.Reference} is already in the register: enter a different reference");
        db.KeyDecisions.Add(decision);
        await db.SaveChangesAsync(ct);
        return Redirect($"/decisions/{decision.Id}?saved=true");
    }

    private async Task<bool> LoadAuthorityAsync(CancellationToken ct)
    {
        if (!scope.IsAuthority) return false;
        Authority = await db.Authorities.AsNoTracking().SingleAsync(a => a.Id == scope.FilterOrganisationId, ct);
        return true;
    }
}
