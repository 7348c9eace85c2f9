using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.CallOffs;

/// <summary>
/// Offers waiting for a manager's approval (above the framework price, or with none, and not approved as they stand):
/// the approvals list page and the managers' home page card both count from here. Scoped by HearthDb to the authority.
/// </summary>
public static class ApprovalQueue
{
    public sealed record Waiting(int CallOffId, int ReferralId, string LotName, int Offers, DateTimeOffset OldestSubmittedAt);

    public static async Task<List<Waiting>> ForAsync(HearthDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var callOffs = await db.CallOffs.AsNoTracking().Include(c => c.Offers)
            .Where(c => c.Status == CallOffStatus.Open && c.Offers.Any(o => o.Status == OfferStatus.Active && o.NeedsManagerApproval))
            .ToListAsync(ct);
        var ids = callOffs.Select(c => c.Id).ToList();
        var approvals = await db.OfferApprovals.AsNoTracking().Where(a => ids.Contains(a.CallOffId)).ToListAsync(ct);
        return [.. callOffs
            .Select(c => (CallOff: c, Offers: c.Offers.Where(o => o.AwaitsApproval(approvals)).ToList()))
            .Where(x => x.Offers.Count > 0)
            .Select(x => new Waiting(x.CallOff.Id, x.CallOff.ReferralId, x.CallOff.LotName, x.Offers.Count, x.Offers.Min(o => o.SubmittedAt)))
            .OrderBy(w => w.OldestSubmittedAt)];
    }
}
