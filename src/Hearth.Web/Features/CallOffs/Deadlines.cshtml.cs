using System.ComponentModel.DataAnnotations;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.CallOffs;

/// <summary>
/// The authority's call-off response deadlines by urgency: brokers see them, commissioners and administrators change them
/// (<see cref="DeadlineSettings"/>). New call-offs use them from the moment they are saved; call-offs already sent keep theirs.
/// </summary>
[Authorize(Roles = $"{Roles.Broker},{Roles.Commissioner},{Roles.Administrator}")]
public sealed class DeadlinesModel(DeadlineSettings settings) : PageModel
{
    public const string Path = "/call-offs/deadlines";

    [BindProperty] public InputModel Input { get; set; } = new();
    public DeadlineSettings.Current Saved { get; private set; } = null!;
    public bool CanChange => settings.CanChange;
    [BindProperty(SupportsGet = true)] public bool Changed { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the emergency deadline in hours")] public int? EmergencyHours { get; set; }
        [Required(ErrorMessage = "Enter the urgent deadline in hours")] public int? UrgentHours { get; set; }
        [Required(ErrorMessage = "Enter the planned deadline in working days")] public int? PlannedWorkingDays { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!settings.CanRead) return Forbid();
        Saved = await settings.GetAsync(ct);
        Input = new() { EmergencyHours = Saved.EmergencyHours, UrgentHours = Saved.UrgentHours, PlannedWorkingDays = Saved.PlannedWorkingDays, Version = Saved.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!settings.CanChange) return Forbid();
        Saved = await settings.GetAsync(ct);
        if (!ModelState.IsValid) return Page();
        try
        {
            await settings.ChangeAsync(Input.Version, Input.EmergencyHours!.Value, Input.UrgentHours!.Value, Input.PlannedWorkingDays!.Value, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", DeadlineSettings.StaleMessage);
            return Page();
        }
        return Redirect(Path + "?changed=true");
    }
}
