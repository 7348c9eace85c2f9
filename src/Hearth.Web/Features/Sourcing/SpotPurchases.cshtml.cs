using Hearth.Web.Data;
using Hearth.Web.Features.Finance;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>Every spot purchase of the authority, for commissioners to review: filter by status and provider, export as CSV.</summary>
[Authorize(Roles = SourcingAccess.SpotReviewers)]
public sealed class SpotPurchasesModel(HearthDb db, SpotWork spots) : PageModel
{
    public sealed record CsvRow(int Id, int ReferralId, string Provider, string Household, string Category, decimal WeeklyFee, decimal AdditionalCosts,
        decimal? BandPrice, bool AboveBand, string Status, string OpenedBy, string OpenedAtUtc, string ApprovedBy, string ApprovedAtUtc, string Justification);

    public List<SpotWork.SpotRow> Rows { get; private set; } = [];
    public List<SelectListItem> ProviderItems { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Provider { get; set; }

    public static readonly IReadOnlyList<(string Value, string Text)> Statuses =
        [("", "All"), ("awaiting", "Awaiting approval"), ("approved", "Approved above the band"), ("within", "Within the band"), ("chosen", "Chosen")];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await spots.ListAsync(Status, Provider, ct);
        ProviderItems = [new SelectListItem("All providers", ""), .. await db.Providers.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync(ct)];
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await spots.ListAsync(Status, Provider, ct);
        return CsvExport.File(CsvExport.Records(rows.Select(ToCsv)), "spot-purchases.csv");
    }

    public static CsvRow ToCsv(SpotWork.SpotRow r) => new(r.Id, r.ReferralId, r.Provider, r.HouseholdReference, r.Category.ToString(), r.WeeklyFee.Pounds,
        r.AdditionalCosts.Pounds, r.BandPrice?.Pounds, r.AboveBand, r.Status, r.OpenedBy, Utc(r.OpenedAt), r.ApprovedBy ?? "",
        r.ApprovedAt is { } at ? Utc(at) : "", r.Justification);

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public string CsvLink => $"/spot-purchases?handler=Csv&Status={Uri.EscapeDataString(Status ?? "")}&Provider={Provider}";
}
