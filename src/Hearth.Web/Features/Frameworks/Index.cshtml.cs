using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Frameworks;

/// <summary>The frameworks the user's authority is party to, or the user's provider is a member of (scoped by HearthDb).</summary>
[Authorize(Roles = FrameworkRoles.Readers)]
public sealed class IndexModel(HearthDb db, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Reference, string Title, ProcurementRegime Regime, DateOnly StartDate, DateOnly EndDate, string Status, int? ExpiryAlertMonths);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = London.Today(clock);
        var frameworks = await db.Frameworks.AsNoTracking().OrderByDescending(f => f.StartDate)
            .Select(f => new { f.Id, f.Reference, f.Title, f.Regime, f.StartDate, f.EndDate }).ToListAsync(ct);
        Rows = frameworks.Select(f => new Row(f.Id, f.Reference, f.Title, f.Regime, f.StartDate, f.EndDate,
            FrameworkText.Status(f.StartDate, f.EndDate, today), Framework.ExpiryAlert(f.EndDate, today))).ToList();
    }
}
