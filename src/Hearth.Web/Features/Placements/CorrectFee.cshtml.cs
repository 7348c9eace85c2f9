using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

/// <summary>A finance officer corrects a fee that was recorded wrongly; the correction is kept and the years re-cost.</summary>
[Authorize(Roles = PlacementAccess.FeeEditors)]
public sealed class CorrectFeeModel(HearthDb db, TimeProvider clock) : PlacementFormModel(db)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Periods => Placement.FeePeriods.OrderBy(f => f.EffectiveFrom)
        .Select(f => new SelectListItem($"{f.WeeklyFee} from {f.EffectiveFrom:d MMMM yyyy}", f.EffectiveFrom.ToString("yyyy-MM-dd"))).ToList();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Select the fee to correct")]
        public DateOnly? EffectiveFrom { get; set; }

        [Required(ErrorMessage = "Enter the correct weekly fee")]
        public string? WeeklyFee { get; set; }

        [Required(ErrorMessage = "Enter why the fee is being corrected")]
        [StringLength(500, ErrorMessage = "The reason must be 500 characters or fewer")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Version = Placement.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var fee = PlacementInput.ParseFee(Input.WeeklyFee, "WeeklyFee");
        Placement.CorrectFee(Input.EffectiveFrom!.Value, fee, Input.Reason!, London.Today(clock));
        await SaveAsync(Input.Version, ct);
        return Redirect($"/placements/{id}?saved=" + Uri.EscapeDataString($"Fee from {Input.EffectiveFrom:d MMMM yyyy} corrected to {fee}"));
    }

}
