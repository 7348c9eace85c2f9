using Hearth.Web.Platform;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hearth.Testing;

/// <summary>Gives a test host the test's clock in place of the system clock (ADR 0027).</summary>
public static class TestHostClock
{
    /// <summary>Hearth's one clock now tells the time of <paramref name="clock"/>: pages, API, workers and the demo data.</summary>
    public static IServiceCollection UseTestClock(this IServiceCollection services, TimeProvider clock)
    {
        services.RemoveAll<HearthClock>();
        services.RemoveAll<TimeProvider>();
        services.AddSingleton(new HearthClock(clock));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<HearthClock>());
        return services;
    }
}
