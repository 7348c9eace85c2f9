namespace Hearth.Domain.Placements;

/// <summary>Where a background placement import is: waiting for a worker, being checked and saved, or finished.</summary>
public enum ImportJobStatus
{
    Queued = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
}
