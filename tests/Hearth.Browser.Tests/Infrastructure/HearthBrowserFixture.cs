using System.Diagnostics;
using System.Net;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Testing;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(Hearth.Browser.Tests.Infrastructure.HearthBrowserFixture))]

namespace Hearth.Browser.Tests.Infrastructure;

/// <summary>
/// One per test run (xunit v3 assembly fixture): the real Hearth app on Kestrel at <see cref="BaseUrl"/> with a fresh
/// SQLite database and demo data, and one headless Chromium. Each test opens its own browser context
/// (<see cref="BrowserTest"/>), so cookies never leak between tests.
/// </summary>
public sealed class HearthBrowserFixture : IAsyncLifetime
{
    /// <summary>The demo data's as-of date: the suite's London date (HEARTH_TEST_NOW, or the day the run started).</summary>
    public static DateOnly AsOf => TestClock.Today;

    /// <summary>The app's clock, standing at the suite's instant (ADR 0027).</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = TestClock.CreateClock();

    public const string ChromiumVariable = "HEARTH_CHROMIUM";
    public const string DefaultChromium = "/usr/bin/chromium";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "hearth-browser-tests-" + Guid.NewGuid().ToString("N"));
    private HearthWebFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>
    /// An HTTP client for the API, as another system would call it: Playwright's APIRequestContext on the app's address,
    /// with no cookies of any browser. Dispose it when done.
    /// </summary>
    public Task<IAPIRequestContext> NewApiContextAsync(string bearerToken) =>
        (_playwright ?? throw new InvalidOperationException("Playwright has not started.")).APIRequest.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + bearerToken },
        });

    /// <summary>The app's services, for test set-up that has no page yet (for example a user of a test's own).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app has not started.");

    public async ValueTask InitializeAsync()
    {
        // Never let Playwright fetch a browser: the tests use the system Chromium.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var chromium = ChromiumPath();

        // The app (migrations + ~10 s of demo data) and the browser start side by side.
        var app = Task.Run(StartApp);
        var browser = StartBrowserAsync(chromium);
        await Task.WhenAll(app, browser);
    }

    private void StartApp()
    {
        Directory.CreateDirectory(_dataFolder);
        var factory = new HearthWebFactory(_dataFolder, AsOf, Clock);
        // Kestrel, not the in-memory TestServer: a real browser needs a real socket. Loopback only, port chosen by the OS.
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory = factory;
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Hearth started but Kestrel reported no address.");
        // Kestrel reports the port it actually bound, e.g. http://127.0.0.1:41234.
        BaseUrl = address.TrimEnd('/');
    }

    private async Task StartBrowserAsync(string chromium)
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Timeout = 60_000,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>The Chromium to launch, or a failure that says how to install it (rather than a hang or a download).</summary>
    public static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable(ChromiumVariable);
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultChromium : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium, but there is none at '{path}'" +
                (string.IsNullOrWhiteSpace(configured) ? "" : $" (from {ChromiumVariable})") + ". " +
                "Install it with: sudo apt-get update && sudo apt-get install -y chromium " +
                $"(or set {ChromiumVariable}=/path/to/chromium). The tests never download a browser.");
        }
        return path;
    }

    /// <summary>
    /// Creates a user of a test's own, in the same organisation and role as a demo sign-in, with the demo password:
    /// a test that changes the account (its password, say) then cannot disturb the tests that sign in as the demo users.
    /// </summary>
    public async Task<DemoSignIn> CreateUserLikeAsync(DemoSignIn template, string email)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HearthUser>>();
        var like = await users.FindByEmailAsync(template.Email)
            ?? throw new InvalidOperationException($"Demo user {template.Email} not found.");
        var displayName = "Browser Test " + template.DisplayName;
        var user = new HearthUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName,
            OrganisationId = like.OrganisationId, CreatedAt = Clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, DemoData.DemoPassword));
        Check(await users.AddToRoleAsync(user, template.Role));
        return template with { Email = email, DisplayName = displayName };

        static void Check(IdentityResult result)
        {
            if (!result.Succeeded)
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        // SQLite may hold the file a moment after the host stops (pooled connections): clear the pools, then delete.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_dataFolder)) Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException e)
        {
            Trace.WriteLine($"Could not delete {_dataFolder}: {e.Message}");
        }
    }
}
