using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Features.Commissioning;
using Hearth.Web.Features.Placements;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>The broker opens a spot purchase on a signed-off referral when no framework offer is suitable, with a justification.</summary>
[Authorize(Roles = SourcingAccess.Choosers)]
public sealed class SpotPurchaseOpenModel(HearthDb db, DecisionWork work, SpotWork spots) : PageModel
{
    public Referral Referral { get; private set; } = null!;
    public List<SelectListItem> Providers { get; private set; } = [];
    public List<SelectListItem> Categories { get; } = [.. Enum.GetValues<PlacementCategory>()
        .Select(c => new SelectListItem(char.ToUpperInvariant(SpotWork.CategoryName(c)[0]) + SpotWork.CategoryName(c)[1..], c.ToString()))];
    public Hearth.Domain.Sourcing.Decisions.SpotBand Band { get; private set; } = Hearth.Domain.Sourcing.Decisions.SpotBand.None;

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Select the provider")]
        public int? ProviderId { get; set; }

        [Required(ErrorMessage = "Enter the provider's household reference")]
        [StringLength(40, ErrorMessage = "The household reference must be 40 characters or fewer")]
        public string? HouseholdReference { get; set; }

        public PlacementCategory? Category { get; set; }

        [Required(ErrorMessage = "Enter the weekly fee")]
        public string? WeeklyFee { get; set; }

        public string? AdditionalCosts { get; set; }

        [Required(ErrorMessage = "Enter why no framework offer is suitable")]
        public string? Justification { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var fee = PlacementInput.ParseFee(Input.WeeklyFee, "WeeklyFee");
        var extra = string.IsNullOrWhiteSpace(Input.AdditionalCosts) ? Money.Zero : PlacementInput.ParseFee(Input.AdditionalCosts, "AdditionalCosts");
        var spot = await spots.OpenAsync(Referral, Input.ProviderId!.Value, Input.HouseholdReference, Input.Category, fee, extra, null, Input.Justification, ct);
        return Redirect($"/spot-purchases/{spot.Id}?saved=opened");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var referral = await work.SignedOffReferralAsync(id, ct);
        if (referral is null) return false;
        Referral = referral;
        var suspended = await ProviderSuspensionRecords.SuspendedProviderIdsAsync(db, referral.AuthorityId, ct);
        Providers = [new SelectListItem("Select a provider", ""), .. (await db.Providers.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name }).ToListAsync(ct))
            .Select(p => new SelectListItem(suspended.Contains(p.Id) ? $"{p.Name} (suspended from your call-offs)" : p.Name, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        var defaults = await spots.DefaultsForAsync(referral, ct);
        Input.Category ??= defaults.Category;
        Band = await spots.BandAsync(Input.Category.Value, defaults.Age, defaults.On, ct);
        return true;
    }
}
