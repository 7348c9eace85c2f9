using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Bidding;

/// <summary>The tenders published to providers: open for bids first (soonest deadline first), then closed ones.</summary>
[Authorize(Roles = Roles.ProviderUser)]
public sealed class IndexModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Reference, string Title, string Lead, int Lots, DateTimeOffset Deadline, string State, string StateTag, int OwnBids);

    public List<Row> Open { get; private set; } = [];
    public List<Row> Closed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var providerId = scope.FilterOrganisationId;
        var tenders = await db.Tenders.AsNoTracking().Include(t => t.Lots).Where(t => t.Status != TenderStatus.Draft).ToListAsync(ct);
        var authorities = await db.Authorities.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var ownBids = await db.Bids.AsNoTracking().Where(b => b.ProviderId == providerId && b.Status != BidStatus.Withdrawn)
            .GroupBy(b => b.TenderId).Select(g => new { TenderId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.TenderId, g => g.Count, ct);
        var rows = tenders.Select(t => new Row(t.Id, t.Reference, t.Title, authorities.GetValueOrDefault(t.LeadAuthorityId, ""), t.Lots.Count,
                t.Timeline.SubmissionDeadline, BiddingText.TenderState(t, now), BiddingText.TenderStateTag(t, now), ownBids.GetValueOrDefault(t.Id)))
            .ToList();
        Open = rows.Where(r => tenders.Single(t => t.Id == r.Id).IsOpenForBids(now)).OrderBy(r => r.Deadline).ToList();
        Closed = rows.Except(Open).OrderByDescending(r => r.Deadline).ToList();
    }
}
