using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Referrals;

public sealed class LivingModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : ReferralFormModel(db, scope, clock)
{
    public override string Slug => "living";

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Select who the child can live alongside")]
        public LivingAlongside? LivingAlongside { get; set; }

        [Required(ErrorMessage = "Select whether the child can live with pets")]
        public PetsTolerance? Pets { get; set; }

        [Required(ErrorMessage = "Select the additional support needed, or None")]
        public AdditionalSupport? AdditionalSupport { get; set; }

        public string? AdditionalSupportDetails { get; set; }

        [Required(ErrorMessage = "Select whether a deprivation of liberty order applies")]
        public bool? DeprivationOfLiberty { get; set; }

        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Referral.IsEditable) return Closed();
        var r = Referral;
        Input = new()
        {
            LivingAlongside = r.LivingAlongside, Pets = r.Pets, AdditionalSupport = r.AdditionalSupport,
            AdditionalSupportDetails = r.AdditionalSupportDetails, DeprivationOfLiberty = r.DeprivationOfLiberty, Version = r.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Referral.IsEditable) return Closed();
        if (Input.AdditionalSupport == AdditionalSupport.Other && string.IsNullOrWhiteSpace(Input.AdditionalSupportDetails))
            ModelState.AddModelError("Input.AdditionalSupportDetails", "Describe the additional support needed");
        if (!ModelState.IsValid) return Page();
        Referral.SetLivingArrangements(Input.LivingAlongside, Input.Pets, Input.AdditionalSupport, Input.AdditionalSupportDetails, Input.DeprivationOfLiberty);
        return await SaveAndContinueAsync(Input.Version, ct);
    }
}
