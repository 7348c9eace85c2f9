using Hearth.Domain.Common;

namespace Hearth.Domain.Placements;

/// <summary>
/// A placement import run in the background (a large file): the uploaded file, who asked, and where the import has got
/// to. A worker on any web node claims it in the database (the claim is guarded by <see cref="Version"/>, so two nodes
/// cannot both run it) and holds the claim for a lease; a job whose worker stopped is claimed again when the lease runs
/// out, up to <see cref="MaximumAttempts"/> times. The file is kept only until the job finishes.
/// </summary>
public sealed class ImportJob
{
    public const int MaximumAttempts = 3;
    public const int MaximumFileNameLength = 200;

    private ImportJob() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public int OwnerUserId { get; private set; }
    public string FileName { get; private set; } = "";
    public bool IsXlsx { get; private set; }
    /// <summary>The uploaded file; emptied when the job finishes.</summary>
    public byte[] Content { get; private set; } = [];
    public long FileBytes { get; private set; }
    public ImportJobStatus Status { get; private set; }
    /// <summary>Rows of placements in the file (blank rows are not counted); 0 until the file has been read.</summary>
    public int RowsTotal { get; private set; }
    /// <summary>Rows checked so far; equal to <see cref="RowsTotal"/> while the checked rows are being saved.</summary>
    public int RowsProcessed { get; private set; }
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    /// <summary>The validation report of a failed import (every problem by row and column), as the web layer wrote it.</summary>
    public string? Report { get; private set; }
    public int ProblemCount { get; private set; }
    public DateTimeOffset QueuedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    /// <summary>The worker (web node) holding the claim, and until when.</summary>
    public string? ClaimedBy { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }
    public int Attempts { get; private set; }
    public int Version { get; private set; }

    public bool IsFinished => Status is ImportJobStatus.Succeeded or ImportJobStatus.Failed;

    public static ImportJob Queue(int authorityId, int ownerUserId, string fileName, bool isXlsx, byte[] content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        fileName = Path.GetFileName((fileName ?? "").Trim());
        if (fileName.Length == 0) throw new DomainException("File", "Select a CSV or XLSX file");
        if (fileName.Length > MaximumFileNameLength) fileName = fileName[^MaximumFileNameLength..];
        if (content.Length == 0) throw new DomainException("File", "The selected file is empty");
        return new ImportJob
        {
            AuthorityId = authorityId, OwnerUserId = ownerUserId, FileName = fileName, IsXlsx = isXlsx, Content = content,
            FileBytes = content.Length, Status = ImportJobStatus.Queued, QueuedAt = now,
        };
    }

    /// <summary>True when a worker may claim the job now: it is queued, or its worker's lease has run out.</summary>
    public bool IsClaimable(DateTimeOffset now) =>
        Status == ImportJobStatus.Queued || (Status == ImportJobStatus.Running && ClaimedUntil < now);

    /// <summary>A worker claims the job for <paramref name="lease"/>. Saving the claim fails if another worker saved theirs first.</summary>
    public void Claim(string worker, DateTimeOffset now, TimeSpan lease)
    {
        if (string.IsNullOrWhiteSpace(worker)) throw new DomainException(nameof(ClaimedBy), "Name the worker claiming the job");
        if (!IsClaimable(now)) throw new DomainException(nameof(Status), "The import is already being run or has finished");
        if (Attempts >= MaximumAttempts)
        {
            Finish(ImportJobStatus.Failed, now);
            Report = null;
            ProblemCount = 0;
            return;
        }
        Transition(ImportJobStatus.Running);
        ClaimedBy = worker.Trim();
        ClaimedUntil = now + lease;
        StartedAt ??= now;
        Attempts++;
        Version++;
    }

    /// <summary>The import saved every row.</summary>
    public void Succeed(int rows, int created, int updated, int unchanged, DateTimeOffset now)
    {
        Finish(ImportJobStatus.Succeeded, now);
        RowsTotal = rows;
        RowsProcessed = rows;
        Created = created;
        Updated = updated;
        Unchanged = unchanged;
    }

    /// <summary>The file had problems (or could not be imported): nothing was saved; <paramref name="report"/> lists why.</summary>
    public void Fail(int problems, string report, DateTimeOffset now)
    {
        Finish(ImportJobStatus.Failed, now);
        ProblemCount = problems;
        Report = report;
    }

    /// <summary>True when the job failed because every attempt stopped before finishing (no validation report).</summary>
    public bool GaveUp => Status == ImportJobStatus.Failed && Report is null;

    private void Finish(ImportJobStatus to, DateTimeOffset now)
    {
        Transition(to);
        FinishedAt = now;
        ClaimedUntil = null;
        Content = [];
        Version++;
    }

    /// <summary>The one transition table of an import job.</summary>
    private void Transition(ImportJobStatus to)
    {
        switch (Status, to)
        {
            case (ImportJobStatus.Queued, ImportJobStatus.Running):
            case (ImportJobStatus.Running, ImportJobStatus.Running): // a lapsed claim taken over
            case (ImportJobStatus.Running, ImportJobStatus.Succeeded):
            case (ImportJobStatus.Running, ImportJobStatus.Failed):
            case (ImportJobStatus.Queued, ImportJobStatus.Failed): // given up without running
                Status = to;
                return;
            default:
                throw new DomainException(nameof(Status), $"An import that is {Status.ToString().ToLowerInvariant()} cannot become {to.ToString().ToLowerInvariant()}");
        }
    }
}
