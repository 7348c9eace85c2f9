using System.Globalization;
using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Finance;

/// <summary>The forecast to the year end: spend to date + commitments + expected new placements, with the method shown.</summary>
[Authorize(Roles = ForecastAccess.Readers)]
public sealed class ForecastModel(ForecastReport report, HearthDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? RecentWeeks { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? GroupBy { get; set; }

    public YearForecast? Forecast { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public List<SelectListItem> YearOptions { get; private set; } = [];

    public static readonly List<SelectListItem> WeekOptions =
        [new("4 weeks", "4"), new("8 weeks", "8"), new("12 weeks", "12"), new("26 weeks", "26"), new("52 weeks", "52")];

    public sealed record Row(string Group, ForecastAmounts Amounts);

    /// <summary>One row per report cell, in the long format finance systems import.</summary>
    public sealed record ExportRow(string FinancialYear, string AsOf, string Authority, string KeyServiceLine, string FundingSource, string Route, string Provider,
        decimal ActualToDate, decimal Committed, decimal ExpectedNewPlacements, decimal Forecast,
        long ActualToDatePence, long CommittedPence, long ExpectedNewPlacementsPence, long ForecastPence);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var names = await LoadAsync(ct);
        if (names is null) return Page();
        Rows = Forecast!.Lines.GroupBy(l => names.GroupOf(l.Key, GroupBy!))
            .Select(g => new Row(g.Key, g.Aggregate(default(ForecastAmounts), (s, l) => s + l.Value)))
            .OrderByDescending(r => r.Amounts.Forecast).ThenBy(r => r.Group, StringComparer.Ordinal).ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var names = await LoadAsync(ct);
        if (names is null) return Page();
        return CsvExport.File(CsvExport.Records(Export(names)), FileName("csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var names = await LoadAsync(ct);
        if (names is null) return Page();
        return await FinanceExport.XlsxAsync(Export(names), "Forecast", FileName("xlsx"), ct);
    }

    public string ExportLink(string handler) =>
        $"/finance/forecast?handler={handler}&Year={Uri.EscapeDataString(Year ?? "")}&RecentWeeks={RecentWeeks}&GroupBy={GroupBy}";

    private string FileName(string extension) => $"forecast-{Year}-as-of-{Forecast!.Today:yyyy-MM-dd}.{extension}";

    private async Task<FinanceGrouping?> LoadAsync(CancellationToken ct)
    {
        var current = FinancialYear.Containing(report.Today);
        YearOptions = report.Years(includeNext: false).Select(y => new SelectListItem(y.ToString(), y.ToString())).ToList();
        Year ??= current.ToString();
        RecentWeeks ??= Forecasting.DefaultRecentWeeks;
        GroupBy = FinanceGrouping.Normalise(GroupBy);
        if (!FinancialYear.TryParse(Year, out var year)) ModelState.AddModelError(nameof(Year), "Select a financial year, like 2025-26");
        else if (year > current) ModelState.AddModelError(nameof(Year), $"Select {current} or an earlier year: later years have not started");
        else if (year < ForecastReport.FirstYear) ModelState.AddModelError(nameof(Year), $"Select {ForecastReport.FirstYear} or a later year");
        if (RecentWeeks is < 1 or > Forecasting.MaximumRecentWeeks)
            ModelState.AddModelError(nameof(RecentWeeks), $"Select between 1 and {Forecasting.MaximumRecentWeeks} weeks");
        if (!ModelState.IsValid) return null;
        Forecast = await report.ForYearAsync(year, RecentWeeks!.Value, ct);
        return await FinanceGrouping.LoadAsync(db, Forecast.Lines.Keys, ct);
    }

    private IEnumerable<ExportRow> Export(FinanceGrouping names) => Forecast!.Lines
        .OrderBy(l => l.Key.AuthorityId).ThenBy(l => l.Key.KeyServiceLine).ThenBy(l => l.Key.FundingSource).ThenBy(l => l.Key.Route).ThenBy(l => l.Key.ProviderId)
        .Select(l => new ExportRow(l.Key.Year.ToString(), Forecast.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), names.Organisation(l.Key.AuthorityId),
            SpendReport.KeyServiceLineName(l.Key.KeyServiceLine), SpendReport.FundingSourceName(l.Key.FundingSource), SpendReport.RouteName(l.Key.Route),
            names.Provider(l.Key.ProviderId), l.Value.ActualToDate.Pounds, l.Value.Committed.Pounds, l.Value.ExpectedNew.Pounds, l.Value.Forecast.Pounds,
            l.Value.ActualToDate.Pence, l.Value.Committed.Pence, l.Value.ExpectedNew.Pence, l.Value.Forecast.Pence));
}
