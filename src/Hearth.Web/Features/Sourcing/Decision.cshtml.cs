using System.Text;
using Hearth.Web.Data;
using Hearth.Web.Features.Finance;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Pdf;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Sourcing;

/// <summary>
/// A frozen call-off decision record: read only (there is no edit handler; the database refuses changes), with its
/// SHA-256 and exports as CSV, PDF and the canonical JSON that the hash is of.
/// </summary>
[Authorize(Roles = SourcingAccess.DecisionReaders)]
public sealed class DecisionModel(HearthDb db) : PageModel
{
    public DecisionView View { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var view = await DecisionRecords.FindAsync(db, id, ct);
        if (view is null) return NotFound();
        View = view;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken ct)
    {
        var view = await DecisionRecords.FindAsync(db, id, ct);
        if (view is null) return NotFound();
        return CsvExport.File(CsvExport.Records(DecisionRecords.CsvRows(view)), $"call-off-decision-{id}.csv");
    }

    public async Task<IActionResult> OnGetJsonAsync(int id, CancellationToken ct)
    {
        var view = await DecisionRecords.FindAsync(db, id, ct);
        if (view is null) return NotFound();
        Response.Headers["X-Sha256"] = view.Decision.Sha256;
        return File(Encoding.UTF8.GetBytes(view.Decision.Snapshot), "application/json", $"call-off-decision-{id}.json");
    }

    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct)
    {
        var view = await DecisionRecords.FindAsync(db, id, ct);
        if (view is null) return NotFound();
        return File(DecisionPdf.Build(view), "application/pdf", $"call-off-decision-{id}.pdf");
    }
}
