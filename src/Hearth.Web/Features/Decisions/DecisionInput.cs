using System.ComponentModel.DataAnnotations;

namespace Hearth.Web.Features.Decisions;

/// <summary>The fields of the form that adds a decision to the register.</summary>
public sealed class DecisionInput
{
    [Required(ErrorMessage = "Enter the decision reference")]
    [StringLength(20, ErrorMessage = "Decision reference must be 20 characters or fewer")]
    public string Reference { get; set; } = "";

    [Required(ErrorMessage = "Enter the title of the decision")]
    [StringLength(300, ErrorMessage = "Title must be 300 characters or fewer")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter who makes the decision")]
    [StringLength(200, ErrorMessage = "Decision maker must be 200 characters or fewer")]
    public string DecisionMaker { get; set; } = "";

    /// <summary>Pounds as typed ("£46,000,000" or "46000000"): parsed with Money.TryParse, so a bad amount gets its own message.</summary>
    [Required(ErrorMessage = "Enter the value of the decision in pounds")]
    public string? Value { get; set; }

    [Range(0, 500, ErrorMessage = "Number of divisions affected must be a whole number between 0 and 500")]
    public int? DivisionsAffected { get; set; }

    public bool AffectsAllDivisions { get; set; }
}
