using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Placements;

/// <summary>A finance officer records that another source pays part of the fee for a period (ADR 0019).</summary>
[Authorize(Roles = PlacementAccess.FundingEditors)]
public sealed class FundingSplitModel(HearthDb db, TimeProvider clock) : PlacementFormModel(db)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public static readonly List<SelectListItem> HowOptions = [new("An amount a week", "Amount"), new("A share of the fee", "Share")];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Select the funding source")]
        public FundingSource? FundingSource { get; set; }

        [Required(ErrorMessage = "Enter the date it starts paying")]
        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        [Required(ErrorMessage = "Select whether it pays an amount a week or a share of the fee")]
        public string? How { get; set; }

        public string? Amount { get; set; }

        public string? Share { get; set; }

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
        Money? amount = null;
        int? share = null;
        if (Input.How == "Share") share = PlacementInput.ParseShare(Input.Share, "Share");
        else amount = PlacementInput.ParseAmount(Input.Amount, "Amount");
        var added = Placement.AddFundingShare(Input.FundingSource!.Value, Input.From!.Value, Input.To, amount, share, London.Today(clock));
        await SaveAsync(Input.Version, ct);
        return Redirect($"/placements/{id}?saved=" + Uri.EscapeDataString(
            $"{Finance.SpendReport.FundingSourceName(added.FundingSource)} pays {added.Describe()} from {added.From:d MMMM yyyy}"));
    }
}
