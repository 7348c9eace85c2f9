using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

/// <summary>A finance officer records a new weekly fee from a date: a new fee period.</summary>
[Authorize(Roles = PlacementAccess.FeeEditors)]
public sealed class FeeChangeModel(HearthDb db) : PlacementFormModel(db)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();


    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the date the new fee takes effect")]
        public DateOnly? EffectiveFrom { get; set; }

        [Required(ErrorMessage = "Enter the new weekly fee")]
        public string? WeeklyFee { get; set; }

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
        Placement.ChangeFee(Input.EffectiveFrom!.Value, fee);
        await SaveAsync(Input.Version, ct);
        return Redirect($"/placements/{id}?saved=" + Uri.EscapeDataString($"New weekly fee of {fee} from {Input.EffectiveFrom:d MMMM yyyy} recorded"));
    }

}
