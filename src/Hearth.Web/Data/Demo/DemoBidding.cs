using Hearth.Domain.Procurement.Tendering;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// How the demo's tenders are bid for and evaluated (the 2022 tender and the 2027 re-procurement): invented prices and
/// answers, the framework's members scoring 3 to 5 and the others 1 or 2 (below the threshold) or failing a pass/fail
/// question, so that the one award rule admits exactly the story's members. Draws from the tender's own generator.
/// </summary>
internal static class DemoBidding
{
    private static readonly string[] Answers =
    [
        "Matching is led by a senior social worker using the referral's needs, the carers' skills and the child's wishes; we review every match at six weeks.",
        "Carers have a supervising social worker, monthly supervision, 24-hour support, peer groups in Kent and Medway and a training pathway.",
        "Our virtual school lead tracks attendance and attainment; we fund tutoring and therapeutic support where the plan needs it.",
    ];

    /// <summary>A bid drafted and submitted at <paramref name="at"/>: a price per row and age band from <paramref name="basePounds"/>.</summary>
    public static Bid Submit(Tender tender, int lotNumber, int providerId, int basePounds, DateTimeOffset at, bool passes, Random rng)
    {
        var lot = tender.Lot(lotNumber);
        var bid = Bid.Start(tender, lotNumber, providerId, at);
        var prices = new List<BidPrice>();
        foreach (var row in lot.PriceRows(lot.Name))
            for (var band = 0; band < tender.AgeBands.Bands.Count; band++)
            {
                var pounds = row.IsSupplement ? 60 + rng.Next(0, 90) : basePounds + band * (25 + rng.Next(0, 20));
                prices.Add(new BidPrice(row.Code, band, pounds * 100L));
            }
        var answers = lot.Questions.Select(q => q.Kind == QuestionKind.PassFail
            ? new BidAnswer(q.Number, "", passes)
            : new BidAnswer(q.Number, Answers[(q.Number - 1) % Answers.Length], null)).ToList();
        bid.SaveDraft(tender, prices, answers, true, at, lot.Name);
        bid.Submit(tender, at, lot.Name);
        return bid;
    }

    /// <summary>
    /// The panel's scores of every compliant bid, lot by lot: each evaluator's own score at <paramref name="scoredAt"/>, and,
    /// when <paramref name="moderatedAt"/> is given, the moderated (consensus) score and the lot's results. Without
    /// moderation the results are null: the evaluation is still going on.
    /// </summary>
    public static List<(TenderLot Lot, List<Bid> Bids, IReadOnlyList<BidResult>? Results)> Evaluate(HearthDb db, Tender tender,
        IReadOnlyList<(Bid Bid, bool Member)> bids, Random rng, DateTimeOffset scoredAt, DateTimeOffset? moderatedAt, string moderationNote)
    {
        var lots = new List<(TenderLot, List<Bid>, IReadOnlyList<BidResult>?)>();
        foreach (var lot in tender.Lots)
        {
            var questionnaire = lot.Questionnaire;
            var panel = new EvaluationPanel(tender.Evaluators.Select(e => e.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(), questionnaire);
            var lotBids = bids.Where(b => b.Bid.LotNumber == lot.Number).ToList();
            var forEvaluation = new List<BidForEvaluation>();
            foreach (var (bid, member) in lotBids)
            {
                var submission = bid.LatestSubmission!;
                var schedule = submission.Schedule(tender, lot.Number, lot.Name);
                var passFail = submission.Answers.Where(a => a.Passes is not null).ToDictionary(a => a.QuestionNumber, a => a.Passes!.Value);
                if (LotEvaluation.Compliance(lot.Method, questionnaire, new BidForEvaluation(bid.Id, bid.ProviderId, submission.SubmittedAt, schedule, passFail, new Dictionary<int, int>())).Reasons.Count == 0)
                {
                    var consensus = questionnaire.Scored.ToDictionary(q => q.Number, _ => member ? 3 + rng.Next(0, 3) : 1 + rng.Next(0, 2));
                    foreach (var q in questionnaire.Scored)
                        foreach (var evaluator in panel.Evaluators.Order(StringComparer.Ordinal))
                        {
                            var own = Math.Clamp(consensus[q.Number] + rng.Next(-1, 2), 0, 5);
                            db.IndividualScores.Add(panel.Score(evaluator, bid.Id, q.Number, own, ScoreComment(own), scoredAt));
                        }
                    if (moderatedAt is { } at)
                        foreach (var q in questionnaire.Scored)
                            db.ModeratedScores.Add(panel.Moderate(panel.Evaluators.Order(StringComparer.Ordinal).First(), bid.Id, q.Number, consensus[q.Number], moderationNote, at));
                }
                forEvaluation.Add(new BidForEvaluation(bid.Id, bid.ProviderId, submission.SubmittedAt, schedule, passFail, panel.ModeratedScoresFor(bid.Id)));
            }
            var results = moderatedAt is null ? null : LotEvaluation.Evaluate(lot.Method, questionnaire, forEvaluation, tender.AbnormallyLowPercent);
            lots.Add((lot, lotBids.Select(b => b.Bid).ToList(), results));
        }
        return lots;
    }

    private static string ScoreComment(int score) => score switch
    {
        >= 5 => "Excellent: clear evidence and added value throughout.",
        4 => "Good: meets the requirement fully with some added value.",
        3 => "Satisfactory: meets the requirement with minor gaps.",
        2 => "Weak: some gaps; limited evidence.",
        _ => "Poor: major gaps; little evidence the requirement will be met.",
    };
}
