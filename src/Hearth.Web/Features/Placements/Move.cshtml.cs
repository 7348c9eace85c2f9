using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

/// <summary>Move the child: this placement ends and a new, linked one starts the same day with another household or provider.</summary>
[Authorize(Roles = PlacementAccess.Enders)]
public sealed class MoveModel(HearthDb db) : PlacementFormModel(db)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Providers { get; private set; } = [];
    public List<SelectListItem> Households { get; private set; } = [];
    public List<SelectListItem> Frameworks { get; private set; } = [];

    public static readonly List<SelectListItem> Routes =
        [new("In-house", nameof(PlacementRoute.InHouse)), new("Framework", nameof(PlacementRoute.Framework)),
         new("Spot purchase", nameof(PlacementRoute.Spot)), new("Block contract", nameof(PlacementRoute.Block))];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the date the child moved")]
        public DateOnly? MovedOn { get; set; }

        [Required(ErrorMessage = "Select the reason for the move")]
        public string? ReasonCode { get; set; }

        [Required(ErrorMessage = "Select whether the move was planned")]
        public bool? Planned { get; set; }

        [Required(ErrorMessage = "Select who asked for the move")]
        public EndingRequestedBy? RequestedBy { get; set; }

        [Required(ErrorMessage = "Select how the new placement was sourced")]
        public PlacementRoute? Route { get; set; }

        public int? ProviderId { get; set; }
        public int? HouseholdId { get; set; }
        public int? FrameworkId { get; set; }

        [Required(ErrorMessage = "Enter the weekly fee of the new placement")]
        public string? WeeklyFee { get; set; }

        public DateOnly? PlannedEndDate { get; set; }

        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Version = Placement.Version;
        await ChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await ChoicesAsync(ct);
        if (!ModelState.IsValid) return Page();
        var fee = PlacementInput.ParseFee(Input.WeeklyFee, "WeeklyFee");
        var next = await PlacementMoves.MoveAsync(Db, Placement, Input.Version, new PlacementMoves.MoveRequest(
            Input.MovedOn!.Value, Input.ReasonCode!, Input.Planned!.Value, Input.RequestedBy!.Value, Input.Route!.Value,
            Input.ProviderId, Input.HouseholdId, Input.FrameworkId, fee, Input.PlannedEndDate), ct);
        return Redirect($"/placements/{next.Id}?saved=" + Uri.EscapeDataString($"Child moved on {Input.MovedOn:d MMMM yyyy}: this is the new placement"));
    }

    private async Task ChoicesAsync(CancellationToken ct)
    {
        Providers = [new("None (in-house)", ""), .. (await Db.Providers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct))
            .Select(p => new SelectListItem(p.Name, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        Households = [new("Not recorded", ""), .. (await Db.CarerHouseholds.AsNoTracking().OrderBy(h => h.Reference).Select(h => new { h.Id, h.Reference, h.PostcodeDistrict }).ToListAsync(ct))
            .Select(h => new SelectListItem($"{h.Reference} ({h.PostcodeDistrict})", h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        Frameworks = [new("None", ""), .. (await Db.Frameworks.AsNoTracking().OrderBy(f => f.Reference).Select(f => new { f.Id, f.Reference }).ToListAsync(ct))
            .Select(f => new SelectListItem(f.Reference, f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
