using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Placements;

/// <summary>Record a one-off cost (for example a setting-up grant); it falls in the financial year of its date.</summary>
[Authorize(Roles = PlacementAccess.CostRecorders)]
public sealed class OneOffCostModel(HearthDb db, TimeProvider clock) : PlacementFormModel(db)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter what the cost is for")]
        public string? Description { get; set; }

        [Required(ErrorMessage = "Select the funding source")]
        public FundingSource? FundingSource { get; set; }

        [Required(ErrorMessage = "Enter the date of the cost")]
        public DateOnly? From { get; set; }

        [Required(ErrorMessage = "Enter the amount")]
        public string? Amount { get; set; }

        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Version = Placement.Version;
        Input.FundingSource = Placement.FundingSource;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var amount = PlacementInput.ParseAmount(Input.Amount, "Amount");
        Placement.AddOneOffCost(Input.Description!, Input.FundingSource!.Value, Input.From!.Value, amount, London.Today(clock));
        await SaveAsync(Input.Version, ct);
        return Redirect($"/placements/{id}?saved=" + Uri.EscapeDataString($"One-off cost of {amount} on {Input.From:d MMMM yyyy} recorded"));
    }
}
