using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Users;

/// <summary>An administrator changes a user's roles, disables or re-enables the account, or unlocks it.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class EditModel(HearthDb db, UserManager<HearthUser> users, OrganisationScope scope, TimeProvider clock, SignInThrottling throttling) : PageModel
{
    public HearthUser? Person { get; private set; }
    public List<SelectListItem> RoleOptions { get; private set; } = [];
    public bool IsLocked { get; private set; }
    public string? Saved { get; private set; }

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    /// <summary>A social work manager who may sign referrals off (ADR 0013): an authority's choice, per person.</summary>
    [BindProperty]
    public bool SignsOffReferrals { get; set; }

    public bool IsAuthority => OrganisationKind() == Domain.Organisations.OrganisationKind.Authority;

    public async Task<IActionResult> OnGetAsync(int id, string? saved)
    {
        if (!await LoadAsync(id)) return NotFound();
        SelectedRoles = [.. await users.GetRolesAsync(Person!)];
        SignsOffReferrals = (await users.GetClaimsAsync(Person!)).Any(c => c.Type == Referrals.ReferralAccess.SignOffClaim && c.Value == "true");
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var chosen = Platform.Roles.Validate(OrganisationKind(), SelectedRoles, nameof(SelectedRoles));
        if (Person!.Id == scope.UserId && !chosen.Contains(Platform.Roles.Administrator))
            throw new DomainException(nameof(SelectedRoles), "You cannot remove your own administrator role. Ask another administrator");
        var signsOff = IsAuthority && SignsOffReferrals;
        if (signsOff && !chosen.Contains(Platform.Roles.SocialWorker))
            throw new DomainException(nameof(SignsOffReferrals), "Only a social worker can sign off referrals: select the social worker role as well");
        var current = await users.GetRolesAsync(Person);
        Check(await users.RemoveFromRolesAsync(Person, current.Except(chosen)));
        Check(await users.AddToRolesAsync(Person, chosen.Except(current)));
        var claims = (await users.GetClaimsAsync(Person)).Where(c => c.Type == Referrals.ReferralAccess.SignOffClaim).ToList();
        if (claims.Count > 0) Check(await users.RemoveClaimsAsync(Person, claims));
        if (signsOff) Check(await users.AddClaimAsync(Person, new System.Security.Claims.Claim(Referrals.ReferralAccess.SignOffClaim, "true")));
        Check(await users.UpdateSecurityStampAsync(Person));
        return RedirectToPage(new { id, saved = "Roles saved" });
    }

    public async Task<IActionResult> OnPostDisableAsync(int id, bool disable)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Person!.Id == scope.UserId) throw new DomainException("", "You cannot disable your own account");
        Person.IsDisabled = disable;
        Check(await users.UpdateAsync(Person));
        Check(await users.UpdateSecurityStampAsync(Person)); // signs the person out within a minute
        return RedirectToPage(new { id, saved = disable ? "Account disabled" : "Account enabled" });
    }

    public async Task<IActionResult> OnPostUnlockAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        // Nobody is locked out any more (ADR 0026): this clears the wait after wrong passwords (and any lock from before).
        await throttling.ClearAsync(SignInThrottling.Key(Person!.NormalizedEmail ?? "", null), HttpContext.RequestAborted);
        if (Person.LockoutEnd is not null) Check(await users.SetLockoutEndDateAsync(Person, null));
        Check(await users.ResetAccessFailedCountAsync(Person));
        return RedirectToPage(new { id, saved = "The wait to sign in has been cleared" });
    }

    private async Task<bool> LoadAsync(int id)
    {
        Person = await db.UsersInScope().SingleOrDefaultAsync(u => u.Id == id);
        if (Person is null) return false;
        IsLocked = Person.LockoutEnd > clock.GetUtcNow()
            || await throttling.WaitAsync(SignInThrottling.Key(Person.NormalizedEmail ?? "", null), HttpContext.RequestAborted) is not null;
        RoleOptions = Platform.Roles.Options(OrganisationKind());
        return true;
    }

    private OrganisationKind OrganisationKind() => scope.Kind ?? Domain.Organisations.OrganisationKind.Authority;

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new DomainException("", result.Errors.Any(e => e.Code == "ConcurrencyFailure")
                ? "Someone else changed this account at the same time. Reload the page and try again."
                : string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
