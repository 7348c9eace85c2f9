using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Platform.Audit;

/// <summary>
/// Writes a checkpoint of the audit chain's head outside the database every <c>Audit:CheckpointInterval</c> (a minute
/// unless configured; zero turns it off), when the head has moved (ADR 0026). Every web node may run it: the file skips
/// a checkpoint that is already its last line.
/// </summary>
public sealed class AuditCheckpointWorker(IServiceScopeFactory scopes, AuditCheckpoints checkpoints, TimeProvider clock,
    IConfiguration configuration, ILogger<AuditCheckpointWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Audit:CheckpointInterval", TimeSpan.FromMinutes(1));
        if (interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Writing an audit checkpoint to {File} failed; trying again in {Interval}", checkpoints.FilePath, interval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Checkpoints the current head (if there is one), in a system scope of its own.</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDb>();
        var head = await db.AuditEntries.IgnoreQueryFilters().OrderByDescending(a => a.Id).Select(a => new { a.Id, a.Hash }).FirstOrDefaultAsync(ct);
        if (head is not null) await checkpoints.WriteAsync(head.Id, head.Hash, ct);
    }
}
