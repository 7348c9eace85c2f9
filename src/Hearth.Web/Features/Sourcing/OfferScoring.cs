using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Domain.Sourcing.Matching;
using Hearth.Web.Data;
using Hearth.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>
/// The matcher's score of each offer of a referral's call-offs: the offered household as the candidate, with the offered
/// weekly total and the stored framework price, the provider's Ofsted grade and its endings, the authority's weights.
/// The selection options and the call-off page's match-score column both read it, so they show the same number.
/// </summary>
public sealed class OfferScoring(HearthDb db)
{
    /// <summary>Scores by offer id (offers whose household no longer exists are left out).</summary>
    public async Task<IReadOnlyDictionary<int, MatchResult>> ScoresAsync(Referral referral, IReadOnlyList<CallOff> callOffs, DateOnly today,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(callOffs);
        var offers = callOffs.SelectMany(c => c.Offers).ToList();
        if (offers.Count == 0 || referral.Children.Count == 0) return new Dictionary<int, MatchResult>();
        var (request, centroidOf) = await MatchingData.RequestAsync(db, referral, today, ct);
        var weights = await MatchingData.WeightsAsync(db, referral.AuthorityId, ct);
        var householdIds = offers.Select(o => o.HouseholdId).Distinct().ToList();
        var providerIds = offers.Select(o => o.ProviderId).Distinct().ToList();
        // One table each, no joins: the households are the providers', which the authority's filter hides.
        var households = await db.CarerHouseholds.IgnoreQueryFilters().AsNoTracking().Where(h => householdIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, ct);
        var grades = await db.Providers.IgnoreQueryFilters().AsNoTracking().Where(p => providerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.OfstedGrade }).ToDictionaryAsync(p => p.Id, p => p.OfstedGrade, ct);
        var endings = await db.VisiblePlacements.Where(p => p.ProviderId != null && providerIds.Contains(p.ProviderId.Value) && p.EndDate != null)
            .GroupBy(p => p.ProviderId!.Value).Select(g => new { Provider = g.Key, All = g.Count(), Unplanned = g.Count(p => p.EndPlanned == false) })
            .ToDictionaryAsync(e => e.Provider, ct);
        var scores = new Dictionary<int, MatchResult>();
        foreach (var offer in offers)
        {
            if (!households.TryGetValue(offer.HouseholdId, out var household)) continue;
            var ended = endings.GetValueOrDefault(offer.ProviderId);
            var candidate = MatchingData.CandidateFor(household, centroidOf, today, ended?.All ?? 0, ended?.Unplanned ?? 0, inHouse: false,
                providerOfsted: grades.GetValueOrDefault(offer.ProviderId), offeredWeeklyFee: offer.WeeklyTotal,
                frameworkWeeklyPrice: offer.FrameworkWeeklyPrice);
            scores[offer.Id] = MatchScorer.Score(request, candidate, weights);
        }
        return scores;
    }

    /// <summary>Scores of one call-off's offers (the call-off page's match-score column); empty when the referral is not visible.</summary>
    public async Task<IReadOnlyDictionary<int, MatchResult>> ScoresAsync(CallOff callOff, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(callOff);
        var referral = await db.Referrals.AsNoTracking().Include(r => r.Children).SingleOrDefaultAsync(r => r.Id == callOff.ReferralId, ct);
        return referral is null ? new Dictionary<int, MatchResult>() : await ScoresAsync(referral, [callOff], today, ct);
    }

    /// <summary>The referral's call-offs with their recipients and offers (authority scope).</summary>
    public Task<List<CallOff>> CallOffsForAsync(int referralId, CancellationToken ct) =>
        db.CallOffs.AsNoTracking().Include(c => c.Recipients).Include(c => c.Offers).AsSplitQuery()
            .Where(c => c.ReferralId == referralId).OrderBy(c => c.Id).ToListAsync(ct);

    /// <summary>"72.5 out of 100", or why the household is excluded, for a page cell.</summary>
    public static string Describe(MatchResult? result) => result switch
    {
        null => "Not scored",
        { Excluded: true } r => "Excluded: " + string.Join("; ", r.Exclusions.Select(e => e.Reason)),
        var r => $"{MatchingText(r.Total)} out of 100",
    };

    private static string MatchingText(double points) => InHouseMatchesModel.Points(points);
}
