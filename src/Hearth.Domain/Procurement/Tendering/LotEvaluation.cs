using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement.Tendering;

/// <summary>One opened bid for a lot, as evaluation sees it.</summary>
public sealed record BidForEvaluation(
    int BidId, int ProviderId, DateTimeOffset SubmittedAt, PriceSchedule Schedule,
    IReadOnlyDictionary<int, bool> PassFailAnswers, IReadOnlyDictionary<int, int> ModeratedScores);

/// <summary>The outcome of evaluating one bid.</summary>
public sealed record BidResult(
    int BidId, int ProviderId, DateTimeOffset SubmittedAt, bool Compliant, IReadOnlyList<string> Reasons,
    Money? EvaluatedPrice, decimal? PriceScore, decimal? QualityScore, bool MeetsQualityThreshold,
    bool AbnormallyLow, int? Rank)
{
    public decimal? Total => PriceScore is { } p && QualityScore is { } q ? p + q : null;

    /// <summary>Compliant and through every quality threshold: only these are ranked and can be awarded.</summary>
    public bool Qualifies => Compliant && MeetsQualityThreshold;
}

public enum AwardBasis
{
    /// <summary>Every compliant bid through the quality threshold joins the framework, in rank order.</summary>
    AllQualifying = 1,
    /// <summary>The top N ranked bids.</summary>
    TopRanked = 2,
}

/// <summary>
/// Evaluates a lot's opened bids: compliance (complete price schedule, every pass/fail question passed, within any
/// affordability ceiling), quality from the moderated scores, price by the published method, totals and rank.
/// <para>Tie-break, as published: the higher total; then the higher quality score; then the lower evaluated price; then the
/// earlier submission receipt. Bids tied on all four share a rank.</para>
/// <para>A compliant bid whose evaluated price is more than the abnormally-low threshold below the mean of the compliant
/// bids is flagged for clarification (it is not excluded: the regulations require the authority to ask first).</para>
/// </summary>
public static class LotEvaluation
{
    public const int DefaultAbnormallyLowPercent = 20;

    public static IReadOnlyList<BidResult> Evaluate(
        EvaluationMethod method, QualityQuestionnaire questionnaire, IReadOnlyList<BidForEvaluation> bids, int abnormallyLowPercent = DefaultAbnormallyLowPercent)
    {
        if (abnormallyLowPercent is < 1 or > 99) throw new DomainException("AbnormallyLowPercent", "Enter a percentage from 1 to 99");
        var provisional = new List<BidResult>(bids.Count);
        foreach (var bid in bids)
        {
            var (reasons, price) = Compliance(method, questionnaire, bid);
            provisional.Add(new BidResult(bid.BidId, bid.ProviderId, bid.SubmittedAt, reasons.Count == 0, reasons, price, null, null, false, false, null));
        }

        var compliant = provisional.Where(r => r.Compliant).ToList();
        if (compliant.Count == 0) return provisional;
        var lowest = compliant.Min(r => r.EvaluatedPrice!.Value);
        var meanPence = compliant.Average(r => (decimal)r.EvaluatedPrice!.Value.Pence);
        var lowLine = meanPence * (100 - abnormallyLowPercent) / 100m;

        var scored = new List<BidResult>(provisional.Count);
        foreach (var result in provisional)
        {
            if (!result.Compliant) { scored.Add(result); continue; }
            var bid = bids.First(b => b.BidId == result.BidId);
            var quality = method.QualityScore(questionnaire, bid.ModeratedScores);
            var reasons = new List<string>();
            foreach (var q in questionnaire.Scored)
                if (q.MinimumScore is { } min && bid.ModeratedScores[q.Number] < min)
                    reasons.Add($"Question {q.Number} scored {bid.ModeratedScores[q.Number]}, below its minimum of {min}");
            var thresholdMarks = method.QualityWeight * method.QualityThreshold / 100m;
            if (quality < thresholdMarks)
                reasons.Add($"The quality score {quality:0.00} is below the threshold of {thresholdMarks:0.00}");
            var price = method.PriceScore(result.EvaluatedPrice!.Value, lowest);
            scored.Add(result with
            {
                QualityScore = quality, PriceScore = price, MeetsQualityThreshold = reasons.Count == 0,
                Reasons = reasons, AbnormallyLow = result.EvaluatedPrice!.Value.Pence < lowLine,
            });
        }

        var ordered = scored.Where(r => r.Qualifies).OrderBy(r => r, TieBreak).ToList();
        var ranks = new Dictionary<int, int>();
        for (var i = 0; i < ordered.Count; i++)
            ranks[ordered[i].BidId] = i > 0 && TieBreak.Compare(ordered[i - 1], ordered[i]) == 0 ? ranks[ordered[i - 1].BidId] : i + 1;
        return scored
            .Select(r => ranks.TryGetValue(r.BidId, out var rank) ? r with { Rank = rank } : r)
            .OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.BidId)
            .ToList();
    }

    /// <summary>
    /// Why a bid is not compliant (empty when it is) and its evaluated price when its schedule is complete. Compliance
    /// does not depend on quality scores, so non-compliant bids need not be scored.
    /// </summary>
    public static (List<string> Reasons, Money? EvaluatedPrice) Compliance(EvaluationMethod method, QualityQuestionnaire questionnaire, BidForEvaluation bid)
    {
        var reasons = new List<string>();
        Money? price = null;
        var missing = bid.Schedule.MissingCells();
        if (missing.Count > 0) reasons.Add($"The price schedule is incomplete ({missing.Count} prices missing)");
        else price = bid.Schedule.EvaluatedPrice();
        foreach (var q in questionnaire.PassFail)
            if (!bid.PassFailAnswers.TryGetValue(q.Number, out var passed) || !passed)
                reasons.Add($"Failed pass/fail question {q.Number}");
        if (price is { } p && method.Method == PriceScoringMethod.AffordabilityCeiling && p > method.Ceiling!.Value)
            reasons.Add($"The evaluated price {p} is above the affordability ceiling {method.Ceiling.Value}");
        return (reasons, price);
    }

    /// <summary>Orders qualifying bids best first by the published tie-break.</summary>
    public static IComparer<BidResult> TieBreak { get; } = Comparer<BidResult>.Create((a, b) =>
    {
        var c = b.Total!.Value.CompareTo(a.Total!.Value);
        if (c != 0) return c;
        c = b.QualityScore!.Value.CompareTo(a.QualityScore!.Value);
        if (c != 0) return c;
        c = a.EvaluatedPrice!.Value.CompareTo(b.EvaluatedPrice!.Value);
        if (c != 0) return c;
        return a.SubmittedAt.CompareTo(b.SubmittedAt);
    });

    /// <summary>The bids to award, best first: every qualifying bid, or the top N (bids sharing the Nth rank all go through).</summary>
    public static IReadOnlyList<BidResult> Award(IReadOnlyList<BidResult> results, AwardBasis basis, int? topN = null)
    {
        var qualifying = results.Where(r => r.Qualifies).OrderBy(r => r.Rank).ToList();
        switch (basis)
        {
            case AwardBasis.AllQualifying:
                return qualifying;
            case AwardBasis.TopRanked:
                if (topN is not > 0) throw new DomainException("TopN", "Enter how many providers to award, 1 or more");
                return qualifying.Where(r => r.Rank <= topN).ToList();
            default:
                throw new DomainException("Basis", "Select how the lot is awarded");
        }
    }
}
