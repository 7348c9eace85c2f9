using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Platform.Auth;

/// <summary>Authenticates `Authorization: Bearer hth_…` with an organisation's API token (looked up by its hash).</summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, HearthDb db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string TokenPrefix = "hth_";
    public const string TokenIdClaim = "hearth:token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal) || token.Length > 100)
            return AuthenticateResult.Fail("The bearer token is not a Hearth API token.");

        var hash = Hash(token);
        var found = await db.ApiTokens.IgnoreQueryFilters().SingleOrDefaultAsync(t => t.TokenHash == hash);
        if (found is null) return AuthenticateResult.Fail("The API token is not recognised.");
        if (found.RevokedAt is not null) return AuthenticateResult.Fail("The API token has been revoked.");
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == found.OrganisationId);
        if (organisation.Status != OrganisationStatus.Active) return AuthenticateResult.Fail("The organisation is not active.");
        // The person who created a token saw it once; once their account is disabled, the token stops too (ADR 0026).
        if (await db.Users.AnyAsync(u => u.Id == found.CreatedByUserId && u.IsDisabled))
            return AuthenticateResult.Fail("The API token was created by an account that has been disabled. Ask an administrator for a new token.");

        var now = clock.GetUtcNow();
        if (found.LastUsedAt is null || now - found.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            // Bookkeeping, not a change anyone made: updated directly so it neither audits nor races other requests.
            await db.ApiTokens.IgnoreQueryFilters().Where(t => t.Id == found.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now));
        }

        var identity = new ClaimsIdentity(SchemeName);
        identity.AddClaims(HearthClaimsFactory.OrganisationClaims(organisation));
        identity.AddClaim(new Claim(HearthClaims.DisplayName, $"API token “{found.Name}”"));
        identity.AddClaim(new Claim(TokenIdClaim, found.Id.ToString(CultureInfo.InvariantCulture)));
        foreach (var role in found.RoleList) identity.AddClaim(new Claim(ClaimTypes.Role, role));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status401Unauthorized, "Authentication required",
            "Send a valid API token as 'Authorization: Bearer hth_…', or sign in.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status403Forbidden, "Forbidden", "This API token's roles do not allow this request.");

    private async Task WriteProblem(int status, string title, string detail)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        Response.StatusCode = status;
        await Results.Problem(detail: failure ?? detail, statusCode: status, title: title).ExecuteAsync(Context);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A new token: the prefix and 32 random bytes, base64url.</summary>
    public static string NewToken() =>
        TokenPrefix + Base64UrlEncoder(RandomNumberGenerator.GetBytes(32));

    private static string Base64UrlEncoder(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
