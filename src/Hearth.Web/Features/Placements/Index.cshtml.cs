using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Hearth.Web.Platform.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

[Authorize(Roles = PlacementAccess.Viewers)]
public sealed class IndexModel(HearthDb db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string CaseReference, string Child, DateOnly StartDate, DateOnly? EndDate, PlacementRoute Route, string Provider, Money WeeklyFee);

    [BindProperty(SupportsGet = true)] public PlacementStatus? Status { get; set; } = PlacementStatus.Live;
    [BindProperty(SupportsGet = true)] public PlacementRoute? Route { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static readonly List<SelectListItem> StatusOptions = [new("Live", "Live"), new("Ended", "Ended"), new("All", "")];
    public static readonly List<SelectListItem> RouteOptions =
        [new("Any", ""), new("In-house", "InHouse"), new("Framework", "Framework"), new("Spot purchase", "Spot"), new("Block contract", "Block")];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.VisiblePlacements.AsNoTracking();
        if (Status == PlacementStatus.Live) query = query.Where(p => p.EndDate == null);
        if (Status == PlacementStatus.Ended) query = query.Where(p => p.EndDate != null);
        if (Route is { } route) query = query.Where(p => p.Route == route);
        var rows = from p in query
                   join c in db.Children on p.ChildId equals c.Id
                   join o in db.Organisations on p.ProviderId equals o.Id into providers
                   from o in providers.DefaultIfEmpty()
                   select new { p, c, Provider = o == null ? "In-house" : o.Name };
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            rows = rows.Where(r => r.c.CaseReference == term || r.c.FamilyName == term);
        }
        Total = await rows.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await rows.OrderByDescending(r => r.p.StartDate).ThenByDescending(r => r.p.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new Row(r.p.Id, r.c.CaseReference, r.c.GivenName + " " + r.c.FamilyName, r.p.StartDate, r.p.EndDate, r.p.Route, r.Provider,
                r.p.FeePeriods.OrderByDescending(f => f.EffectiveFrom).Select(f => f.WeeklyFee).First()))
            .ToListAsync(ct);
        await SensitiveReads.RecordPlacementChildrenAsync(db, Rows.Select(r => r.Id).ToList(), "Name and case reference", "Placements list", ct);
    }

    public string PageLink(int page) =>
        $"/placements?Status={Status}&Route={Route}&Search={Uri.EscapeDataString(Search ?? "")}&pageNumber={page}";
}
