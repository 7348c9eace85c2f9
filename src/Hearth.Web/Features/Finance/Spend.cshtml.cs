using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Hearth.Web.Features.Finance;

/// <summary>Spend per financial year by route, key service line, funding source, provider or authority; CSV and XLSX.</summary>
[Authorize(Roles = $"{Roles.FinanceOfficer},{Roles.Commissioner},{Roles.Auditor}")]
public sealed class SpendModel(SpendReport report, HearthDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? GroupBy { get; set; } = "route";

    public SpendTable? Table { get; private set; }
    public List<SelectListItem> YearOptions { get; private set; } = [];

    public static readonly List<SelectListItem> GroupOptions =
    [
        new("Route (in-house, framework, spot, block)", "route"), new("Key service line", "ksl"), new("Funding source", "funding"),
        new("Provider", "provider"), new("Authority", "authority"),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var range = Range();
        if (range is null) return Page();
        var (lines, names) = await LoadAsync(range.Value, ct);
        Table = SpendTable.Pivot(lines, range.Value.First, range.Value.Last, key => GroupName(key, names));
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var range = Range();
        if (range is null) return await OnGetAsync(ct);
        var (lines, names) = await LoadAsync(range.Value, ct);
        return CsvExport.File(CsvExport.Records(Rows(lines, names)), FileName("csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var range = Range();
        if (range is null) return await OnGetAsync(ct);
        var (lines, names) = await LoadAsync(range.Value, ct);
        var stream = new MemoryStream();
        await stream.SaveAsAsync(Rows(lines, names).ToList(), sheetName: "Spend by year", cancellationToken: ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    /// <summary>One row per report cell, in the long format finance systems import.</summary>
    public sealed record ExportRow(string FinancialYear, string Authority, string KeyServiceLine, string FundingSource, string Route, string Provider, decimal Amount, long AmountPence);

    private static IEnumerable<ExportRow> Rows(List<SpendReport.Line> lines, Names names) => lines.Select(l => new ExportRow(
        l.Key.Year.ToString(), names.Organisation(l.Key.AuthorityId), SpendReport.KeyServiceLineName(l.Key.KeyServiceLine),
        SpendReport.FundingSourceName(l.Key.FundingSource), SpendReport.RouteName(l.Key.Route),
        l.Key.ProviderId is { } p ? names.Organisation(p) : "In-house", l.Amount.Pounds, l.Amount.Pence));

    private string FileName(string extension) => $"spend-{From}-to-{To}.{extension}";

    private (FinancialYear First, FinancialYear Last)? Range()
    {
        var current = FinancialYear.Containing(London.Today(clock));
        YearOptions = [];
        for (var y = new FinancialYear(2014); y <= current; y = y.Next) YearOptions.Add(new SelectListItem(y.ToString(), y.ToString()));
        From ??= current.Previous.Previous.Previous.ToString();
        To ??= current.ToString();
        if (!FinancialYear.TryParse(From, out var first)) ModelState.AddModelError(nameof(From), "Select the first financial year, like 2022-23");
        if (!FinancialYear.TryParse(To, out var last)) ModelState.AddModelError(nameof(To), "Select the last financial year, like 2025-26");
        if (ModelState.IsValid && last < first) ModelState.AddModelError(nameof(To), "The last financial year must be the same as or after the first");
        if (ModelState.IsValid && last.StartYear - first.StartYear > 20) ModelState.AddModelError(nameof(To), "Choose 20 financial years or fewer");
        if (GroupOptions.All(o => o.Value != GroupBy)) GroupBy = "route";
        return ModelState.IsValid ? (first, last) : null;
    }

    private async Task<(List<SpendReport.Line>, Names)> LoadAsync((FinancialYear First, FinancialYear Last) range, CancellationToken ct)
    {
        var lines = await report.ByYearAsync(range.First, range.Last, ct);
        var ids = lines.Select(l => l.Key.AuthorityId).Concat(lines.Where(l => l.Key.ProviderId != null).Select(l => l.Key.ProviderId!.Value)).Distinct().ToList();
        var names = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return (lines, new Names(names));
    }

    private string GroupName(SpendKey key, Names names) => GroupBy switch
    {
        "ksl" => SpendReport.KeyServiceLineName(key.KeyServiceLine),
        "funding" => SpendReport.FundingSourceName(key.FundingSource),
        "provider" => key.ProviderId is { } p ? names.Organisation(p) : "In-house",
        "authority" => names.Organisation(key.AuthorityId),
        _ => SpendReport.RouteName(key.Route),
    };

    public string ExportLink(string handler) =>
        $"/finance/spend?handler={handler}&From={Uri.EscapeDataString(From ?? "")}&To={Uri.EscapeDataString(To ?? "")}&GroupBy={GroupBy}";

    public sealed record Names(Dictionary<int, string> ById)
    {
        public string Organisation(int id) => ById.GetValueOrDefault(id, $"Organisation {id}");
    }
}
