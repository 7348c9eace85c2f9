using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Hearth.Web.Features.Finance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Placements;

/// <summary>
/// A finance officer changes the key service line and funding source that were set by rule on award (for example a child
/// later found to be UASC); the change is kept as a correction with its reason.
/// </summary>
[Authorize(Roles = PlacementAccess.FeeEditors)]
public sealed class CodingModel(HearthDb db, TimeProvider clock) : PlacementFormModel(db)
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Select the key service line")]
        public KeyServiceLine? KeyServiceLine { get; set; }

        [Required(ErrorMessage = "Select the funding source")]
        public FundingSource? FundingSource { get; set; }

        [Required(ErrorMessage = "Enter why the coding is being changed")]
        [StringLength(500, ErrorMessage = "The reason must be 500 characters or fewer")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    public static List<SelectListItem> Lines => [.. Enum.GetValues<KeyServiceLine>().Select(l => new SelectListItem(SpendReport.KeyServiceLineName(l), l.ToString()))];
    public static List<SelectListItem> Sources => [.. Enum.GetValues<FundingSource>().Select(f => new SelectListItem(SpendReport.FundingSourceName(f), f.ToString()))];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.KeyServiceLine = Placement.KeyServiceLine;
        Input.FundingSource = Placement.FundingSource;
        Input.Version = Placement.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        Placement.Recode(Input.KeyServiceLine!.Value, Input.FundingSource!.Value, Input.Reason!, London.Today(clock));
        await SaveAsync(Input.Version, ct);
        return Redirect($"/placements/{id}?saved=" + Uri.EscapeDataString("Key service line and funding changed"));
    }
}
