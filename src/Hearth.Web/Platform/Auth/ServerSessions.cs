using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Platform.Auth;

/// <summary>
/// Sessions held on the server (ADR 0026). Signing in records a session and puts its random id in the cookie; every
/// request checks it with one query: ended (signed out, password changed), account disabled, organisation not active,
/// idle past <see cref="SignInSettings.IdleTimeout"/> or older than <see cref="SignInSettings.AbsoluteTimeout"/> — and the
/// cookie is refused there and then, whatever the browser still holds. Changed roles (a new security stamp) refresh the
/// signed-in principal instead.
/// </summary>
public static class ServerSessions
{
    public const string SessionClaim = "hearth:session";

    /// <summary>Seconds left before the session times out, for the timeout warning (<see cref="TimeSpan"/> in HttpContext.Items).</summary>
    public const string RemainingItem = "hearth:session-remaining";

    /// <summary>Set when this request found the session timed out, so the sign-in page can say so.</summary>
    public const string TimedOutItem = "hearth:session-timed-out";

    /// <summary>GET: how long the session has left, without extending it. POST: "Stay signed in".</summary>
    public const string StatusPath = "/account/session";

    /// <summary>The last request is recorded at most this often (a write per request would cost more than it tells).</summary>
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static async Task SigningInAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || identity.HasClaim(c => c.Type == SessionClaim)) return;
        if (!int.TryParse(identity.FindFirst(ClaimTypes.NameIdentifier)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var userId)) return;
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<HearthDb>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

        // The same person signed in again on this browser (their own change refreshed the sign-in): the session goes on,
        // unless it has ended (their password changed, which ends every session they had).
        if (http.User.FindFirst(SessionClaim)?.Value is { } current && http.User.FindFirst(ClaimTypes.NameIdentifier)?.Value == identity.FindFirst(ClaimTypes.NameIdentifier)?.Value)
        {
            var currentHash = Hash(current);
            if (await db.SignInSessions.AnyAsync(s => s.TokenHash == currentHash && s.UserId == userId && s.RevokedAt == null))
            {
                identity.AddClaim(new Claim(SessionClaim, current));
                return;
            }
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        db.SignInSessions.Add(new SignInSession { TokenHash = Hash(token), UserId = userId, CreatedAt = now, LastSeenAt = now });
        await db.SaveChangesAsync();
        identity.AddClaim(new Claim(SessionClaim, token));

        // Sessions long over are of no further use: clear them out as new ones begin.
        var settings = http.RequestServices.GetRequiredService<IOptions<SignInSettings>>().Value;
        var before = now - settings.AbsoluteTimeout - TimeSpan.FromDays(1);
        await db.SignInSessions.Where(s => s.CreatedAt < before).ExecuteDeleteAsync();
    }

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        var token = context.Principal?.FindFirst(SessionClaim)?.Value;
        if (token is null)
        {
            // A cookie from before server-side sessions: sign in again.
            await RejectAsync(context);
            return;
        }
        var services = http.RequestServices;
        var db = services.GetRequiredService<HearthDb>();
        var settings = services.GetRequiredService<IOptions<SignInSettings>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var hash = Hash(token);
        var row = await (from s in db.SignInSessions
                         join u in db.Users on s.UserId equals u.Id
                         join o in db.Organisations on u.OrganisationId equals o.Id
                         where s.TokenHash == hash
                         select new { s.Id, s.UserId, s.CreatedAt, s.LastSeenAt, s.RevokedAt, u.IsDisabled, u.SecurityStamp, o.Status })
            .AsNoTracking().SingleOrDefaultAsync();
        if (row is null || row.RevokedAt is not null)
        {
            await RejectAsync(context);
            return;
        }
        var idle = now - row.LastSeenAt > settings.IdleTimeout;
        var ended = row.IsDisabled ? "Account disabled"
            : row.Status != OrganisationStatus.Active ? "Organisation suspended or closed"
            : idle ? "Timed out (idle)"
            : now - row.CreatedAt > settings.AbsoluteTimeout ? "Timed out (signed in too long)"
            : null;
        if (ended is not null)
        {
            await db.SignInSessions.Where(s => s.Id == row.Id && s.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.RevokedReason, ended));
            if (ended.StartsWith("Timed out", StringComparison.Ordinal)) http.Items[TimedOutItem] = true;
            await RejectAsync(context);
            return;
        }

        var stampType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (context.Principal!.FindFirst(stampType)?.Value != row.SecurityStamp)
        {
            // Roles or details changed: the same session, with the principal made afresh.
            var signIn = services.GetRequiredService<SignInManager<HearthUser>>();
            var user = await signIn.UserManager.FindByIdAsync(row.UserId.ToString(CultureInfo.InvariantCulture));
            if (user is null)
            {
                await RejectAsync(context);
                return;
            }
            var fresh = await signIn.CreateUserPrincipalAsync(user);
            ((ClaimsIdentity)fresh.Identity!).AddClaim(new Claim(SessionClaim, token));
            context.ReplacePrincipal(fresh);
            context.ShouldRenew = true;
        }

        var path = http.Request.Path;
        var statusCheck = path.Equals(StatusPath, StringComparison.OrdinalIgnoreCase);
        var staySignedIn = statusCheck && HttpMethods.IsPost(http.Request.Method);
        var lastSeen = row.LastSeenAt;
        if (staySignedIn || (!statusCheck && now - lastSeen >= TouchEvery))
        {
            await db.SignInSessions.Where(s => s.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now));
            lastSeen = now;
        }
        var idleLeft = settings.IdleTimeout - (now - lastSeen);
        var absoluteLeft = settings.AbsoluteTimeout - (now - row.CreatedAt);
        http.Items[RemainingItem] = idleLeft < absoluteLeft ? idleLeft : absoluteLeft;
    }

    public static async Task SigningOutAsync(CookieSigningOutContext context)
    {
        if (context.HttpContext.User.FindFirst(SessionClaim)?.Value is not { } token) return;
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var hash = Hash(token);
        await services.GetRequiredService<HearthDb>().SignInSessions.Where(s => s.TokenHash == hash && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.RevokedReason, "Signed out"));
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
