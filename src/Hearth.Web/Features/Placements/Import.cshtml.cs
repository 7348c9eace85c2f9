using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Placements;

/// <summary>
/// A finance officer imports placements from the template (CSV or XLSX): all rows or none, every problem listed by row
/// and column. Files up to 1MB are imported within the request; larger ones (up to 20MB) by a background job whose status
/// page shows the progress (docs/decisions/0008-placement-import.md, 0011-background-imports.md).
/// </summary>
[Authorize(Roles = PlacementAccess.Importers)]
[RequestSizeLimit(PlacementImporter.MaximumFileBytes + UploadOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = PlacementImporter.MaximumFileBytes + UploadOverhead)]
public sealed class ImportModel(PlacementImporter importer, ImportJobs jobs, HearthDb db) : PageModel
{
    /// <summary>Room for the form's other fields and the multipart boundaries around a file of the largest size.</summary>
    public const long UploadOverhead = 64 * 1024;

    public const string Path = "/placements/import";

    /// <summary>The key of the file input's errors, also the error summary's link target (#File).</summary>
    public const string FileField = "File";

    public IReadOnlyList<PlacementImporter.RowError> Errors { get; private set; } = [];

    [FromQuery] public int? Created { get; set; }
    [FromQuery] public int? Updated { get; set; }
    [FromQuery] public int? Unchanged { get; set; }
    [FromQuery] public bool TooLarge { get; set; }

    public void OnGet()
    {
        if (TooLarge) ModelState.AddModelError(FileField, TooLargeMessage);
    }

    public IActionResult OnGetTemplate() =>
        CsvExport.File(PlacementImporter.Template(), "hearth-placements-template.csv");

    public static string TooLargeMessage => $"The selected file must be smaller than {PlacementImporter.MaximumFileBytes / 1024 / 1024}MB";

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(FileField, file is null ? "Select a CSV or XLSX file" : "The selected file is empty");
            return Page();
        }
        var isXlsx = PlacementImporter.IsXlsx(file.FileName);
        if (!isXlsx && !PlacementImporter.IsCsv(file.FileName))
        {
            ModelState.AddModelError(FileField, "The selected file must be a CSV or XLSX");
            return Page();
        }
        if (file.Length > PlacementImporter.MaximumFileBytes)
        {
            ModelState.AddModelError(FileField, TooLargeMessage);
            return Page();
        }
        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        if (isXlsx && (stream.Length < 2 || stream.GetBuffer()[0] != (byte)'P' || stream.GetBuffer()[1] != (byte)'K'))
        {
            ModelState.AddModelError(FileField, "The selected file must be a CSV or XLSX: this one is named .xlsx but is not a spreadsheet");
            return Page();
        }
        if (stream.Length > PlacementImporter.BackgroundFromBytes)
        {
            // A large file is imported in the background; its status page shows the progress and then the result.
            var id = await jobs.EnqueueAsync(db, file.FileName, isXlsx, stream.ToArray(), ct);
            return Redirect($"{Path}/{id}");
        }
        var result = isXlsx ? await importer.ImportXlsxAsync(stream, ct) : await importer.ImportCsvAsync(stream, ct);
        if (result.Succeeded)
            return Redirect($"{Path}?created={result.Created}&updated={result.Updated}&unchanged={result.Unchanged}");
        Errors = result.Errors;
        foreach (var error in result.Errors.Take(MaximumSummaryErrors)) ModelState.AddModelError("", Describe(error));
        if (result.Errors.Count > MaximumSummaryErrors)
            ModelState.AddModelError("", $"And {result.Errors.Count - MaximumSummaryErrors} more problems: see the table below");
        return Page();
    }

    /// <summary>The error summary lists this many; the table below lists them all.</summary>
    public const int MaximumSummaryErrors = 50;

    public static string Describe(PlacementImporter.RowError error) =>
        error.Row == 0 ? $"{error.Column}: {error.Message}" : $"Row {error.Row}, column {error.Column}: {error.Message}";
}
