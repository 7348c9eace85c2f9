using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Referrals;

/// <summary>The authority's referrals: social workers see every stage, the placement finding team the signed-off ones.</summary>
[Authorize(Roles = ReferralAccess.Viewers)]
public sealed class IndexModel(HearthDb db) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(int Id, ReferralStatus Status, string Author, DateOnly CreatedOn, DateOnly? NeededFrom, PlacementTypeSought? Type, List<string> Children);

    [BindProperty(SupportsGet = true)] public ReferralStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "pageNumber")] public int PageNumber { get; set; } = 1;

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool OnlySignedOff => ReferralAccess.SeesOnlySignedOff(User);

    public static readonly List<SelectListItem> StatusOptions =
        [new("Any", ""), .. Enum.GetValues<ReferralStatus>().Select(s => new SelectListItem(ReferralText.Status(s), s.ToString()))];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Referrals.AsNoTracking();
        if (OnlySignedOff) query = query.Where(r => r.Status == ReferralStatus.SignedOff);
        else if (Status is { } status) query = query.Where(r => r.Status == status);
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var page = await query.OrderByDescending(r => r.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new { r.Id, r.Status, r.AuthorName, r.CreatedOn, r.NeededFrom, r.PlacementType, Ids = r.Children.Select(c => c.ChildId).ToList() })
            .ToListAsync(ct);
        var ids = page.SelectMany(p => p.Ids).Distinct().ToList();
        var names = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.GivenName + " " + c.FamilyName, ct);
        Rows = page.Select(p => new Row(p.Id, p.Status, p.AuthorName, p.CreatedOn, p.NeededFrom, p.PlacementType,
            p.Ids.Select(i => names.GetValueOrDefault(i, "")).ToList())).ToList();
    }

    public string PageLink(int page) => $"/referrals?Status={Status}&pageNumber={page}";
}
