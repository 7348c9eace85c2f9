using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

/// <summary>
/// The status of a background import: queued, how many rows have been checked, then the result or every problem found.
/// Works without JavaScript (a link checks again); a small script updates the progress in place and shows the result.
/// </summary>
[Authorize(Roles = PlacementAccess.Importers)]
public sealed class ImportStatusModel(HearthDb db) : PageModel
{
    public sealed record JobView(int Id, string FileName, long FileBytes, ImportJobStatus Status, int RowsTotal, int RowsProcessed,
        int Created, int Updated, int Unchanged, int ProblemCount, string? Report, DateTimeOffset QueuedAt, DateTimeOffset? FinishedAt)
    {
        public bool IsFinished => Status is ImportJobStatus.Succeeded or ImportJobStatus.Failed;

        /// <summary>What is happening, in words, for the status message.</summary>
        public string Progress => Status switch
        {
            ImportJobStatus.Queued => "Waiting to start",
            ImportJobStatus.Running when RowsTotal == 0 => "Reading the file",
            ImportJobStatus.Running when RowsProcessed < RowsTotal => $"Checked {RowsProcessed:N0} of {RowsTotal:N0} rows",
            ImportJobStatus.Running => $"All {RowsTotal:N0} rows checked: saving the placements",
            ImportJobStatus.Succeeded => $"Finished: {RowsTotal:N0} rows imported",
            _ => "Finished: nothing was imported",
        };

        public int Percent => Status == ImportJobStatus.Succeeded ? 100 : RowsTotal == 0 ? 0 : (int)(RowsProcessed * 100L / RowsTotal);
    }

    public JobView Job { get; private set; } = null!;
    public IReadOnlyList<ImportJobs.Problem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var job = await LoadAsync(id, ct);
        if (job is null) return NotFound();
        Job = job;
        Problems = ImportJobs.Problems(job.Report);
        if (job.Status == ImportJobStatus.Failed)
        {
            foreach (var problem in Problems.Take(ImportModel.MaximumSummaryErrors))
                ModelState.AddModelError("", ImportModel.Describe(new PlacementImporter.RowError(problem.Row, problem.Column, problem.Message)));
            if (Problems.Count > ImportModel.MaximumSummaryErrors)
                ModelState.AddModelError("", $"And {Problems.Count - ImportModel.MaximumSummaryErrors} more problems: see the table below");
            if (Problems.Count == 0) ModelState.AddModelError("", "The import could not be finished, so nothing was imported. Upload the file again");
        }
        return Page();
    }

    /// <summary>The progress as JSON, for the page's script.</summary>
    public async Task<IActionResult> OnGetStatusAsync(int id, CancellationToken ct)
    {
        var job = await LoadAsync(id, ct);
        if (job is null) return NotFound();
        return new JsonResult(new { status = job.Status.ToString(), job.RowsProcessed, job.RowsTotal, progress = job.Progress, percent = job.Percent, finished = job.IsFinished });
    }

    private Task<JobView?> LoadAsync(int id, CancellationToken ct) =>
        db.ImportJobs.AsNoTracking().Where(j => j.Id == id)
            .Select(j => new JobView(j.Id, j.FileName, j.FileBytes, j.Status, j.RowsTotal, j.RowsProcessed, j.Created, j.Updated, j.Unchanged,
                j.ProblemCount, j.Report, j.QueuedAt, j.FinishedAt))
            .SingleOrDefaultAsync(ct);
}
