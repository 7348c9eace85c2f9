using Hearth.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Platform;

/// <summary>
/// The GOV.UK-styled shell around the pages: the date-input model binder, the antiforgery cookie name, and the
/// friendly error pages (Features/Errors) for everything except the JSON API.
/// </summary>
public static class UiShell
{
    /// <summary>Named on the cookies page (Features/Help/Cookies.cshtml): change both together.</summary>
    public const string AntiforgeryCookieName = ".Hearth.Antiforgery";

    public static IServiceCollection AddHearthUi(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(o =>
        {
            o.ModelBinderProviders.Insert(0, new DateOnlyModelBinderProvider());

            // The binder's own messages, in GOV.UK error-message style rather than "The value 'x' is not valid for Y.".
            // A page that needs more specific wording ("Weekly fee must be a number") checks the shape itself.
            var messages = o.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"Enter {field} in the correct format");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Enter a value in the correct format");
            messages.SetUnknownValueIsInvalidAccessor(field => $"Enter {field} in the correct format");
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Enter a value in the correct format");
            messages.SetValueIsInvalidAccessor(_ => "Enter a value in the correct format");
            messages.SetValueMustNotBeNullAccessor(field => $"Enter {field}");
            messages.SetMissingBindRequiredValueAccessor(field => $"Enter {field}");
            messages.SetMissingKeyOrValueAccessor(() => "Enter a value");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AntiforgeryCookieName;
            o.HeaderName = ApiAntiforgery.HeaderName;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>
    /// Error pages for browser requests: an unhandled exception shows /error/500 (outside Development, where the
    /// developer exception page is more useful), and an empty 4xx/5xx response is re-executed as /error/{code}
    /// (404 → Errors/NotFound, 403 → Errors/Forbidden, 500 → Errors/ServerError, anything else → Errors/Status).
    /// Requests under /api are left alone so the API keeps answering with its own problem details.
    /// Call before UseRouting.
    /// </summary>
    public static WebApplication UseHearthUi(this WebApplication app)
    {
        app.UseWhen(context => !IsApi(context.Request.Path), branch =>
        {
            if (!app.Environment.IsDevelopment())
            {
                branch.UseExceptionHandler("/error/500");
            }

            branch.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        return app;
    }

    internal static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
