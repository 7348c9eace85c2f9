using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

/// <summary>
/// Background placement imports over the API: <c>POST /api/v1/placements/import</c> answers 202 with a Location here for a
/// file over 1MB or when the client sends <c>Prefer: respond-async</c> (RFC 7240); poll this until it has finished.
/// </summary>
public static class ImportJobsApi
{
    public sealed record ImportJobDto(
        int Id, string Status, string FileName, int RowsTotal, int RowsProcessed, int Created, int Updated, int Unchanged,
        DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, IReadOnlyList<PlacementsApi.ImportErrorDto> Errors);

    public static string Location(int id) => $"/api/v1/placements/import-jobs/{id}";

    public static bool PrefersAsync(HttpRequest request) =>
        request.Headers["Prefer"].Any(v => v is not null && v.Split(',').Any(p => string.Equals(p.Trim(), "respond-async", StringComparison.OrdinalIgnoreCase)));

    public static async Task<ImportJobDto?> FindAsync(HearthDb db, int id, CancellationToken ct)
    {
        var job = await db.ImportJobs.AsNoTracking().Where(j => j.Id == id)
            .Select(j => new
            {
                j.Id, j.Status, j.FileName, j.RowsTotal, j.RowsProcessed, j.Created, j.Updated, j.Unchanged, j.QueuedAt, j.StartedAt, j.FinishedAt, j.Report,
            })
            .SingleOrDefaultAsync(ct);
        if (job is null) return null;
        var errors = ImportJobs.Problems(job.Report).Select(p => new PlacementsApi.ImportErrorDto(p.Row, p.Column, p.Message)).ToList();
        if (job.Status == ImportJobStatus.Failed && errors.Count == 0)
            errors.Add(new PlacementsApi.ImportErrorDto(0, "File", "The import could not be finished, so nothing was imported. Send the file again"));
        return new ImportJobDto(job.Id, job.Status.ToString(), job.FileName, job.RowsTotal, job.RowsProcessed, job.Created, job.Updated, job.Unchanged,
            job.QueuedAt, job.StartedAt, job.FinishedAt, errors);
    }

    public static RouteGroupBuilder MapImportJobsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/placements/import-jobs/{id:int}", async Task<IResult> (int id, HearthDb db, CancellationToken ct) =>
                await FindAsync(db, id, ct) is { } job
                    ? Results.Ok(job)
                    : Results.Problem(statusCode: 404, title: "Not found", detail: $"There is no import job {id} that you can see."))
            .RequireAuthorization(p => p.RequireRole(PlacementAccess.Importers))
            .WithTags("Placements").WithName("GetImportJob")
            .Produces<ImportJobDto>()
            .WithSummary("A background placement import: Queued, Running (rows checked of the total), Succeeded (the counts) or Failed (every error by row and column; nothing was imported).");
        return api;
    }
}
