using Hearth.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Hearth.Web.Platform.Auth;

/// <summary>Sign-in: ASP.NET Core Identity cookies for people, API tokens for systems, optional OpenID Connect for staff.</summary>
public static class AuthSetup
{
    public const string OidcScheme = "oidc";
    private const string Smart = "Hearth";

    public static IServiceCollection AddHearthAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<HearthUser, IdentityRole<int>>(o =>
            {
                // NCSC guidance: length rather than composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                // No lock anyone could trigger by typing wrong passwords: growing waits instead (PasswordSignIn, ADR 0026).
                o.Lockout.AllowedForNewUsers = false;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = true; // checked by HearthUserConfirmation: enabled user, active organisation
            })
            .AddEntityFrameworkStores<HearthDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<HearthClaimsFactory>();
        services.AddScoped<IUserConfirmation<HearthUser>, HearthUserConfirmation>();
        services.AddHearthRateLimits(configuration);
        services.AddScoped<SignInThrottling>();
        services.AddSingleton<KnownDevices>();
        services.AddScoped<PasswordSignIn>();
        var sessions = configuration.GetSection(SignInSettings.Section).Get<SignInSettings>() ?? new SignInSettings();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".Hearth.Session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The cookie lasts no longer than the longest session; the server ends it sooner (idle, signed out: ServerSessions).
            o.ExpireTimeSpan = sessions.AbsoluteTimeout;
            o.SlidingExpiration = false;
            o.Events.OnSigningIn = ServerSessions.SigningInAsync;
            o.Events.OnValidatePrincipal = ServerSessions.ValidatePrincipalAsync;
            o.Events.OnSigningOut = ServerSessions.SigningOutAsync;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/error/403";
            o.Events.OnRedirectToLogin = context =>
            {
                if (IsApi(context.Request)) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else if (context.HttpContext.Items.ContainsKey(ServerSessions.TimedOutItem)) context.Response.Redirect(context.RedirectUri + "&timedOut=true");
                else context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = context =>
            {
                // Answer 403 in place: the status code page explains it, and the URL stays the one asked for.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = Smart;
                // AddIdentity sets DefaultAuthenticateScheme to the cookie, which would win over DefaultScheme and leave
                // API tokens never authenticated: authenticate through the cookie-or-token selector as well.
                o.DefaultAuthenticateScheme = Smart;
                o.DefaultChallengeScheme = Smart;
                o.DefaultForbidScheme = Smart;
            })
            .AddPolicyScheme(Smart, "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);

        var oidc = configuration.GetSection("Authentication:OpenIdConnect");
        if (!string.IsNullOrWhiteSpace(oidc["Authority"]))
        {
            authentication.AddOpenIdConnect(OidcScheme, oidc["DisplayName"] ?? "your organisation's account", o =>
            {
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Authority = oidc["Authority"];
                o.ClientId = oidc["ClientId"];
                o.ClientSecret = oidc["ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("profile");
                o.Scope.Add("email");
                o.CallbackPath = "/account/oidc-callback";
                o.GetClaimsFromUserInfoEndpoint = true;
                o.MapInboundClaims = false;
            });
        }

        // Pages require a signed-in user through a folder convention (HearthApp) and the API through its route group,
        // rather than a fallback policy: an address that matches nothing answers "Page not found" to everyone
        // instead of sending a signed-out visitor to sign in first.
        services.AddAuthorization();
        return services;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
