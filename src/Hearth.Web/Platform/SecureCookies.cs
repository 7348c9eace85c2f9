using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Platform;

/// <summary>
/// Hearth's sign-in cookies (the session, and the external sign-in's) are always <c>Secure</c> outside Development
/// (ADR 0025): even when a proxy in front of Hearth terminates TLS and does not say so, the browser never sends them over
/// plain HTTP. In Development they follow the request, so <c>http://localhost</c> works. The antiforgery cookie follows
/// the request (Secure over HTTPS): it is no credential on its own, and ASP.NET refuses to issue an always-Secure one
/// over a request it sees as plain HTTP, which would break every form behind such a proxy.
/// </summary>
public sealed class SecureCookies(IHostEnvironment environment) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options) =>
        options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    public static IServiceCollection AddSecureCookies(IServiceCollection services) =>
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, SecureCookies>();
}
