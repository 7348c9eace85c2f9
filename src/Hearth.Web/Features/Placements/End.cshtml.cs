using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

/// <summary>Record the day the child left, why (SSDA903 reason), whether it was planned and who asked.</summary>
[Authorize(Roles = PlacementAccess.Enders)]
public sealed class EndModel(HearthDb db) : PlacementFormModel(db)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();


    public static readonly List<SelectListItem> Reasons =
        [new("Select a reason", ""), .. PlacementChangeReason.Codes.Select(kv => new SelectListItem($"{kv.Value} ({kv.Key})", kv.Key))];

    public static readonly List<SelectListItem> PlannedOptions = [new("Yes, it was planned", "true"), new("No, it was unplanned", "false")];

    public static readonly List<SelectListItem> RequestedByOptions =
        [new("The carer", nameof(EndingRequestedBy.Carer)), new("The provider", nameof(EndingRequestedBy.Provider)),
         new("The authority", nameof(EndingRequestedBy.Authority)), new("The child", nameof(EndingRequestedBy.Child))];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the date the child left")]
        public DateOnly? LeftOn { get; set; }

        [Required(ErrorMessage = "Select the reason the placement ended")]
        public string? ReasonCode { get; set; }

        [Required(ErrorMessage = "Select whether the ending was planned")]
        public bool? Planned { get; set; }

        [Required(ErrorMessage = "Select who asked for the placement to end")]
        public EndingRequestedBy? RequestedBy { get; set; }

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
        Placement.End(Input.LeftOn!.Value, Input.ReasonCode!, Input.Planned!.Value, Input.RequestedBy!.Value);
        await SaveAsync(Input.Version, ct);
        return Redirect($"/placements/{id}?saved=" + Uri.EscapeDataString($"Placement ended on {Input.LeftOn:d MMMM yyyy}"));
    }

}
