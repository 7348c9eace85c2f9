using Hearth.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>
/// The real Hearth app, in memory, on a test database; with or without the demo data. Its clock is the test's
/// (<see cref="Clock"/>, standing at <see cref="TestClock.Now"/>) and its demo data is generated as of that date (ADR 0027).
/// </summary>
public sealed class HearthFactory(TestDatabase database, bool demo, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>The demo data's as-of date: the suite's London date.</summary>
    public static DateOnly DemoAsOf => TestClock.Today;

    /// <summary>This app's clock. Only a test with an app of its own should advance it.</summary>
    public FakeTimeProvider Clock { get; } = TestClock.CreateClock();

    /// <summary>The audit chain key of the PostgreSQL test hosts: 32 bytes, base64 (never a real service's key).</summary>
    public const string TestAuditKey = "dGVzdC1vbmx5LWF1ZGl0LWNoYWluLWtleS0zMi1ieXRlcyE=";

    /// <summary>
    /// Clients talk to the app as a browser does in production: over HTTPS, so the session and antiforgery cookies
    /// (always Secure outside Development, ADR 0025) are sent back.
    /// </summary>
    public static readonly Uri Https = new("https://localhost");

    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ClientOptions.BaseAddress = Https; // CreateClient() without options

        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", Database.Provider);
        if (Database.ConnectionString is not null) builder.UseSetting("ConnectionStrings:Hearth", Database.ConnectionString);
        if (Database.DataFolder is not null) builder.UseSetting("Database:DataFolder", Database.DataFolder);
        // ADR 0026: checkpoints beside this test's database; PostgreSQL needs a configured key (SQLite generates one).
        builder.UseSetting("Audit:CheckpointFolder", Database.FilesFolder);
        if (Database.Provider == "Postgres") builder.UseSetting("Audit:ChainKey", TestAuditKey);
        // Hundreds of test sign-ins come from one address in a minute: the guessing limits are tested with their own hosts.
        builder.UseSetting("SignIn:AttemptsPerAddressPerMinute", "1000000");
        builder.UseSetting("SignIn:AttemptsPerAccountPerMinute", "1000000");
        builder.UseSetting("Demo:Enabled", demo ? "true" : "false");
        builder.UseSetting("Demo:AsOf", DemoAsOf.ToString("yyyy-MM-dd"));
        builder.UseSetting("Demo:PrintSignIns", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // The call-off deadline worker would move demo call-offs on under running tests: tests call AdvanceDueAsync themselves.
        builder.UseSetting("CallOffs:DeadlineWorker:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.UseTestClock(Clock));
    }

    public UserSession Session() => new(BrowserClient());

    /// <summary>
    /// A client as a person's browser is: over HTTPS, keeping cookies, not following redirects, and sending the page's
    /// antiforgery token with its API writes (<see cref="ApiAntiforgeryHandler"/>).
    /// </summary>
    public HttpClient BrowserClient() => CreateDefaultClient(Https, new ApiAntiforgeryHandler(), new CookieContainerHandler());
}
