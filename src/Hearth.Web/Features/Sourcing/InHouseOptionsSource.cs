using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Domain.Sourcing.Matching;
using Hearth.Web.Data;
using Hearth.Web.Features.Matching;

namespace Hearth.Web.Features.Sourcing;

/// <summary>
/// The authority's own carer households, scored by the matcher with the authority's weights (the same search as
/// /referrals/{id}/in-house-matches, <see cref="MatchingData.InHouseAsync"/>): households failing a hard constraint are
/// not options; the rest are offered best first, at most <see cref="MaximumShown"/>.
/// </summary>
public sealed class InHouseOptionsSource(HearthDb db) : ISelectionOptionsSource
{
    public const string KeyPrefix = "inhouse-";

    /// <summary>More than this is not a comparison a broker can read: the best by score are shown.</summary>
    public const int MaximumShown = 30;

    public async Task<SelectionOptions> OptionsForAsync(Referral referral, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (referral.Children.Count == 0 || referral.Status != ReferralStatus.SignedOff) return SelectionOptions.Empty;
        var search = await MatchingData.InHouseAsync(db, referral.Id, new InHouseFilters(), today, ct);
        if (search is null) return SelectionOptions.Empty;
        var options = search.Ranked.Take(MaximumShown).Select(r => new DecisionOption($"{KeyPrefix}{r.Candidate.HouseholdId}", DecisionOptionKind.InHouse,
            null, "", r.Candidate.HouseholdId, r.Candidate.Reference, Money.Zero, Money.Zero, null, PriceCheck.NotApplicable, Points(r.Result))).ToList();
        return new SelectionOptions(options, []);
    }

    /// <summary>
    /// The matcher's factors as the decision record's whole points (rounded half away from zero): the record keeps
    /// whole numbers (ADR 0018), the explanation keeps the reason.
    /// </summary>
    public static IReadOnlyList<FactorPoints> Points(MatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Factors.Select(f => new FactorPoints(f.Name, (int)Math.Round(f.Points, MidpointRounding.AwayFromZero), f.MaxPoints, f.Explanation))];
    }
}
