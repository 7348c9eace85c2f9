using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;

namespace Hearth.Web.Features.Placements;

/// <summary>Record a one-off cost (for example a setting-up grant); it falls in the financial year of its date.</summary>
[Authorize(Roles = PlacementAccess.CostRecorders)]
public sealed class OneOffCostModel(HearthDb db, TimeProvider clock) : AdditionalCostFormModel<OneOffCostModel.InputModel>(db, clock)
{
    public sealed class InputModel : IAdditionalCostInput
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

        DateOnly? IAdditionalCostInput.To => null;
    }

    protected override string Record(Money amount, DateOnly today)
    {
        Placement.AddOneOffCost(Input.Description!, Input.FundingSource!.Value, Input.From!.Value, amount, today);
        return $"One-off cost of {amount} on {Input.From:d MMMM yyyy} recorded";
    }
}
