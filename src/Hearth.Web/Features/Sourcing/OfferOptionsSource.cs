using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Data;
using Hearth.Web.Features.CallOffs;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>
/// Every active offer of the referral's call-offs as an option (framework, lot, fee, additional costs, earliest start, the
/// price check from the offer's stored framework price, the matcher's factors, and a manager's approval when recorded),
/// and every provider asked as a <see cref="DecisionAsk"/> (offered, declined with reason, or no response).
/// </summary>
public sealed class OfferOptionsSource(HearthDb db, OfferScoring scoring) : ISelectionOptionsSource
{
    public const string KeyPrefix = "offer-";

    public static bool TryOfferId(string? key, out int offerId)
    {
        offerId = 0;
        return key is not null && key.StartsWith(KeyPrefix, StringComparison.Ordinal) && int.TryParse(key.AsSpan(KeyPrefix.Length), out offerId);
    }

    public async Task<SelectionOptions> OptionsForAsync(Referral referral, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var callOffs = await scoring.CallOffsForAsync(referral.Id, ct);
        if (callOffs.Count == 0) return SelectionOptions.Empty;
        var scores = await scoring.ScoresAsync(referral, callOffs, today, ct);
        var frameworkIds = callOffs.Select(c => c.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Reference, ct);
        var callOffIds = callOffs.Select(c => c.Id).ToList();
        var approvals = await db.OfferApprovals.AsNoTracking().Where(a => callOffIds.Contains(a.CallOffId)).OrderByDescending(a => a.Id).ToListAsync(ct);

        var options = new List<DecisionOption>();
        var asks = new List<DecisionAsk>();
        foreach (var callOff in callOffs)
        {
            foreach (var r in callOff.Asked)
            {
                var offered = r.Status == RecipientStatus.Offered || callOff.Offers.Any(o => o.ProviderId == r.ProviderId && o.Status != OfferStatus.Withdrawn);
                var answer = offered ? AskAnswer.Offered : r.Status == RecipientStatus.Declined ? AskAnswer.Declined : AskAnswer.NoResponse;
                asks.Add(new DecisionAsk(r.ProviderId, r.ProviderName, r.AskedAt!.Value, answer, answer == AskAnswer.NoResponse ? null : r.RespondedAt,
                    answer == AskAnswer.Declined ? $"{CallOffText.DeclineReason(r.DeclineReason)}: {r.DeclineDetails}" : null));
            }
            foreach (var offer in callOff.Offers.Where(o => o.Status == OfferStatus.Active).OrderBy(o => o.Id))
            {
                var approval = approvals.FirstOrDefault(a => a.AppliesTo(offer));
                options.Add(new DecisionOption($"{KeyPrefix}{offer.Id}", DecisionOptionKind.FrameworkOffer, offer.ProviderId,
                    callOff.RecipientFor(offer.ProviderId)?.ProviderName ?? "", offer.HouseholdId, offer.HouseholdReference, offer.WeeklyFee,
                    offer.AdditionalCosts, offer.EarliestStart, Check(offer, callOff.LotNumber),
                    scores.TryGetValue(offer.Id, out var score) && !score.Excluded ? InHouseOptionsSource.Points(score) : [],
                    callOff.FrameworkId, frameworks.GetValueOrDefault(callOff.FrameworkId), callOff.LotNumber,
                    approval is null ? null : new ManagerApproval(approval.ApprovedByUserId, approval.ApprovedByName, approval.ApprovedAt, approval.Reason)));
            }
        }
        options.Sort((a, b) => b.TotalScore != a.TotalScore ? b.TotalScore.CompareTo(a.TotalScore) : string.CompareOrdinal(a.Key, b.Key));
        return new SelectionOptions(options, asks);
    }

    /// <summary>The offer's weekly total against its stored framework price; no price is treated as above (needs approval).</summary>
    public static PriceCheck Check(Offer offer, int lotNumber)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return offer.FrameworkWeeklyPrice is { } price
            ? new PriceCheck(price, offer.NeedsManagerApproval, $"The provider's framework price on lot {lotNumber} for the children's age bands on the start date, against the weekly fee plus additional costs")
            : new PriceCheck(null, true, $"The provider has no framework price on lot {lotNumber} for the children: a manager must approve");
    }
}
