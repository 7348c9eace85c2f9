using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Admin.Organisations;

/// <summary>
/// The service operator's page for another organisation (ADR 0024): its status (suspend, reactivate, close) and, while it
/// has nobody on Hearth, the invitation of its first administrator. Nothing about its records or accounts.
/// </summary>
[Authorize(Roles = Roles.ServiceOperator)]
public sealed class StatusModel(OperatorWork work, OrganisationScope scope) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public bool HasAccounts { get; private set; }
    public Invitation? Waiting { get; private set; }
    public string? Saved { get; private set; }
    public string? Link { get; private set; }

    [BindProperty] public StatusInput Input { get; set; } = new();
    [BindProperty] public InviteInput Invite { get; set; } = new();

    public sealed class StatusInput
    {
        [Required(ErrorMessage = "Select what to do")]
        public OrganisationStatus? Status { get; set; }
        public int Version { get; set; }
    }

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Enter the full name of the first administrator")]
        [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
        public string AdministratorName { get; set; } = "";

        [Required(ErrorMessage = "Enter the email address of the first administrator")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
        [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
        public string AdministratorEmail { get; set; } = "";
    }

    public List<SelectListItem> Actions => Organisation.Status switch
    {
        OrganisationStatus.Active => [new("Suspend: nobody in it can sign in until it is reactivated", nameof(OrganisationStatus.Suspended)), Close],
        OrganisationStatus.Suspended => [new("Reactivate", nameof(OrganisationStatus.Active)), Close],
        OrganisationStatus.AwaitingConfirmation => [Close],
        _ => [],
    };

    private static SelectListItem Close => new("Close for good: it cannot be reopened", nameof(OrganisationStatus.Closed));

    public async Task<IActionResult> OnGetAsync(int id, string? saved, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Version = Organisation.Version;
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        if (!TryValidateModel(Input, nameof(Input))) return Page();
        await work.ChangeStatusAsync(Organisation, Input.Status, Input.Version, ct);
        return RedirectToPage(new { id, saved = $"{Organisation.Name} is now {Organisation.StatusText(Organisation.Status)}" });
    }

    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        if (!TryValidateModel(Invite, nameof(Invite))) return Page();
        try
        {
            Link = $"{Request.Scheme}://{Request.Host}{await work.InviteFirstAdministratorAsync(Organisation, Invite.AdministratorName, Invite.AdministratorEmail, ct)}";
        }
        catch (Hearth.Domain.Common.DomainException e)
        {
            ModelState.AddModelError("Invite." + e.Field, e.Message);
            return Page();
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!scope.CanOperate || await work.FindAsync(id, ct) is not { } organisation) return false;
        Organisation = organisation;
        HasAccounts = await work.HasAccountsAsync(id, ct);
        Waiting = await work.WaitingInvitationAsync(id, ct);
        return true;
    }
}
