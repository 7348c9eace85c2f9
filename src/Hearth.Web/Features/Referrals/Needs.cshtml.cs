using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Referrals;

public sealed class NeedsModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : ReferralFormModel(db, scope, clock)
{
    public override string Slug => "needs";

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter what the child needs from a placement")]
        public string? ChildNeeds { get; set; }

        [Required(ErrorMessage = "Select whether the child has communication, language or learning needs")]
        public CommunicationNeeds? CommunicationNeeds { get; set; }

        [MinLength(1, ErrorMessage = "Select the child's communication requirements, or None")]
        public List<string> CommunicationRequirements { get; set; } = [];

        public string? CommunicationDetails { get; set; }

        [Required(ErrorMessage = "Select whether the home needs adapting")]
        public bool? HomeAdaptation { get; set; }

        [Required(ErrorMessage = "Select whether the child has cultural needs")]
        public CulturalNeeds? CulturalNeeds { get; set; }

        public string? CulturalNeedsDetails { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Referral.IsEditable) return Closed();
        var r = Referral;
        Input = new()
        {
            ChildNeeds = r.ChildNeeds, CommunicationNeeds = r.CommunicationNeeds, CommunicationRequirements = ReferralText.Ticked(r.CommunicationRequirements),
            CommunicationDetails = r.CommunicationDetails, HomeAdaptation = r.HomeAdaptation, CulturalNeeds = r.CulturalNeeds,
            CulturalNeedsDetails = r.CulturalNeedsDetails, Version = r.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Referral.IsEditable) return Closed();
        var requirements = ReferralText.Flags<CommunicationRequirements>(Input.CommunicationRequirements);
        if (requirements is { } r && r != Domain.Sourcing.CommunicationRequirements.None && Input.CommunicationRequirements.Contains("None"))
            ModelState.AddModelError("Input.CommunicationRequirements", "Select None on its own, or the requirements the child has");
        if (requirements is { } o && o.HasFlag(Domain.Sourcing.CommunicationRequirements.Other) && string.IsNullOrWhiteSpace(Input.CommunicationDetails))
            ModelState.AddModelError("Input.CommunicationDetails", "Describe the other communication requirement");
        if (Input.CulturalNeeds is CulturalNeeds.Required or CulturalNeeds.Other && string.IsNullOrWhiteSpace(Input.CulturalNeedsDetails))
            ModelState.AddModelError("Input.CulturalNeedsDetails", "Describe the child's cultural needs");
        if (!ModelState.IsValid) return Page();
        Referral.SetNeeds(Input.ChildNeeds, Input.CommunicationNeeds, requirements, Input.CommunicationDetails, Input.HomeAdaptation,
            Input.CulturalNeeds, Input.CulturalNeedsDetails);
        return await SaveAndContinueAsync(Input.Version, ct);
    }
}
