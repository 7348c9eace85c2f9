using System.Globalization;
using Hearth.Domain.Common;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Finance;

/// <summary>
/// Sufficiency: in-house against external fostering placements over time, placements in area, and spot purchases as a
/// share of external placements, for the user's authority or the parties of a joint framework combined; CSV.
/// </summary>
[Authorize(Roles = $"{Roles.Commissioner},{Roles.FinanceOfficer},{Roles.Auditor}")]
public sealed class SufficiencyModel(SufficiencyReport report, TimeProvider clock) : PageModel
{
    public const string Path = "/finance/sufficiency";

    /// <summary>The seed's aim: about 80% of fostering placements with the authority's own carers.</summary>
    public const int InHouseAim = 80;

    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    /// <summary>"year" or "quarter".</summary>
    [BindProperty(SupportsGet = true)] public string? Period { get; set; } = "year";
    /// <summary>"authority", or the id of a joint framework.</summary>
    [BindProperty(SupportsGet = true)] public string? Area { get; set; } = "authority";

    public List<SelectListItem> YearOptions { get; private set; } = [];
    public List<SelectListItem> AreaOptions { get; private set; } = [];
    public static readonly List<SelectListItem> PeriodOptions = [new("Financial year", "year"), new("Quarter", "quarter")];
    public SufficiencyReport.Result? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var request = await ParseAsync(ct);
        if (request is null) return Page();
        Result = await report.CalculateAsync(request.Value.First, request.Value.Last, Period == "quarter", request.Value.FrameworkId, ct);
        return Result is null ? NotFound() : Page();
    }

    public sealed record ExportRow(string Area, string Period, string CensusDate, bool ToDate, int LivePlacements, int InHouse, int External,
        decimal? InHousePercent, int Spot, decimal? SpotPercentOfExternal, int LocationKnown, int InArea, decimal? InAreaPercent,
        long InHouseNights, long ExternalNights, decimal? InHouseNightsPercent);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var request = await ParseAsync(ct);
        if (request is null) return await OnGetAsync(ct);
        var result = await report.CalculateAsync(request.Value.First, request.Value.Last, Period == "quarter", request.Value.FrameworkId, ct);
        if (result is null) return NotFound();
        var rows = result.Figures.Select(f => new ExportRow(result.Area, f.Period.Label, f.CensusDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            f.ToDate, f.Live, f.InHouse, f.External, f.InHouseShare, f.Spot, f.SpotShareOfExternal, f.LocationKnown, f.InArea, f.InAreaShare,
            f.InHouseNights, f.ExternalNights, f.InHouseNightsShare));
        return CsvExport.File(CsvExport.Records(rows), $"sufficiency-{From}-to-{To}-by-{Period}.csv");
    }

    private async Task<(FinancialYear First, FinancialYear Last, int? FrameworkId)?> ParseAsync(CancellationToken ct)
    {
        var current = FinancialYear.Containing(London.Today(clock));
        YearOptions = [];
        for (var y = new FinancialYear(2014); y <= current; y = y.Next) YearOptions.Add(new SelectListItem(y.ToString(), y.ToString()));
        var frameworks = await report.JointFrameworksAsync(ct);
        AreaOptions = [new SelectListItem("Your authority", "authority")];
        AreaOptions.AddRange(frameworks.Select(f => new SelectListItem($"{f.Reference}: {string.Join(" and ", f.Parties)} combined", f.Id.ToString(CultureInfo.InvariantCulture))));
        From ??= (Period == "quarter" ? current.Previous : current.Previous.Previous.Previous.Previous).ToString();
        To ??= current.ToString();
        if (PeriodOptions.All(o => o.Value != Period)) Period = "year";
        if (AreaOptions.All(o => o.Value != Area)) Area = "authority";
        if (!FinancialYear.TryParse(From, out var first)) ModelState.AddModelError(nameof(From), "Select the first financial year, like 2022-23");
        if (!FinancialYear.TryParse(To, out var last)) ModelState.AddModelError(nameof(To), "Select the last financial year, like 2025-26");
        if (ModelState.IsValid && last < first) ModelState.AddModelError(nameof(To), "The last financial year must be the same as or after the first");
        if (ModelState.IsValid && last.StartYear - first.StartYear > 20) ModelState.AddModelError(nameof(To), "Choose 20 financial years or fewer");
        if (!ModelState.IsValid) return null;
        return (first, last, Area == "authority" ? null : int.Parse(Area!, CultureInfo.InvariantCulture));
    }

    public string ExportLink => $"{Path}?handler=Csv&From={Uri.EscapeDataString(From ?? "")}&To={Uri.EscapeDataString(To ?? "")}&Period={Period}&Area={Uri.EscapeDataString(Area ?? "")}";

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";
}
