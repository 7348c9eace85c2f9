using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Referrals;

public sealed class TimingModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : ReferralFormModel(db, scope, clock)
{
    public override string Slug => "timing";

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Select when the placement is needed")]
        public PlacementUrgency? Urgency { get; set; }

        [Required(ErrorMessage = "Enter the date the placement is needed from")]
        public DateOnly? NeededFrom { get; set; }

        [Required(ErrorMessage = "Select the type of placement needed")]
        public PlacementTypeSought? PlacementType { get; set; }

        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Referral.IsEditable) return Closed();
        Input = new() { Urgency = Referral.Urgency, NeededFrom = Referral.NeededFrom, PlacementType = Referral.PlacementType, Version = Referral.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Referral.IsEditable) return Closed();
        if (!ModelState.IsValid) return Page();
        Referral.SetTiming(Input.Urgency, Input.NeededFrom, Input.PlacementType, Today);
        return await SaveAndContinueAsync(Input.Version, ct);
    }
}
