using System.Security.Claims;
using Hearth.Web.Data;
using Hearth.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Account;

/// <summary>
/// Staff sign-in through the organisation's OpenID Connect provider (configured under Authentication:OpenIdConnect).
/// The first time, the provider's verified email address is matched to an existing Hearth account and linked; Hearth
/// never creates accounts from an external sign-in: people are invited by their administrator.
/// </summary>
public sealed class ExternalSignInModel(SignInManager<HearthUser> signIn, UserManager<HearthUser> users) : PageModel
{
    public string? Problem { get; private set; }

    public IActionResult OnGet() => Redirect("/account/sign-in");

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if ((await signIn.GetExternalAuthenticationSchemesAsync()).All(s => s.Name != AuthSetup.OidcScheme))
        {
            Problem = "Signing in with an organisation account is not set up on this Hearth service.";
            return Page();
        }
        var redirect = Url.Page("/Account/ExternalSignIn", "Callback", new { returnUrl });
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(AuthSetup.OidcScheme, redirect), AuthSetup.OidcScheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Problem = "The sign-in did not complete. Try again.";
            return Page();
        }
        var target = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (result.Succeeded) return LocalRedirect(target);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            Problem = "Your Hearth account is locked or disabled. Contact your administrator.";
            return Page();
        }

        var email = info.Principal.FindFirstValue("email") ?? info.Principal.FindFirstValue(ClaimTypes.Email);
        var verified = !string.Equals(info.Principal.FindFirstValue("email_verified"), "false", StringComparison.OrdinalIgnoreCase);
        var user = email is not null && verified ? await users.FindByEmailAsync(email) : null;
        if (user is null)
        {
            Problem = $"There is no Hearth account for {email ?? "your account"}. Ask your organisation’s Hearth administrator to invite you.";
            return Page();
        }
        var linked = await users.AddLoginAsync(user, info);
        if (!linked.Succeeded)
        {
            Problem = "Your organisation account could not be linked to Hearth. Try again.";
            return Page();
        }
        var second = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (second.Succeeded) return LocalRedirect(target);
        Problem = "Your Hearth account is disabled, or your organisation is not active. Contact your administrator.";
        return Page();
    }
}
