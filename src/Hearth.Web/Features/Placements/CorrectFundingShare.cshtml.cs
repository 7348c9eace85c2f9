using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Placements;

/// <summary>
/// A finance officer corrects a part of the funding split recorded wrongly (dates, amount or share; or ends it with an end
/// date): kept as a correction, old → new, and every year it touches re-costs (ADR 0019).
/// </summary>
[Authorize(Roles = PlacementAccess.FundingEditors)]
public sealed class CorrectFundingShareModel(HearthDb db, TimeProvider clock) : PlacementFormModel(db)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PlacementFundingShare Share { get; private set; } = null!;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the date it starts paying")]
        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        [Required(ErrorMessage = "Select whether it pays an amount a week or a share of the fee")]
        public string? How { get; set; }

        public string? Amount { get; set; }

        public string? Share { get; set; }

        [Required(ErrorMessage = "Enter why the record is being corrected")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, int shareId, CancellationToken ct)
    {
        if (!await LoadShareAsync(id, shareId, ct)) return NotFound();
        Input = new InputModel
        {
            From = Share.From, To = Share.To, How = Share.WeeklyAmount is null ? "Share" : "Amount",
            Amount = Share.WeeklyAmount?.Pounds.ToString("0.00", CultureInfo.InvariantCulture),
            Share = Share.ShareBasisPoints is { } bp ? (bp / 100m).ToString("0.##", CultureInfo.InvariantCulture) : null,
            Version = Placement.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int shareId, CancellationToken ct)
    {
        if (!await LoadShareAsync(id, shareId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        Money? amount = null;
        int? share = null;
        if (Input.How == "Share") share = PlacementInput.ParseShare(Input.Share, "Share");
        else amount = PlacementInput.ParseAmount(Input.Amount, "Amount");
        Placement.CorrectFundingShare(shareId, Input.From!.Value, Input.To, amount, share, Input.Reason!, London.Today(clock));
        await SaveAsync(Input.Version, ct);
        return Redirect($"/placements/{id}?saved=" + Uri.EscapeDataString(
            $"Correction to the {Finance.SpendReport.FundingSourceName(Share.FundingSource)} part of the funding split recorded"));
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
