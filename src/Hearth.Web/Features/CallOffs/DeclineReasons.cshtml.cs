using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.CallOffs;

/// <summary>Market intelligence: why providers declined the authority's referrals, by provider and lot.</summary>
[Authorize(Roles = $"{Roles.Commissioner},{Roles.Broker}")]
public sealed class DeclineReasonsModel(HearthDb db) : PageModel
{
    public sealed record Row(string Provider, string Lot, DeclineReason Reason, int Count);

    public List<Row> Rows { get; private set; } = [];
    public int Asked { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var callOffs = await db.CallOffs.AsNoTracking().Include(c => c.Recipients).ToListAsync(ct);
        Asked = callOffs.Sum(c => c.Asked.Count());
        Rows = callOffs.SelectMany(c => c.Recipients.Where(r => r.DeclineReason != null).Select(r => (c, r)))
            .GroupBy(x => (x.r.ProviderName, Lot: $"Lot {x.c.LotNumber}: {x.c.LotName}", Reason: x.r.DeclineReason!.Value))
            .Select(g => new Row(g.Key.ProviderName, g.Key.Lot, g.Key.Reason, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Provider, StringComparer.Ordinal).ToList();
    }
}
