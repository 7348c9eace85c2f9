using Hearth.Domain.Common;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Finance;

/// <summary>The UASC grant due per placement and financial year, against what the placements cost; claim-ready CSV and XLSX.</summary>
[Authorize(Roles = UascRoles.Readers)]
public sealed class UascModel(HearthDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public UascGrantReport.Report? Report { get; private set; }
    public List<SelectListItem> YearOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!db.Scope.IsAuthority) return Forbid();
        if (Range() is { } range) Report = await new UascGrantReport(db, clock).ForYearsAsync(range.First, range.Last, ct);
        return Page();
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(rows => CsvExport.Records(rows), CsvExport.ContentType, "csv", ct);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        ExportAsync(rows => Exports.Xlsx(rows, "UASC claim"), Exports.XlsxContentType, "xlsx", ct);

    private async Task<IActionResult> ExportAsync(
        Func<IEnumerable<UascGrantReport.ClaimRow>, byte[]> write, string contentType, string extension, CancellationToken ct)
    {
        if (!db.Scope.IsAuthority) return Forbid();
        if (Range() is not { } range) return await OnGetAsync(ct);
        var report = await new UascGrantReport(db, clock).ForYearsAsync(range.First, range.Last, ct);
        // The claim names children (case reference, date of birth): its download is recorded (ADR 0026).
        var children = report.Placements.Select(p => p.CaseReference).Distinct().Count();
        await db.RecordAccessAsync(Platform.Audit.SensitiveReads.Export(
            $"UASC grant claim ({extension.ToUpperInvariant()}), {range.First} to {range.Last}, {children} child{(children == 1 ? "" : "ren")}", db.Scope.OrganisationId, []), ct);
        return File(write(UascGrantReport.ClaimRows(report)), contentType, $"uasc-claim-{From}-to-{To}.{extension}");
    }

    public string ExportLink(string handler) =>
        $"/finance/uasc?handler={handler}&From={Uri.EscapeDataString(From ?? "")}&To={Uri.EscapeDataString(To ?? "")}";

    private (FinancialYear First, FinancialYear Last)? Range()
    {
        var current = FinancialYear.Containing(London.Today(clock));
        YearOptions = [];
        for (var y = new FinancialYear(2014); y <= current; y = y.Next) YearOptions.Add(new SelectListItem(y.ToString(), y.ToString()));
        From ??= current.Previous.Previous.ToString();
        To ??= current.ToString();
        if (!FinancialYear.TryParse(From, out var first)) ModelState.AddModelError(nameof(From), "Select the first financial year, like 2023-24");
        if (!FinancialYear.TryParse(To, out var last)) ModelState.AddModelError(nameof(To), "Select the last financial year, like 2025-26");
        if (ModelState.IsValid && last < first) ModelState.AddModelError(nameof(To), "The last financial year must be the same as or after the first");
        if (ModelState.IsValid && last.StartYear - first.StartYear > 20) ModelState.AddModelError(nameof(To), "Choose 20 financial years or fewer");
        return ModelState.IsValid ? (first, last) : null;
    }
}
