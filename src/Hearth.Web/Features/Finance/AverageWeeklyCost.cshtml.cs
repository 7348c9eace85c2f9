using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Hearth.Web.Features.Finance;

/// <summary>Average weekly cost per placement category and age band, in-house against external, for a financial year; CSV and XLSX.</summary>
[Authorize(Roles = $"{Roles.FinanceOfficer},{Roles.Commissioner},{Roles.Auditor}")]
public sealed class AverageWeeklyCostModel(WeeklyCostReport report, HearthDb db, TimeProvider clock) : PageModel
{
    public const string Path = "/finance/average-weekly-cost";

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public List<SelectListItem> YearOptions { get; private set; } = [];
    public IReadOnlyList<WeeklyCostCell> Cells { get; private set; } = [];
    public FinancialYear? Shown { get; private set; }
    public bool ToDate { get; private set; }

    public WeeklyCostCell? Cell(PlacementCategory? category, AgeBand? band, RouteGroup route) =>
        Cells.FirstOrDefault(c => c.Key == new WeeklyCostKey(category, band, route));

    /// <summary>The categories with any nights in the year, in the order of the enum.</summary>
    public IEnumerable<PlacementCategory> Categories => Enum.GetValues<PlacementCategory>().Where(c => Cells.Any(x => x.Key.Category == c));

    /// <summary>The bands with any nights in the year (18 and over only if some child was).</summary>
    public IEnumerable<AgeBand> Bands => AgeBands.All.Where(b => b != AgeBand.EighteenAndOver || Cells.Any(c => c.Key.Band == b));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Parse() is not { } year) return Page();
        Shown = year;
        ToDate = year.Contains(London.Today(clock));
        Cells = await report.ForYearAsync(year, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (Parse() is not { } year) return await OnGetAsync(ct);
        var rows = await RowsAsync(year, ct);
        return CsvExport.File(CsvExport.Records(rows), $"average-weekly-cost-{year}.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (Parse() is not { } year) return await OnGetAsync(ct);
        var rows = await RowsAsync(year, ct);
        var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "Average weekly cost", cancellationToken: ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"average-weekly-cost-{year}.xlsx");
    }

    /// <summary>One row per cell, including the totals over bands and categories ("All ages", "All categories").</summary>
    public sealed record ExportRow(string FinancialYear, string Authority, string Route, string Category, string AgeBand, int Placements, int Nights,
        decimal PlacementWeeks, decimal Cost, long CostPence, decimal AverageWeeklyCost, long AverageWeeklyCostPence);

    private async Task<List<ExportRow>> RowsAsync(FinancialYear year, CancellationToken ct)
    {
        var cells = await report.ForYearAsync(year, ct);
        var authority = await db.Authorities.Where(a => a.Id == db.Scope.FilterOrganisationId).Select(a => a.Name).SingleOrDefaultAsync(ct) ?? "";
        return cells.Select(c => new ExportRow(year.ToString(), authority, WeeklyCostReport.RouteName(c.Key.Route), WeeklyCostReport.CategoryName(c.Key.Category),
            WeeklyCostReport.BandName(c.Key.Band), c.Placements, c.Nights, c.Weeks, c.Cost.Pounds, c.Cost.Pence, c.AverageWeeklyCost.Pounds, c.AverageWeeklyCost.Pence)).ToList();
    }

    private FinancialYear? Parse()
    {
        var current = FinancialYear.Containing(London.Today(clock));
        YearOptions = [];
        for (var y = current; y >= new FinancialYear(2014); y = y.Previous) YearOptions.Add(new SelectListItem(y.ToString(), y.ToString()));
        Year ??= current.Previous.ToString();
        if (!FinancialYear.TryParse(Year, out var year) || year > current)
        {
            ModelState.AddModelError(nameof(Year), "Select a financial year, like 2024-25");
            return null;
        }
        return year;
    }

    public string ExportLink(string handler) => $"{Path}?handler={handler}&Year={Uri.EscapeDataString(Year ?? "")}";
}
