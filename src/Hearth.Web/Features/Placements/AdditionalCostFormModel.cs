using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Placements;

/// <summary>What the pages that add an additional cost (weekly or one-off) are given.</summary>
public interface IAdditionalCostInput
{
    string? Description { get; }
    FundingSource? FundingSource { get; set; }
    DateOnly? From { get; }

    /// <summary>The day after the last night of a weekly cost; always null for a one-off.</summary>
    DateOnly? To { get; }

    string? Amount { get; }
    int Version { get; set; }
}

/// <summary>
/// The pages that add an additional cost to a placement: the form starts with the placement's own funding source, and a
/// post parses the amount, records the cost on the placement (<see cref="Record"/>), saves against the version shown and
/// goes back to the placement with what was recorded. Each page keeps its own input (its labels and error messages).
/// </summary>
public abstract class AdditionalCostFormModel<TInput>(HearthDb db, TimeProvider clock) : PlacementFormModel(db)
    where TInput : class, IAdditionalCostInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>Records the cost on <see cref="PlacementFormModel.Placement"/>; returns the message shown on the placement's page.</summary>
    protected abstract string Record(Money amount, DateOnly today);

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
        var recorded = Record(PlacementInput.ParseAmount(Input.Amount, "Amount"), London.Today(clock));
        await SaveAsync(Input.Version, ct);
        return Redirect($"/placements/{id}?saved=" + Uri.EscapeDataString(recorded));
    }
}
