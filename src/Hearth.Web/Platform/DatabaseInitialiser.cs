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
    IServiceProvider services, IOptions<DemoOptions> demo, IHostApplicationLifetime lifetime, IServer server,
    TimeProvider clock, ILogger<DatabaseInitialiser> logger) : IHostedService
{
    private bool _prepared;
    private bool _demoLoaded;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync(cancellationToken);
        if (demo.Value.PrintSignIns && _demoLoaded) lifetime.ApplicationStarted.Register(PrintSignIns);
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
        if (!enabled) return;
        if (!await db.Organisations.AnyAsync(cancellationToken))
        {
            var asOf = demo.Value.AsOf ?? London.Today(clock);
            logger.LogInformation("Loading demo data (seed {Seed}, as of {AsOf})", demo.Value.Seed, asOf);
            var started = clock.GetTimestamp();
            await DemoData.LoadAsync(scope.ServiceProvider, demo.Value.Seed, asOf, cancellationToken);
            logger.LogInformation("Demo data loaded in {Elapsed}", clock.GetElapsedTime(started));
        }
        _demoLoaded = await db.Users.AnyAsync(u => u.Email!.EndsWith(DemoData.EmailDomain), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
