using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>The real Hearth app, in memory, on a test database; with or without the demo data.</summary>
public sealed class HearthFactory(TestDatabase database, bool demo, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public static readonly DateOnly DemoAsOf = new(2026, 11, 25);

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
        builder.UseSetting("Demo:Enabled", demo ? "true" : "false");
        builder.UseSetting("Demo:AsOf", DemoAsOf.ToString("yyyy-MM-dd"));
        builder.UseSetting("Demo:PrintSignIns", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // The call-off deadline worker would move demo call-offs on under running tests: tests call AdvanceDueAsync themselves.
        builder.UseSetting("CallOffs:DeadlineWorker:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }

    public UserSession Session() => new(BrowserClient());

    /// <summary>
    /// A client as a person's browser is: over HTTPS, keeping cookies, not following redirects, and sending the page's
    /// antiforgery token with its API writes (<see cref="ApiAntiforgeryHandler"/>).
    /// </summary>
    public HttpClient BrowserClient() => CreateDefaultClient(Https, new ApiAntiforgeryHandler(), new CookieContainerHandler());
}
