using System.Security.Cryptography;
using System.Text;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Platform.Auth;

/// <summary>
/// Growing waits after wrong passwords, per email address, held in the database so every web node sees them (ADR 0026).
/// Kept for any address typed, account or not, so a wait never tells anyone whether an account exists; and separately
/// for a browser that has signed in to the account before (<see cref="KnownDevices"/>), so strangers' guesses never make
/// the account's owner wait.
/// </summary>
public sealed class SignInThrottling(HearthDb db, TimeProvider clock, IOptions<SignInSettings> settings)
{
    /// <summary>The throttle's key: a hash of the normalised address, and of the known browser's id when there is one.</summary>
    public static string Key(string normalisedEmail, string? deviceId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"hearth-sign-in\n{normalisedEmail}\n{deviceId}")));

    /// <summary>How long until the next attempt for this key may be checked; null when it may be now.</summary>
    public async Task<TimeSpan?> WaitAsync(string key, CancellationToken ct)
    {
        var notBefore = await db.SignInThrottles.AsNoTracking().Where(t => t.Key == key).Select(t => (DateTimeOffset?)t.NotBefore).SingleOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        return notBefore > now ? notBefore - now : null;
    }

    /// <summary>Counts a wrong password and sets the wait before the next attempt; returns that wait.</summary>
    public async Task<TimeSpan> RecordFailureAsync(string key, CancellationToken ct)
    {
        var options = settings.Value;
        for (var attempt = 0; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var row = await db.SignInThrottles.AsNoTracking().SingleOrDefaultAsync(t => t.Key == key, ct);
            if (row is null)
            {
                var wait = options.Delays.After(1);
                db.SignInThrottles.Add(new SignInThrottle { Key = key, Failures = 1, LastFailureAt = now, NotBefore = now + wait });
                try
                {
                    await db.SaveChangesAsync(ct);
                    await ForgetOldAsync(now, ct);
                    return wait;
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    // Another request counted a failure for this address at the same moment: count on top of it.
                    db.ChangeTracker.Clear();
                    continue;
                }
            }
            var failures = now - row.LastFailureAt > options.FailureMemory ? 1 : row.Failures + 1;
            var delay = options.Delays.After(failures);
            var seen = row.Failures;
            var updated = await db.SignInThrottles.Where(t => t.Key == key && t.Failures == seen)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Failures, failures).SetProperty(t => t.LastFailureAt, now)
                    .SetProperty(t => t.NotBefore, now + delay), ct);
            if (updated == 1 || attempt >= 3) return delay;
        }
    }

    /// <summary>The right password: the count starts again.</summary>
    public Task ClearAsync(string key, CancellationToken ct) =>
        db.SignInThrottles.Where(t => t.Key == key).ExecuteDeleteAsync(ct);

    private Task ForgetOldAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now - settings.Value.FailureMemory;
        return db.SignInThrottles.Where(t => t.LastFailureAt < before).ExecuteDeleteAsync(ct);
    }
}
