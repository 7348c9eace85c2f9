using System.ComponentModel.DataAnnotations;
using Hearth.Web.Data;
using Hearth.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Account;

public sealed class ChangePasswordModel(UserManager<HearthUser> users, SignInManager<HearthUser> signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Changed { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "New password must be 12 characters or more")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Confirm your new password")]
        [Compare(nameof(NewPassword), ErrorMessage = "The passwords do not match")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet(bool changed = false) => Changed = changed;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result, "Input.NewPassword", currentPasswordField: "Input.CurrentPassword");
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { changed = true });
    }
}
