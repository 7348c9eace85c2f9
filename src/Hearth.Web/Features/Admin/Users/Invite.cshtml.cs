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
/// An administrator invites a person to their own organisation; an authority's administrator may also invite the staff
/// of a provider (authorities onboard the agencies they commission). Without a mail service the one-time link is shown.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class InviteModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Organisations { get; private set; } = [];
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

        [Required(ErrorMessage = "Select the organisation")]
        public int? OrganisationId { get; set; }

        public List<string> Roles { get; set; } = [];
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.OrganisationId = scope.OrganisationId;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        // Every question's error at once (GOV.UK pattern), not the roles only after the name and email are right.
        if (!Input.Roles.Exists(r => !string.IsNullOrWhiteSpace(r)))
            ModelState.AddModelError("Input.Roles", "Select at least one role");
        if (!ModelState.IsValid) return Page();
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == Input.OrganisationId, ct);
        if (organisation is null || !scope.CanManageOrganisation(organisation.Id, organisation.Kind))
            throw new DomainException(nameof(Input.OrganisationId), "Select an organisation you administer");
        var roles = Platform.Roles.Validate(organisation.Kind, Input.Roles);
        var email = Input.Email.Trim().ToLowerInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), ct))
            throw new DomainException(nameof(Input.Email), "An account with this email address already exists");
        var now = clock.GetUtcNow();
        if (await db.Invitations.IgnoreQueryFilters().AnyAsync(i => i.Email == email && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now, ct))
            throw new DomainException(nameof(Input.Email), "This person already has an invitation waiting. Withdraw it first to send a new one");

        var token = ApiTokenHandler.NewToken()[ApiTokenHandler.TokenPrefix.Length..];
        db.Invitations.Add(new Invitation
        {
            OrganisationId = organisation.Id, Email = email, DisplayName = Input.DisplayName.Trim(), Roles = string.Join(',', roles),
            TokenHash = ApiTokenHandler.Hash(token), InvitedByUserId = scope.UserId ?? 0, InvitedByOrganisationId = scope.FilterOrganisationId,
            CreatedAt = now, ExpiresAt = now + Invitation.Lifetime,
        });
        await db.SaveChangesAsync(ct);
        Link = $"{Request.Scheme}://{Request.Host}/account/invitation/{token}";
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var own = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == scope.FilterOrganisationId, ct);
        Organisations = [new SelectListItem(own.Name, own.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        if (scope.IsAuthority)
            Organisations.AddRange(await db.Providers.AsNoTracking().OrderBy(p => p.Name)
                .Select(p => new SelectListItem(p.Name + " (provider)", p.Id.ToString())).ToListAsync(ct));
        var kind = Input.OrganisationId is { } id && id != own.Id ? OrganisationKind.Provider : own.Kind;
        RoleOptions = scope.IsAuthority
            ? Platform.Roles.AuthorityRoles.Union(Platform.Roles.ProviderRoles).Select(r => new SelectListItem(Platform.Roles.DisplayName(r), r)).ToList()
            : Platform.Roles.Options(kind);
    }
}
