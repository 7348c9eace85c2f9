using Hearth.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Hearth.Browser.Tests.Infrastructure;

/// <summary>
/// The real Hearth app (Program → HearthApp.Build) on Kestrel, on a free loopback port, with its own SQLite database in
/// <paramref name="dataFolder"/> and the deterministic demo data as of <paramref name="asOf"/>, on the test clock
/// <paramref name="clock"/> (ADR 0027). Production environment, so the friendly error pages are the ones a person sees.
/// </summary>
internal sealed class HearthWebFactory(string dataFolder, DateOnly asOf, FakeTimeProvider clock) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting (host configuration) rather than ConfigureAppConfiguration: HearthApp.Build reads Database:* while
        // it composes the services, before the app configuration callbacks of the factory would apply.
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataFolder", dataFolder);
        builder.UseSetting("ConnectionStrings:Hearth", "");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:AsOf", asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Demo:PrintSignIns", "false");
        // The call-off deadline worker would move demo call-offs on under running tests: tests call AdvanceDueAsync themselves.
        builder.UseSetting("CallOffs:DeadlineWorker:Enabled", "false");
        // Every journey signs in from one loopback address: lift the guessing limits (ADR 0026), which web tests check.
        builder.UseSetting("SignIn:AttemptsPerAddressPerMinute", "1000000");
        builder.UseSetting("SignIn:AttemptsPerAccountPerMinute", "1000000");
        // Keep the test output readable: warnings and errors only.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
        // Keys live unencrypted in the throwaway database: expected here, so not worth a warning on every run.
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.DataProtection", "Error");
        builder.ConfigureTestServices(services => services.UseTestClock(clock));
    }
}
