using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Placements;

/// <summary>Record an additional weekly cost (for example a support worker), charged per night like the fee.</summary>
[Authorize(Roles = PlacementAccess.CostRecorders)]
public sealed class WeeklyCostModel(HearthDb db, TimeProvider clock) : PlacementFormModel(db)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter what the cost is for")]
        public string? Description { get; set; }

        [Required(ErrorMessage = "Select the funding source")]
        public FundingSource? FundingSource { get; set; }

        [Required(ErrorMessage = "Enter the date the cost starts")]
        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        [Required(ErrorMessage = "Enter the amount a week")]
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
        Placement.AddWeeklyCost(Input.Description!, Input.FundingSource!.Value, Input.From!.Value, Input.To, amount, London.Today(clock));
        await SaveAsync(Input.Version, ct);
        return Redirect($"/placements/{id}?saved=" + Uri.EscapeDataString($"Additional weekly cost of {amount} from {Input.From:d MMMM yyyy} recorded"));
    }
}
