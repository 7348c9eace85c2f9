using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Platform;

/// <summary>
/// The API's writes and cross-site request forgery (ADR 0025). A system writes with its API token
/// (<c>Authorization: Bearer hth_…</c>), which a browser never attaches by itself. A write (POST, PUT, PATCH, DELETE)
/// that rides on a browser's session cookie instead must carry the antiforgery token in the
/// <c>RequestVerificationToken</c> header, as a form carries it in a field: without it another site could make a
/// signed-in person's browser post to the API. Reads need neither.
/// </summary>
public static class ApiAntiforgery
{
    public const string HeaderName = "RequestVerificationToken";

    /// <summary>Call after authentication: refuses a cookie-authenticated API write without a valid token.</summary>
    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) =>
        app.UseWhen(IsCookieWrite, branch => branch.Use(async (context, next) =>
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (await antiforgery.IsRequestValidAsync(context))
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Antiforgery token required",
                    Detail = $"A write to the API signed in with a browser session must send the page's antiforgery token in the {HeaderName} header. " +
                        "A system should authenticate with an API token: 'Authorization: Bearer hth_…'.",
                },
            });
        }));

    private static bool IsCookieWrite(HttpContext context)
    {
        var request = context.Request;
        if (!Auth.AuthSetup.IsApi(request)) return false;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
            return false;
        // Signed in, and not with a bearer token: the browser's session cookie.
        return context.User.Identity?.IsAuthenticated == true
            && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
    }
}
