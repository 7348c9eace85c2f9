using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>The spot purchases opened on the referral, as options (approved or within the band, or still awaiting approval).</summary>
public sealed class SpotPurchaseOptionsSource(HearthDb db) : ISelectionOptionsSource
{
    public async Task<SelectionOptions> OptionsForAsync(Referral referral, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var spots = await db.SpotPurchases.AsNoTracking().Where(s => s.ReferralId == referral.Id).OrderBy(s => s.Id).ToListAsync(ct);
        if (spots.Count == 0) return SelectionOptions.Empty;
        var providerIds = spots.Select(s => s.ProviderId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => providerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new SelectionOptions([.. spots.Select(s => s.ToOption(names.GetValueOrDefault(s.ProviderId, "")))], []);
    }
}
