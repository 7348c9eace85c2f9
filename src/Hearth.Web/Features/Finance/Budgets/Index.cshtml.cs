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

namespace Hearth.Web.Features.Finance.Budgets;

/// <summary>The authority's budget per key service line for a year, against spend to date and the forecast, with a RAG status.</summary>
[Authorize(Roles = ForecastAccess.Readers)]
public sealed class IndexModel(ForecastReport report, HearthDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public string? Saved { get; private set; }
    public List<ForecastReport.BudgetLine> Lines { get; private set; } = [];
    public Dictionary<int, PlacementName> Placements { get; private set; } = [];
    public List<SelectListItem> YearOptions { get; private set; } = [];
    public FinancialYear ShownYear { get; private set; }
    public string AuthorityName { get; private set; } = "";

    public sealed record PlacementName(string Child, string CaseReference, string Provider, Money WeeklyFee);

    public sealed record ExportRow(string FinancialYear, string Authority, string KeyServiceLine, decimal? Budget, decimal? ActualToDate, decimal? Forecast,
        decimal? Variance, string Status, long? BudgetPence, long? ActualToDatePence, long? ForecastPence, long? VariancePence);

    public async Task<IActionResult> OnGetAsync(string? saved, CancellationToken ct)
    {
        Saved = saved;
        if (!await LoadAsync(ct)) return Page();
        var ids = Lines.SelectMany(l => l.Driving).Select(p => p.Placement.Id).ToList();
        var today = report.Today;
        Placements = await (from p in db.VisiblePlacements.AsNoTracking()
                            where ids.Contains(p.Id)
                            join c in db.Children on p.ChildId equals c.Id
                            join o in db.Organisations on p.ProviderId equals o.Id into providers
                            from o in providers.DefaultIfEmpty()
                            select new
                            {
                                p.Id, Child = c.GivenName + " " + c.FamilyName, c.CaseReference, Provider = o == null ? "In-house" : o.Name,
                                Fee = p.FeePeriods.Where(f => f.EffectiveFrom <= today).OrderByDescending(f => f.EffectiveFrom).Select(f => f.WeeklyFee).FirstOrDefault(),
                            }).ToDictionaryAsync(x => x.Id, x => new PlacementName(x.Child, x.CaseReference, x.Provider, x.Fee), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Page();
        return CsvExport.File(CsvExport.Records(Export()), $"budgets-{ShownYear}.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Page();
        return await FinanceExport.XlsxAsync(Export(), "Budgets", $"budgets-{ShownYear}.xlsx", ct);
    }

    public bool CanEdit => User.IsInRole(ForecastAccess.BudgetEditors);

    public string ExportLink(string handler) => $"/finance/budgets?handler={handler}&Year={Uri.EscapeDataString(ShownYear.ToString())}";

    public static string StatusText(BudgetStatus? status) => status switch
    {
        BudgetStatus.Green => "Green",
        BudgetStatus.Amber => "Amber",
        BudgetStatus.Red => "Red",
        _ => "No budget set",
    };

    public static string StatusClass(BudgetStatus? status) => status switch
    {
        BudgetStatus.Green => "govuk-tag--green",
        BudgetStatus.Amber => "govuk-tag--yellow",
        BudgetStatus.Red => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var years = report.Years(includeNext: true);
        YearOptions = years.Select(y => new SelectListItem(y.ToString(), y.ToString())).ToList();
        Year ??= FinancialYear.Containing(report.Today).ToString();
        if (!FinancialYear.TryParse(Year, out var year) || !years.Contains(year))
        {
            ModelState.AddModelError(nameof(Year), $"Select a financial year from {years[^1]} to {years[0]}");
            return false;
        }
        ShownYear = year;
        Lines = await report.BudgetsAsync(year, Forecasting.DefaultRecentWeeks, ct);
        var authorityId = Lines[0].AuthorityId;
        AuthorityName = await db.Organisations.Where(o => o.Id == authorityId).Select(o => o.Name).SingleAsync(ct);
        return true;
    }

    private IEnumerable<ExportRow> Export() => Lines.Select(l => new ExportRow(l.Year.ToString(), AuthorityName, SpendReport.KeyServiceLineName(l.KeyServiceLine),
        l.Budget?.Pounds, l.Amounts?.ActualToDate.Pounds, l.Forecast?.Pounds, l.Variance?.Pounds, StatusText(l.Status),
        l.Budget?.Pence, l.Amounts?.ActualToDate.Pence, l.Forecast?.Pence, l.Variance?.Pence));

    public static string LineSlug(KeyServiceLine line) => line.ToString();
}
