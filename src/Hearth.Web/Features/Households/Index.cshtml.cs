using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Households;

/// <summary>The organisation's own carer households: stale ones flagged, vacancies confirmed one by one or in bulk.</summary>
[Authorize(Roles = HouseholdRegister.Keepers)]
public sealed class IndexModel(HearthDb db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public bool Stale { get; set; }
    [BindProperty(SupportsGet = true)] public bool Vacant { get; set; }
    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public int? Confirmed { get; set; }
    [BindProperty] public List<int> Selected { get; set; } = [];

    public List<HouseholdRegister.Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int StaleCount { get; private set; }
    public DateOnly Today { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool IsAuthority => db.Scope.IsAuthority;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = London.Today(clock);
        var query = HouseholdRegister.Query(db, Stale, Vacant, Today);
        Total = await query.CountAsync(ct);
        StaleCount = await HouseholdRegister.Query(db, true, false, Today).CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await HouseholdRegister.Rows(query.OrderBy(h => h.Reference).Skip((PageNumber - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
    }

    /// <summary>Confirms the ticked households, or with <paramref name="all"/> every stale household of the organisation.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(bool all, CancellationToken ct)
    {
        var today = London.Today(clock);
        var ids = all ? await HouseholdRegister.Query(db, true, false, today).Select(h => h.Id).ToListAsync(ct) : Selected;
        if (ids.Count == 0)
        {
            ModelState.AddModelError(nameof(Selected), "Select the households whose vacancies are current");
            await OnGetAsync(ct);
            return Page();
        }
        if (await HouseholdRegister.ConfirmAsync(db, ids, today, ct) is not { } count) return NotFound();
        return Redirect(Link(PageNumber) + $"&Confirmed={count}");
    }

    public string Link(int page) => $"/households?Stale={Stale}&Vacant={Vacant}&pageNumber={page}";

    public bool IsStale(HouseholdRegister.Row r) => r.ConfirmedOn is null || r.ConfirmedOn < CarerHousehold.FreshSince(Today);
}
