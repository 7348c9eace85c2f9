using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Finance;

/// <summary>
/// The payments schedule: what is owed to each provider for a four-weekly or monthly period, per placement. Finance
/// officers and auditors see their authority's placements with every provider; a provider user sees its own placements
/// with every authority (the same page, scoped by <see cref="HearthDb.VisiblePlacements"/>).
/// </summary>
[Authorize(Roles = UascRoles.PaymentReaders)]
public sealed class PaymentsModel(HearthDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Start { get; set; }

    public PaymentPeriod? Period { get; private set; }
    public List<PaymentSchedule.Line> Lines { get; private set; } = [];
    public bool IsProvider => db.Scope.IsProvider;

    public static readonly List<SelectListItem> KindOptions = [new("Monthly", "monthly"), new("Four-weekly", "four-weekly")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Resolve() is { } period)
        {
            Period = period;
            Lines = await new PaymentSchedule(db).ForAsync(period, ct);
        }
        return Page();
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(rows => CsvExport.Records(rows), CsvExport.ContentType, "csv", ct);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        ExportAsync(rows => Exports.Xlsx(rows, "Payments"), Exports.XlsxContentType, "xlsx", ct);

    private async Task<IActionResult> ExportAsync(Func<IEnumerable<PaymentSchedule.ExportRow>, byte[]> write, string contentType, string extension, CancellationToken ct)
    {
        if (Resolve() is not { } period) return await OnGetAsync(ct);
        var lines = await new PaymentSchedule(db).ForAsync(period, ct);
        return File(write(PaymentSchedule.ExportRows(lines, period)), contentType, $"payments-{period.Start:yyyy-MM-dd}-to-{period.Last:yyyy-MM-dd}.{extension}");
    }

    public string Link(PaymentPeriod period, string? handler = null) =>
        $"/finance/payments?{(handler is null ? "" : $"handler={handler}&")}Kind={KindValue(period.Kind)}&Start={period.Start:yyyy-MM-dd}";

    public static string KindValue(PaymentPeriodKind kind) => kind == PaymentPeriodKind.Monthly ? "monthly" : "four-weekly";

    public static PaymentPeriodKind? ParseKind(string? kind) => kind switch
    {
        "monthly" => PaymentPeriodKind.Monthly,
        "four-weekly" => PaymentPeriodKind.FourWeekly,
        _ => null,
    };

    private PaymentPeriod? Resolve()
    {
        Kind ??= "monthly";
        var kind = ParseKind(Kind);
        if (kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select monthly or four-weekly");
            return null;
        }
        if (!ModelState.IsValid) return null;
        var today = London.Today(clock);
        Start ??= kind == PaymentPeriodKind.Monthly ? new DateOnly(today.Year, today.Month, 1) : today.AddDays(-27);
        try
        {
            return PaymentPeriod.Create(kind.Value, Start.Value);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field, e.Message);
            return null;
        }
    }
}
