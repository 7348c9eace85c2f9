using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.CallOffs;

/// <summary>The broker's call-offs, with the task list: offers to review, deadlines passed, referrals to send.</summary>
[Authorize(Roles = Roles.Broker)]
public sealed class IndexModel(HearthDb db, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, int ReferralId, string Lot, CallOffStatus Status, DateTimeOffset SentAt, int Asked, int Offers, int Declined, DateTimeOffset? LatestDeadline);

    public List<Row> Rows { get; private set; } = [];
    public List<string> Tasks { get; private set; } = [];
    public List<int> ReadyToSend { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        var list = await db.CallOffs.AsNoTracking().Include(c => c.Recipients).Include(c => c.Offers).AsSplitQuery()
            .OrderByDescending(c => c.Id).Take(200).ToListAsync(ct);
        Rows = list.Select(c => new Row(c.Id, c.ReferralId, $"Lot {c.LotNumber}: {c.LotName}", c.Status, c.SentAt, c.Asked.Count(),
            c.Offers.Count(o => o.Status == OfferStatus.Active), c.Recipients.Count(r => r.Status == RecipientStatus.Declined), c.LatestDeadline)).ToList();
        foreach (var c in list.Where(c => c.Status == CallOffStatus.Open))
        {
            var offers = c.Offers.Count(o => o.Status == OfferStatus.Active);
            if (offers > 0) Tasks.Add($"Call-off {c.Id}: {offers} offer{(offers == 1 ? "" : "s")} received to review");
            if (c.LatestDeadline is { } d && d < Now && c.Recipients.All(r => r.Status != RecipientStatus.Queued))
                Tasks.Add($"Call-off {c.Id}: every deadline has passed ({CallOffText.London(d)})");
        }
        var sent = list.Select(c => c.ReferralId).ToHashSet();
        ReadyToSend = await db.Referrals.AsNoTracking().Where(r => r.Status == ReferralStatus.SignedOff).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        ReadyToSend.RemoveAll(sent.Contains);
        foreach (var id in ReadyToSend) Tasks.Add($"Referral {id}: signed off, not yet sent to providers");
    }
}
