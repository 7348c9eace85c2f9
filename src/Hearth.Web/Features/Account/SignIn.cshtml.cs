using System.ComponentModel.DataAnnotations;
using Hearth.Web.Platform.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Features.Account;

public sealed class SignInModel(PasswordSignIn passwords, IAuthenticationSchemeProvider schemes, IOptions<SignInSettings> settings) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool SignedOut { get; set; }

    /// <summary>The session ended because nobody used it for the idle timeout (the timeout warning sends people here).</summary>
    [BindProperty(SupportsGet = true)]
    public bool TimedOut { get; set; }

    public int IdleMinutes => (int)settings.Value.IdleTimeout.TotalMinutes;

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
        if (User.Identity?.IsAuthenticated == true && !SignedOut && !TimedOut) return LocalRedirect(SafeReturnUrl());
        await LoadExternalAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadExternalAsync();
        if (!ModelState.IsValid) return Page();

        // One answer for an unknown address and a wrong password; a wait for any address typed too often (ADR 0026).
        var result = await passwords.SignInAsync(HttpContext, Input.Email, Input.Password, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case PasswordSignIn.Outcome.SignedIn:
                return LocalRedirect(SafeReturnUrl());
            case PasswordSignIn.Outcome.Wait:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = result.WaitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                ModelState.AddModelError("Input.Email",
                    $"There have been too many attempts to sign in with this email address. Wait {Waiting(result.WaitSeconds)}, then try again");
                break;
            case PasswordSignIn.Outcome.NotAllowed:
                ModelState.AddModelError("Input.Email",
                    "Your account has been disabled, or your organisation is not active on Hearth. Contact your administrator.");
                break;
            default:
                ModelState.AddModelError("Input.Email", "Enter a correct email address and password");
                break;
        }
        return Page();
    }

    private static string Waiting(int seconds) => seconds switch
    {
        1 => "1 second",
        < 120 => $"{seconds} seconds",
        _ => $"{(seconds + 59) / 60} minutes",
    };

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    private async Task LoadExternalAsync() =>
        ExternalName = (await schemes.GetSchemeAsync(AuthSetup.OidcScheme))?.DisplayName;
}
