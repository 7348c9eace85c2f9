using Hearth.Web.Platform;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Features.CallOffs;

/// <summary>Settings of <see cref="DeadlineWorker"/> (section "CallOffs:DeadlineWorker").</summary>
public sealed class DeadlineWorkerOptions
{
    public const string Section = "CallOffs:DeadlineWorker";

    /// <summary>On by default; the test hosts turn it off and call <see cref="CallOffRecords.AdvanceDueAsync"/> themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often to look for deadlines that have passed: every minute unless configured.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Lapses call-off deadlines and moves cascades on without anyone opening a page (ADR 0023): every
/// <see cref="DeadlineWorkerOptions.Interval"/> it runs <see cref="CallOffRecords.AdvanceDueAsync"/> in the system scope.
/// Every web node runs one; the call-off's version makes a second node's save of the same change a skipped conflict.
/// </summary>
public sealed class DeadlineWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<DeadlineWorkerOptions> options, ILogger<DeadlineWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("The call-off deadline worker is turned off ({Section}:Enabled)", DeadlineWorkerOptions.Section);
            return;
        }
        var interval = settings.Interval > TimeSpan.Zero ? settings.Interval : TimeSpan.FromMinutes(1);
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                var changed = await RunOnceAsync(stoppingToken);
                if (changed > 0) logger.LogInformation("Moved {Count} call-off(s) on past their deadlines", changed);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may not be ready yet (first start) or briefly unavailable: try again at the next tick.
                logger.LogWarning(e, "Advancing call-offs past their deadlines failed; trying again in {Interval}", interval);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>One pass, in a system scope of its own.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        return await scope.ServiceProvider.GetRequiredService<CallOffRecords>().AdvanceDueAsync(clock.GetUtcNow(), ct);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
