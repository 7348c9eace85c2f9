using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>A spot purchase: its justification and band check; a commissioner approves one above the band (who, when, why).</summary>
[Authorize(Roles = SourcingAccess.SpotReviewers)]
public sealed class SpotPurchaseModel(HearthDb db, SpotWork spots) : PageModel
{
    public SpotPurchase Spot { get; private set; } = null!;
    public string ProviderName { get; private set; } = "";
    public int? DecisionId { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter why you approve a fee above the framework band")]
        public string? ApprovalReason { get; set; }

        public int Version { get; set; }
    }

    public bool CanApprove => Spot.NeedsApproval && User.IsInRole(Roles.Commissioner) && DecisionId is null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Version = Spot.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!User.IsInRole(SourcingAccess.SpotApprovers)) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        await spots.ApproveAsync(Spot, Input.Version, Input.ApprovalReason, ct);
        return Redirect($"/spot-purchases/{id}?saved=approved");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var spot = await spots.FindAsync(id, ct);
        if (spot is null) return false;
        Spot = spot;
        ProviderName = await db.Organisations.Where(o => o.Id == spot.ProviderId).Select(o => o.Name).SingleAsync(ct);
        DecisionId = await db.CallOffDecisions.Where(d => d.ReferralId == spot.ReferralId).Select(d => (int?)d.Id).SingleOrDefaultAsync(ct);
        return true;
    }
}
