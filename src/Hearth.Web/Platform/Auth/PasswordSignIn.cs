using Hearth.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Hearth.Web.Platform.Auth;

/// <summary>
/// Signing in with an email address and password (ADR 0026). Resists guessing without locking anyone out: a per-account
/// rate limit and growing waits after wrong passwords instead of a lock, counted apart for browsers the account has
/// signed in from before. An unknown address, a wrong password and an address that must wait get exactly the answers
/// an existing one would, after the same work, so nothing tells a guesser which addresses have accounts. Only someone
/// who knows the password learns that the account is disabled.
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<HearthUser> signIn, SignInThrottling throttling, AccountRateLimiter accountLimiter, KnownDevices devices,
    IPasswordHasher<HearthUser> hasher, ILookupNormalizer normalizer, TimeProvider clock)
{
    public enum Outcome { SignedIn, Wrong, Wait, NotAllowed }

    public sealed record Result(Outcome Outcome, int WaitSeconds = 0);

    /// <summary>A password hash to check against when there is no account, so an unknown address costs the same time.</summary>
    private static readonly Lazy<string> NoAccountHash = new(() => new PasswordHasher<HearthUser>().HashPassword(new HearthUser(), "no account has this password"));

    public async Task<Result> SignInAsync(HttpContext http, string email, string password, CancellationToken ct)
    {
        var normalised = normalizer.NormalizeEmail(email.Trim());
        var device = devices.DeviceFor(http.Request, normalised);
        var key = SignInThrottling.Key(normalised, device);

        if (accountLimiter.TryAttempt(key) is { } limited) return new Result(Outcome.Wait, limited);
        if (await throttling.WaitAsync(key, ct) is { } wait) return new Result(Outcome.Wait, Seconds(wait));

        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        bool correct;
        if (user?.PasswordHash is not null)
        {
            correct = await signIn.UserManager.CheckPasswordAsync(user, password);
        }
        else
        {
            hasher.VerifyHashedPassword(new HearthUser(), NoAccountHash.Value, password);
            correct = false;
        }
        if (!correct)
        {
            await throttling.RecordFailureAsync(key, ct);
            return new Result(Outcome.Wrong);
        }

        await throttling.ClearAsync(key, ct);
        devices.Remember(http.Response, normalised, device);
        if (!await signIn.CanSignInAsync(user!)) return new Result(Outcome.NotAllowed);
        await signIn.SignInAsync(user!, isPersistent: false);
        user!.LastSignedInAt = clock.GetUtcNow();
        await signIn.UserManager.UpdateAsync(user);
        return new Result(Outcome.SignedIn);
    }

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
