namespace Hearth.Web.Features.Placements;

/// <summary>
/// Runs queued placement imports on this web node, one at a time. Every node runs one; each job is claimed in the database
/// (<see cref="ImportJobs.TryClaimAsync"/>), so a job runs on one node only, and a job left by a node that stopped is taken
/// over once its lease runs out.
/// </summary>
public sealed class ImportJobWorker(ImportJobs jobs, ImportJobSignal signal, ILogger<ImportJobWorker> logger) : BackgroundService
{
    /// <summary>How often the worker looks for jobs queued on other nodes.</summary>
    public static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(5);

    /// <summary>This worker's name in claims: the machine, the process and a random part, so two processes never share one.</summary>
    public string Name { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var id in await jobs.ClaimableAsync(stoppingToken))
                {
                    if (await jobs.TryClaimAsync(id, Name, stoppingToken))
                        await jobs.RunAsync(id, Name, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may not be ready yet (first start) or briefly unavailable: look again at the next poll.
                logger.LogWarning(e, "Looking for placement import jobs failed; trying again in {Seconds}s", PollEvery.TotalSeconds);
            }
            try
            {
                await signal.WaitAsync(PollEvery, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
