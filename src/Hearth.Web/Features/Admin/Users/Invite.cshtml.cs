using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Users;

/// <summary>
/// An administrator invites a person to their own organisation, and only to it (ADR 0024): there is no organisation to
/// choose, so no id in the form can send an invitation anywhere else. A provider's first administrator is invited by the
/// service operator when the provider is added. Without a mail service the one-time link is shown.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class InviteModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string OrganisationName { get; private set; } = "";
    public List<SelectListItem> RoleOptions { get; private set; } = [];
    public string? Link { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the person’s full name")]
        [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Enter the person’s email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
        [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
        public string Email { get; set; } = "";

        public List<string> Roles { get; set; } = [];
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        // Every question's error at once (GOV.UK pattern), not the roles only after the name and email are right.
        if (!Input.Roles.Exists(r => !string.IsNullOrWhiteSpace(r)))
            ModelState.AddModelError("Input.Roles", "Select at least one role");
        if (!ModelState.IsValid) return Page();
        var link = await InvitationRecords.InviteAsync(db, scope, clock, scope.FilterOrganisationId, Input.DisplayName, Input.Email, Input.Roles, ct);
        Link = $"{Request.Scheme}://{Request.Host}{link}";
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var own = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == scope.FilterOrganisationId, ct);
        OrganisationName = own.Name;
        RoleOptions = Platform.Roles.Options(own.Kind);
    }
}
