using System.Text.Json;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

/// <summary>
/// Background placement imports (docs/decisions/0011-background-imports.md): a large file is stored with an
/// <see cref="ImportJob"/> and imported by <see cref="ImportJobWorker"/> on whichever web node claims it first. The claim,
/// the progress and the result live in the database, so any node can show the status page. The import itself is
/// <see cref="PlacementImporter"/>'s, unchanged: all rows or none, matched on the external reference.
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, TimeProvider clock, ImportJobSignal signal, ILogger<ImportJobs> logger)
{
    /// <summary>A worker holds a claim this long; it renews it each time it reports progress.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(30);

    public sealed record Problem(int Row, string Column, string Message);

    /// <summary>Stores the file and queues its import, as the signed-in finance officer of <paramref name="db"/>'s scope.</summary>
    public async Task<int> EnqueueAsync(HearthDb db, string fileName, bool isXlsx, byte[] content, CancellationToken ct)
    {
        if (!db.Scope.IsAuthority || db.Scope.UserId is not { } userId)
            throw new DomainException("File", "Only an authority's staff can import placements");
        var job = ImportJob.Queue(db.Scope.FilterOrganisationId, userId, fileName, isXlsx, content, clock.GetUtcNow());
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return job.Id;
    }

    /// <summary>The ids of jobs a worker may claim now, oldest first.</summary>
    public async Task<List<int>> ClaimableAsync(CancellationToken ct)
    {
        await using var scope = SystemScope(out var db);
        var now = clock.GetUtcNow();
        var open = await db.ImportJobs.AsNoTracking()
            .Where(j => j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running)
            .Select(j => new { j.Id, j.Status, j.ClaimedUntil }).ToListAsync(ct);
        return open.Where(j => j.Status == ImportJobStatus.Queued || j.ClaimedUntil < now).OrderBy(j => j.Id).Select(j => j.Id).ToList();
    }

    /// <summary>
    /// Claims a job for <paramref name="worker"/>: true when this worker now holds it. The save is guarded by the job's
    /// version, so when two workers (on one node or two) claim the same job at once exactly one succeeds.
    /// </summary>
    public async Task<bool> TryClaimAsync(int jobId, string worker, CancellationToken ct)
    {
        await using var scope = SystemScope(out var db);
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == jobId, ct);
        var now = clock.GetUtcNow();
        if (job is null || !job.IsClaimable(now)) return false;
        job.Claim(worker, now, Lease);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // another worker's claim was saved first
        }
        if (job.GaveUp) logger.LogWarning("Import job {JobId} gave up after {Attempts} attempts", jobId, job.Attempts);
        return job.Status == ImportJobStatus.Running;
    }

    /// <summary>Runs a job this worker has claimed, to success or failure; leaves it for another worker if the node stops.</summary>
    public async Task RunAsync(int jobId, string worker, CancellationToken ct)
    {
        ImportJob job;
        await using (var read = SystemScope(out var db))
            job = await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, ct);

        PlacementImporter.Result result;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HearthUser>>();
            var owner = await users.FindByIdAsync(job.OwnerUserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (owner is null || owner.IsDisabled || owner.OrganisationId != job.AuthorityId || !await users.IsInRoleAsync(owner, PlacementAccess.Importers))
            {
                result = PlacementImporter.Result.Failed(new PlacementImporter.RowError(0, "File",
                    "The person who uploaded the file can no longer import placements, so nothing was imported"));
            }
            else
            {
                var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<HearthUser>>().CreateAsync(owner);
                scope.ServiceProvider.GetRequiredService<OrganisationScope>().ActFor(principal);
                var importer = scope.ServiceProvider.GetRequiredService<PlacementImporter>();
                using var file = new MemoryStream(job.Content, writable: false);
                result = await importer.ImportAsync(file, job.IsXlsx, (processed, total) => ReportAsync(jobId, worker, processed, total, ct), ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // the node is stopping: the transaction rolled back and the lease lets another worker run the job again
        }
        catch (Exception e)
        {
            logger.LogError(e, "Import job {JobId} failed unexpectedly", jobId);
            result = PlacementImporter.Result.Failed(new PlacementImporter.RowError(0, "File",
                "Hearth could not finish the import, so nothing was imported. Try again, and tell your administrator if it happens again"));
        }

        await using var finish = SystemScope(out var finishDb);
        var tracked = await finishDb.ImportJobs.SingleAsync(j => j.Id == jobId, ct);
        if (tracked.ClaimedBy != worker || tracked.Status != ImportJobStatus.Running)
        {
            logger.LogWarning("Import job {JobId} was taken over by {Other} before {Worker} finished it", jobId, tracked.ClaimedBy, worker);
            return;
        }
        var now = clock.GetUtcNow();
        if (result.Succeeded)
            tracked.Succeed(result.Created + result.Updated + result.Unchanged, result.Created, result.Updated, result.Unchanged, now);
        else
            tracked.Fail(result.Errors.Count, JsonSerializer.Serialize(result.Errors.Select(e => new Problem(e.Row, e.Column, e.Message))), now);
        await finishDb.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>The problems of a failed job's report, by row and column.</summary>
    public static IReadOnlyList<Problem> Problems(string? report) =>
        string.IsNullOrEmpty(report) ? [] : JsonSerializer.Deserialize<List<Problem>>(report) ?? [];

    /// <summary>
    /// Progress is written straight to the job's row, outside the import's transaction (and unaudited: it is not a change to
    /// anyone's records), so the status page on any node sees it. It also renews the worker's claim.
    /// </summary>
    private async Task ReportAsync(int jobId, string worker, int processed, int total, CancellationToken ct)
    {
        await using var scope = SystemScope(out var db);
        var until = clock.GetUtcNow() + Lease;
        await db.ImportJobs.Where(j => j.Id == jobId && j.ClaimedBy == worker && j.Status == ImportJobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.RowsProcessed, processed).SetProperty(j => j.RowsTotal, total)
                .SetProperty(j => j.ClaimedUntil, until), ct);
    }

    private AsyncServiceScope SystemScope(out HearthDb db)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        db = scope.ServiceProvider.GetRequiredService<HearthDb>();
        return scope;
    }
}
