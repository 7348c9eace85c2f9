using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;

namespace Hearth.Web.Features.Placements;

/// <summary>Record an additional weekly cost (for example a support worker), charged per night like the fee.</summary>
[Authorize(Roles = PlacementAccess.CostRecorders)]
public sealed class WeeklyCostModel(HearthDb db, TimeProvider clock) : AdditionalCostFormModel<WeeklyCostModel.InputModel>(db, clock)
{
    public sealed class InputModel : IAdditionalCostInput
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

    protected override string Record(Money amount, DateOnly today)
    {
        Placement.AddWeeklyCost(Input.Description!, Input.FundingSource!.Value, Input.From!.Value, Input.To, amount, today);
        return $"Additional weekly cost of {amount} from {Input.From:d MMMM yyyy} recorded";
    }
}
