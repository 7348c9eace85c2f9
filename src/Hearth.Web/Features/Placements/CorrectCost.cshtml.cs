using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Placements;

/// <summary>A finance officer corrects an additional cost recorded wrongly; it is kept as a correction and the years re-cost.</summary>
[Authorize(Roles = PlacementAccess.FundingEditors)]
public sealed class CorrectCostModel(HearthDb db, TimeProvider clock) : PlacementFormModel(db)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PlacementAdditionalCost Cost { get; private set; } = null!;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the date the cost starts")]
        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        [Required(ErrorMessage = "Enter the amount")]
        public string? Amount { get; set; }

        [Required(ErrorMessage = "Enter why the record is being corrected")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, int costId, CancellationToken ct)
    {
        if (!await LoadCostAsync(id, costId, ct)) return NotFound();
        Input = new InputModel { From = Cost.From, To = Cost.To, Amount = Cost.Amount.Pounds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), Version = Placement.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int costId, CancellationToken ct)
    {
        if (!await LoadCostAsync(id, costId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var amount = PlacementInput.ParseAmount(Input.Amount, "Amount");
        Placement.CorrectAdditionalCost(costId, amount, Input.From!.Value, Input.To, Input.Reason!, London.Today(clock));
        await SaveAsync(Input.Version, ct);
        return Redirect($"/placements/{id}?saved=" + Uri.EscapeDataString($"Correction to '{Cost.Description}' recorded"));
    }

    private async Task<bool> LoadCostAsync(int id, int costId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return false;
        var cost = Placement.AdditionalCosts.FirstOrDefault(c => c.Id == costId);
        if (cost is null) return false;
        Cost = cost;
        return true;
    }
}
