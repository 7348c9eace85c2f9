using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Platform.Auth;

/// <summary>
/// ASP.NET Core's rate limiter on the posts that carry a password or a secret (ADR 0026): a sliding window per client
/// address, answered 429 with Retry-After (the GOV.UK "too many requests" page, or problem details under /api). The
/// per-account limiter (<see cref="AccountRateLimiter"/>) is consulted by <see cref="PasswordSignIn"/> once it knows the
/// address typed.
/// </summary>
public static class SignInRateLimits
{
    /// <summary>Set on a rejected request for the error page: the whole seconds to wait.</summary>
    public const string RetryAfterItem = "hearth:retry-after";

    public static IServiceCollection AddHearthRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SignInSettings>(configuration.GetSection(SignInSettings.Section));
        services.AddSingleton<AccountRateLimiter>();
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!IsCredentialPost(context.Request)) return RateLimitPartition.GetNoLimiter("");
                var limit = context.RequestServices.GetRequiredService<IOptions<SignInSettings>>().Value.AttemptsPerAddressPerMinute;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetSlidingWindowLimiter("address " + address, _ => Window(limit));
            });
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) => Reject(context.HttpContext, context.Lease);
        });
        return services;
    }

    /// <summary>A sliding minute in six steps: the limit never lets a burst through at the turn of a fixed window.</summary>
    public static SlidingWindowRateLimiterOptions Window(int permitsPerMinute) => new()
    {
        PermitLimit = Math.Max(1, permitsPerMinute), Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6,
        QueueLimit = 0, AutoReplenishment = true,
    };

    /// <summary>Sign in, change password, accept an invitation, external sign-in: the posts worth guessing at.</summary>
    public static bool IsCredentialPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.StartsWithSegments("/account/sign-in", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/account/change-password", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/account/invitation", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/account/external-sign-in", StringComparison.OrdinalIgnoreCase));

    /// <summary>The whole seconds a rejected lease says to wait (at least one).</summary>
    public static int RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 10;

    private static async ValueTask Reject(HttpContext context, RateLimitLease lease)
    {
        var seconds = RetryAfterSeconds(lease);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Items[RetryAfterItem] = seconds;
        if (AuthSetup.IsApi(context.Request))
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: $"Too many attempts from your address. Wait {seconds} seconds, then try again.").ExecuteAsync(context);
        // Pages: the empty 429 is shown as the GOV.UK "There have been too many requests" page (Errors/Status).
    }
}

/// <summary>ASP.NET Core's rate limiter per account (the throttle key of <see cref="SignInThrottling"/>): a sliding minute.</summary>
public sealed class AccountRateLimiter(IOptions<SignInSettings> settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => SignInRateLimits.Window(settings.Value.AttemptsPerAccountPerMinute)));

    /// <summary>Takes one attempt for the key; null when allowed, else the seconds to wait.</summary>
    public int? TryAttempt(string key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired ? null : SignInRateLimits.RetryAfterSeconds(lease);
    }

    public void Dispose() => _limiter.Dispose();
}
