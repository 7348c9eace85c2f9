using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Referrals;

public sealed class RisksModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : ReferralFormModel(db, scope, clock)
{
    public override string Slug => "risks";

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [MinLength(1, ErrorMessage = "Select the risks to the child, or No known risk")]
        public List<string> RisksToSelf { get; set; } = [];

        public string? RiskToSelfOther { get; set; }

        [MinLength(1, ErrorMessage = "Select the risks to others or property, or No known risk")]
        public List<string> RisksToOthers { get; set; } = [];

        public string? RiskToOthersOther { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Referral.IsEditable) return Closed();
        var r = Referral;
        Input = new()
        {
            RisksToSelf = ReferralText.Ticked(r.RisksToSelf), RiskToSelfOther = r.RiskToSelfOther,
            RisksToOthers = ReferralText.Ticked(r.RisksToOthers), RiskToOthersOther = r.RiskToOthersOther, Version = r.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Referral.IsEditable) return Closed();
        var self = ReferralText.Flags<RisksToSelf>(Input.RisksToSelf);
        var others = ReferralText.Flags<RisksToOthers>(Input.RisksToOthers);
        if (self is not null and not Domain.Sourcing.RisksToSelf.None && Input.RisksToSelf.Contains("None"))
            ModelState.AddModelError("Input.RisksToSelf", "Select No known risk on its own, or the risks there are");
        if (others is not null and not Domain.Sourcing.RisksToOthers.None && Input.RisksToOthers.Contains("None"))
            ModelState.AddModelError("Input.RisksToOthers", "Select No known risk on its own, or the risks there are");
        if (!ModelState.IsValid) return Page();
        Referral.SetRisks(self, Input.RiskToSelfOther, others, Input.RiskToOthersOther);
        return await SaveAndContinueAsync(Input.Version, ct);
    }
}
