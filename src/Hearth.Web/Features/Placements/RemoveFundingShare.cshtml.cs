using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Placements;

/// <summary>
/// A finance officer removes a part of the funding split recorded in error: its pence go back to the main source in every
/// year it touched; the removal is kept as a correction with the reason.
/// </summary>
[Authorize(Roles = PlacementAccess.FundingEditors)]
public sealed class RemoveFundingShareModel(HearthDb db, TimeProvider clock) : PlacementFormModel(db)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PlacementFundingShare Share { get; private set; } = null!;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter why this part of the funding split is being removed")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, int shareId, CancellationToken ct)
    {
        if (!await LoadShareAsync(id, shareId, ct)) return NotFound();
        Input.Version = Placement.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int shareId, CancellationToken ct)
    {
        if (!await LoadShareAsync(id, shareId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var source = Share.FundingSource;
        Placement.RemoveFundingShare(shareId, Input.Reason!, London.Today(clock));
        await SaveAsync(Input.Version, ct);
        return Redirect($"/placements/{id}?saved=" + Uri.EscapeDataString(
            $"The {Finance.SpendReport.FundingSourceName(source)} part of the funding split was removed"));
    }

    private async Task<bool> LoadShareAsync(int id, int shareId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return false;
        var share = Placement.FundingShares.FirstOrDefault(s => s.Id == shareId);
        if (share is null) return false;
        Share = share;
        return true;
    }
}
