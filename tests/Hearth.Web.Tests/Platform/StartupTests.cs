using System.Diagnostics;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Hearth.Web.Tests.Platform;

/// <summary>Hearth started with bad configuration stops with a message a person can act on, not a stack trace.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Start_UnknownDatabaseProvider_ExitsWithAClearMessage()
    {
        var (exitCode, output) = await RunAsync(("Database__Provider", "Oracle"));
        Assert.Equal(2, exitCode);
        Assert.Contains("Hearth could not start: Database:Provider is 'Oracle', which Hearth does not support", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task Start_PostgresUnreachable_ExitsWithAClearMessage()
    {
        var (exitCode, output) = await RunAsync(("Database__Provider", "Postgres"),
            ("ConnectionStrings__Hearth", "Host=127.0.0.1;Port=1;Database=hearth;Username=hearth;Timeout=3"), ("Audit__ChainKey", HearthFactory.TestAuditKey));
        Assert.Equal(2, exitCode);
        Assert.Contains("Hearth could not open its Postgres database (host 127.0.0.1, port 1, database hearth)", output);
        Assert.Contains("Check that the database server is running", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task Start_PostgresWithoutAnAuditChainKey_RefusesWithAClearMessage()
    {
        var (exitCode, output) = await RunAsync(("Database__Provider", "Postgres"),
            ("ConnectionStrings__Hearth", "Host=127.0.0.1;Port=1;Database=hearth;Username=hearth;Timeout=3"), ("Audit__ChainKey", ""));
        Assert.Equal(2, exitCode);
        Assert.Contains("Hearth could not start: Audit:ChainKey is not set", output);
        Assert.Contains("Audit__ChainKey", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task Start_PostgresWithoutConnectionString_SaysWhatToSet()
    {
        var (exitCode, output) = await RunAsync(("Database__Provider", "Postgres"), ("ConnectionStrings__Hearth", ""));
        Assert.Equal(2, exitCode);
        Assert.Contains("ConnectionStrings:Hearth is not set", output);
    }

    [Fact]
    public async Task Start_DemoAsOfOutsideTheStory_ExitsWithTheRangeItSupports()
    {
        var (exitCode, output) = await RunAsync(("Demo__Enabled", "true"), ("Demo__AsOf", "2035-01-01"));
        Assert.Equal(2, exitCode);
        Assert.Contains("Hearth could not start: Demo:AsOf 2035-01-01 is outside the demo story: choose a date from 2022-04-01 to 2034-12-31.", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public void ProviderFrom_AcceptsNamesCaseInsensitively()
    {
        Assert.Equal(DatabaseSetup.Postgres, DatabaseSetup.ProviderFrom(Config(("Database:Provider", "postgresql"))));
        Assert.Equal(DatabaseSetup.Sqlite, DatabaseSetup.ProviderFrom(Config(("Database:Provider", "SQLITE"))));
        Assert.Equal(DatabaseSetup.Sqlite, DatabaseSetup.ProviderFrom(Config()));
    }

    private static Microsoft.Extensions.Configuration.IConfiguration Config(params (string Key, string Value)[] values) =>
        new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    /// <summary>Runs the built Hearth.Web.dll as a separate process, as a deployment would.</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(params (string Key, string Value)[] environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Hearth.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Database__DataFolder"] = Path.Combine(Path.GetTempPath(), "hearth-startup-" + Guid.NewGuid().ToString("N"));
        start.Environment["Demo__Enabled"] = "false";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Hearth did not stop within 60 seconds: " + await stdout + await stderr);
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
