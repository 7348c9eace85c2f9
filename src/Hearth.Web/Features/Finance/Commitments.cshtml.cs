using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Finance;

/// <summary>What the placements already made will cost from tomorrow to their planned end or the year end; CSV and XLSX.</summary>
[Authorize(Roles = ForecastAccess.Readers)]
public sealed class CommitmentsModel(ForecastReport report, HearthDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? GroupBy { get; set; }

    public YearForecast Forecast { get; private set; } = null!;
    public FinanceGrouping Names { get; private set; } = null!;
    public List<Row> Rows { get; private set; } = [];

    public sealed record Row(string Group, int Placements, Money Committed);

    /// <summary>One row per report cell with a commitment, in the long format finance systems import.</summary>
    public sealed record ExportRow(string FinancialYear, string CostedFrom, string Authority, string KeyServiceLine, string FundingSource, string Route,
        string Provider, int Placements, decimal Committed, long CommittedPence);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var groupBy = FinanceGrouping.Normalise(GroupBy);
        Rows = Forecast.Lines.Where(l => l.Value.Committed != Money.Zero || l.Value.CommittedPlacements > 0)
            .GroupBy(l => Names.GroupOf(l.Key, groupBy))
            .Select(g => new Row(g.Key, g.Sum(l => l.Value.CommittedPlacements), g.Aggregate(Money.Zero, (s, l) => s + l.Value.Committed)))
            .OrderByDescending(r => r.Committed).ThenBy(r => r.Group, StringComparer.Ordinal).ToList();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return CsvExport.File(CsvExport.Records(Export()), $"commitments-{Forecast.Today:yyyy-MM-dd}.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return await FinanceExport.XlsxAsync(Export(), "Commitments", $"commitments-{Forecast.Today:yyyy-MM-dd}.xlsx", ct);
    }

    public Money Total => Rows.Aggregate(Money.Zero, (s, r) => s + r.Committed);

    public string ExportLink(string handler) => $"/finance/commitments?handler={handler}&GroupBy={FinanceGrouping.Normalise(GroupBy)}";

    private async Task LoadAsync(CancellationToken ct)
    {
        Forecast = await report.ForYearAsync(FinancialYear.Containing(report.Today), Forecasting.DefaultRecentWeeks, ct);
        Names = await FinanceGrouping.LoadAsync(db, Forecast.Lines.Keys, ct);
        GroupBy = FinanceGrouping.Normalise(GroupBy);
    }

    private IEnumerable<ExportRow> Export() => Forecast.Lines
        .Where(l => l.Value.CommittedPlacements > 0 || l.Value.Committed != Money.Zero)
        .OrderBy(l => l.Key.AuthorityId).ThenBy(l => l.Key.KeyServiceLine).ThenBy(l => l.Key.FundingSource).ThenBy(l => l.Key.Route).ThenBy(l => l.Key.ProviderId)
        .Select(l => new ExportRow(l.Key.Year.ToString(), Forecast.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Names.Organisation(l.Key.AuthorityId), SpendReport.KeyServiceLineName(l.Key.KeyServiceLine), SpendReport.FundingSourceName(l.Key.FundingSource),
            SpendReport.RouteName(l.Key.Route), Names.Provider(l.Key.ProviderId), l.Value.CommittedPlacements, l.Value.Committed.Pounds, l.Value.Committed.Pence));
}
