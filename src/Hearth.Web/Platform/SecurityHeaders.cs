using System.Security.Cryptography;

namespace Hearth.Web.Platform;

/// <summary>
/// The security headers every response carries — pages, the API, static files, redirects and error pages alike,
/// including a 500 written after the exception handler has cleared the response (ADR 0025). They are added as the
/// response starts, so nothing that runs later can lose them.
/// </summary>
/// <remarks>
/// The Content-Security-Policy allows script only from Hearth itself: no inline script, no inline event handlers, no
/// eval. Styles come from Hearth's stylesheet plus one nonce'd style element (the organisation's colour). The browsable
/// API reference (Scalar, under /api/reference) starts itself with an inline script and adds its own styles, so that
/// page alone allows inline script and style; it shows no user data.
/// </remarks>
public static class SecurityHeaders
{
    private const string NonceKey = "Hearth.CspNonce";

    /// <summary>Where the browsable API reference lives: its pages get <see cref="ReferencePolicy"/>.</summary>
    public const string ReferencePath = "/api/reference";

    /// <summary>The policy for everything except the API reference; {nonce} is replaced per response.</summary>
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'{forms}; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>Adds the headers as <paramref name="context"/>'s response starts. Call first in the pipeline.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IWebHostEnvironment environment, IConfiguration configuration)
    {
        // A sign-in through the organisation's identity provider posts to Hearth and is redirected there: form-action
        // must allow that origin too, or the browser stops the redirect.
        var oidc = configuration["Authentication:OpenIdConnect:Authority"];
        var forms = Uri.TryCreate(oidc, UriKind.Absolute, out var authority) ? " " + authority.GetLeftPart(UriPartial.Authority) : "";
        var hsts = !environment.IsDevelopment();
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context, forms, hsts);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>The nonce of this response's Content-Security-Policy, for the layout's one style element.</summary>
    public static string Nonce(HttpContext context)
    {
        if (context.Items[NonceKey] is string nonce) return nonce;
        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    private static void Apply(HttpContext context, string forms, bool hsts)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ReferencePath, StringComparison.OrdinalIgnoreCase)
            ? ReferencePolicy
            : Policy.Replace("{nonce}", Nonce(context), StringComparison.Ordinal).Replace("{forms}", forms, StringComparison.Ordinal);
        if (hsts && context.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        // Pages and API answers hold personal data: never keep them in a shared or browser cache. Static files (our own
        // and the API reference's) may be cached.
        if (!headers.ContainsKey("Cache-Control") && !context.Request.Path.StartsWithSegments("/lib", StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments(ReferencePath, StringComparison.OrdinalIgnoreCase))
            headers.CacheControl = "no-store";
    }
}
