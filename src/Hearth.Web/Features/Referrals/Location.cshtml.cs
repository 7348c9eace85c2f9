using System.ComponentModel.DataAnnotations;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Referrals;

public sealed class LocationModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : ReferralFormModel(db, scope, clock)
{
    public override string Slug => "location";

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Select whether the child should stay in the authority's area")]
        public bool? StayInArea { get; set; }

        [Range(1, 500, ErrorMessage = "Maximum distance must be between 1 and 500 miles")]
        public int? MaximumDistanceMiles { get; set; }

        public string? AreasToAvoid { get; set; }
        public string? SchoolToKeep { get; set; }
        public string? SchoolPostcode { get; set; }
        public string? PreferredLocation { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Referral.IsEditable) return Closed();
        var r = Referral;
        Input = new()
        {
            StayInArea = r.StayInArea, MaximumDistanceMiles = r.MaximumDistanceMiles, AreasToAvoid = r.AreasToAvoid,
            SchoolToKeep = r.SchoolToKeep, SchoolPostcode = r.SchoolPostcodeDistrict, PreferredLocation = r.PreferredLocation, Version = r.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Referral.IsEditable) return Closed();
        if (!ModelState.IsValid) return Page();
        Referral.SetLocation(Input.StayInArea, Input.MaximumDistanceMiles, Input.AreasToAvoid, Input.SchoolToKeep, Input.PreferredLocation, Input.SchoolPostcode);
        return await SaveAndContinueAsync(Input.Version, ct);
    }
}
