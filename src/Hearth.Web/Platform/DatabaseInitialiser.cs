using Hearth.Domain.Common;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform.Audit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Platform;

/// <summary>
/// At start-up: applies migrations, seals an audit trail written before ADR 0026, writes missing cost lines (<see cref="CostLineBackfill"/>), loads the demo data into a new database when enabled, and prints the URL and demo
/// sign-ins once the server is listening. Program calls <see cref="PrepareAsync"/> before the host starts, so a database
/// problem stops Hearth with one clear message; as a hosted service it does the same for hosts started another way
/// (the test host), once.
/// </summary>
public sealed class DatabaseInitialiser(
    IServiceProvider services, IOptions<DemoOptions> demo, IOptions<OperatorOptions> operatorOptions, IHostApplicationLifetime lifetime, IServer server,
    TimeProvider clock, ILogger<DatabaseInitialiser> logger) : IHostedService
{
    private bool _prepared;
    private bool _demoLoaded;

    /// <summary>The path of the first service operator's invitation made at this start-up, if one was (ADR 0024).</summary>
    public string? OperatorInvitationPath { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        if (demo.Value.PrintSignIns && _demoLoaded) lifetime.ApplicationStarted.Register(PrintSignIns);
        if (OperatorInvitationPath is not null) lifetime.ApplicationStarted.Register(PrintOperatorInvitation);
    }

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (_prepared) return;
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDb>();
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        // A trail written before ADR 0026 is sealed under the key once, before anything else is recorded.
        if (await AuditChainUpgrade.RunAsync(db, scope.ServiceProvider.GetRequiredService<AuditKeyRing>(), logger, cancellationToken) > 0)
            await scope.ServiceProvider.GetRequiredService<AuditCheckpointWorker>().RunOnceAsync(cancellationToken);
        await CostLineBackfill.RunAsync(db, logger, cancellationToken);

        _prepared = true;
        var enabled = demo.Value.Enabled ?? db.ProviderName == DatabaseSetup.Sqlite;
        if (enabled && !await db.Organisations.AnyAsync(cancellationToken))
        {
            var asOf = demo.Value.AsOf ?? London.Today(clock);
            logger.LogInformation("Loading demo data (seed {Seed}, as of {AsOf})", demo.Value.Seed, asOf);
            var started = clock.GetTimestamp();
            await DemoData.LoadAsync(scope.ServiceProvider, demo.Value.Seed, asOf, cancellationToken);
            logger.LogInformation("Demo data loaded in {Elapsed}", clock.GetElapsedTime(started));
        }
        if (enabled) _demoLoaded = await db.Users.AnyAsync(u => u.Email!.EndsWith(DemoData.EmailDomain), cancellationToken);
        // Roles, and the first service operator's invitation when Operator:Email is set (ADR 0024).
        OperatorInvitationPath = await OperatorBootstrap.RunAsync(scope.ServiceProvider, operatorOptions.Value, logger, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void PrintOperatorInvitation()
    {
        var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine($"First service operator ({operatorOptions.Value.Email}): open this one-time link to choose a password. It works once, for 7 days,");
        Console.WriteLine("and is shown only now. Send it to the person by a secure route.");
        foreach (var url in urls.DefaultIfEmpty("https://<your Hearth address>")) Console.WriteLine($"  {url.TrimEnd('/')}{OperatorInvitationPath}");
        Console.WriteLine();
    }

    private void PrintSignIns()
    {
        var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine("Hearth is running with demo data.");
        foreach (var url in urls) Console.WriteLine($"  Open {url}");
        Console.WriteLine($"  Demo sign-ins (password for all: {DemoData.DemoPassword}):");
        foreach (var user in DemoData.SignIns)
            Console.WriteLine($"    {user.Email,-36} {Roles.DisplayName(user.Role),-28} {user.Organisation}");
        Console.WriteLine("  Demo passwords exist only for the demo data. Do not enable demo data on a live service.");
        Console.WriteLine();
    }
}
