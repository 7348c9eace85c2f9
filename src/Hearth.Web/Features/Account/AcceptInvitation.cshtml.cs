using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Account;

/// <summary>
/// A person follows their one-time invitation link, chooses a password and is signed in. The first administrator of a
/// provider the service operator added confirms it by accepting: the organisation becomes active then (ADR 0024). An
/// invitation into a suspended or closed organisation cannot be used.
/// </summary>
public sealed class AcceptInvitationModel(
    HearthDb db, UserManager<HearthUser> users, SignInManager<HearthUser> signIn, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Invitation? Invitation { get; private set; }
    public string OrganisationName { get; private set; } = "";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your full name")]
        [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Enter a password")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "Password must be 12 characters or more")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Confirm your password")]
        [Compare(nameof(Password), ErrorMessage = "The passwords do not match")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (!await LoadAsync(token)) return Gone();
        Input.DisplayName = Invitation!.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (!await LoadAsync(token)) return Gone();
        if (!ModelState.IsValid) return Page();

        var invitation = Invitation!;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new HearthUser
        {
            UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true,
            DisplayName = Input.DisplayName.Trim(), OrganisationId = invitation.OrganisationId, CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, created, "Input.Password");
            return Page();
        }
        var roles = await users.AddToRolesAsync(user, invitation.RoleList);
        if (!roles.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, roles, "Input.Password");
            return Page();
        }
        invitation.AcceptedAt = clock.GetUtcNow();
        var organisation = await db.Organisations.SingleAsync(o => o.Id == invitation.OrganisationId);
        organisation.ConfirmFirstAdministrator();
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/");
    }

    private async Task<bool> LoadAsync(string token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return false;
        var hash = ApiTokenHandler.Hash(token);
        Invitation = await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TokenHash == hash);
        if (Invitation is null || !Invitation.IsUsable(clock.GetUtcNow())) return false;
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == Invitation.OrganisationId).Select(o => new { o.Name, o.Status }).SingleAsync();
        if (organisation.Status is OrganisationStatus.Suspended or OrganisationStatus.Closed) return false;
        OrganisationName = organisation.Name;
        return true;
    }

    private PageResult Gone()
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        Invitation = null;
        return Page();
    }
}
