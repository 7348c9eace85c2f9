namespace Hearth.Web.Features.Placements;

/// <summary>
/// Wakes this node's <see cref="ImportJobWorker"/> when a job is queued here, so a small queue starts at once; jobs queued
/// on other nodes are found by the worker's regular look at the database.
/// </summary>
public sealed class ImportJobSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // already awake
        }
    }

    /// <summary>Waits until woken or until <paramref name="timeout"/> has passed.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
