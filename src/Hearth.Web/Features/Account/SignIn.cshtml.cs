using System.ComponentModel.DataAnnotations;
using Hearth.Web.Data;
using Hearth.Web.Platform.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Account;

public sealed class SignInModel(
    SignInManager<HearthUser> signIn, UserManager<HearthUser> users, IAuthenticationSchemeProvider schemes, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool SignedOut { get; set; }

    public string? ExternalName { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
        [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
        [Display(Name = "email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        [StringLength(200, ErrorMessage = "Password must be 200 characters or fewer")]
        [Display(Name = "password")]
        public string Password { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true && !SignedOut) return LocalRedirect(SafeReturnUrl());
        await LoadExternalAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadExternalAsync();
        if (!ModelState.IsValid) return Page();

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            if (await users.FindByEmailAsync(Input.Email.Trim()) is { } user)
            {
                user.LastSignedInAt = clock.GetUtcNow();
                await users.UpdateAsync(user);
            }
            return LocalRedirect(SafeReturnUrl());
        }
        if (result.IsLockedOut)
            ModelState.AddModelError("Input.Email",
                "Your account is locked because the password was entered wrongly too many times. Try again in 15 minutes, or ask your administrator to unlock it.");
        else if (result.IsNotAllowed)
            ModelState.AddModelError("Input.Email",
                "Your account has been disabled, or your organisation is not active on Hearth. Contact your administrator.");
        else
            ModelState.AddModelError("Input.Email", "Enter a correct email address and password");
        return Page();
    }

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    private async Task LoadExternalAsync() =>
        ExternalName = (await schemes.GetSchemeAsync(AuthSetup.OidcScheme))?.DisplayName;
}
