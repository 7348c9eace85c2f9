using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Platform.Auth;

/// <summary>Puts ASP.NET Core Identity's errors on the right field, in GOV.UK wording.</summary>
public static class IdentityErrors
{
    public static void AddTo(ModelStateDictionary modelState, IdentityResult result, string passwordField, string? emailField = null, string? currentPasswordField = null)
    {
        foreach (var error in result.Errors)
        {
            var (field, message) = error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordTooShort) => (passwordField, "Password must be 12 characters or more"),
                nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => (passwordField, "Password must contain at least 4 different characters"),
                nameof(IdentityErrorDescriber.PasswordMismatch) => (currentPasswordField ?? passwordField, "The current password is not correct"),
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
                    (emailField ?? "", "An account with this email address already exists"),
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
                    (emailField ?? "", "Enter an email address in the correct format, like name@example.com"),
                "ConcurrencyFailure" => ("", "Someone else changed this account at the same time. Try again."),
                _ => ("", error.Description),
            };
            modelState.AddModelError(field, message);
        }
    }
}
