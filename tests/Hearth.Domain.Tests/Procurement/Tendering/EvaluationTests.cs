using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement.Tendering;

public class EvaluationTests
{
    private static readonly QualityQuestionnaire Questions = QualityQuestionnaire.Create(
    [
        new(1, "Describe how you match children to carers", QuestionKind.Scored, 60, MinimumScore: 2),
        new(2, "Describe your support to carers", QuestionKind.Scored, 40, MinimumScore: null),
        new(3, "Confirm you hold Ofsted registration", QuestionKind.PassFail, 0, null),
    ]);

    private static readonly EvaluationMethod FortySixty = EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 50);

    private static BidForEvaluation Bid(int id, long weeklyPence, int q1, int q2, bool q3 = true, string at = "2022-01-10T12:00:00Z") =>
        new(id, 100 + id, Instant(at), PriceScheduleTests.Schedule(weeklyPence, weeklyPence, weeklyPence, weeklyPence),
            new Dictionary<int, bool> { [3] = q3 }, new Dictionary<int, int> { [1] = q1, [2] = q2 });

    [Theory]
    [InlineData(60, 39, "The weights of the scored questions must add up to 100; they add up to 99")]
    [InlineData(60, 41, "The weights of the scored questions must add up to 100; they add up to 101")]
    public void Weights_must_sum_to_100(int w1, int w2, string message)
    {
        var ex = Assert.Throws<DomainException>(() => QualityQuestionnaire.Create([new(1, "A", QuestionKind.Scored, w1, null), new(2, "B", QuestionKind.Scored, w2, null)]));
        Assert.Equal("Questions", ex.Field);
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Questionnaire_rejects_duplicates_weighted_pass_fail_empty_text_and_no_scored_question()
    {
        Assert.Equal("Questions[1]", Assert.Throws<DomainException>(() => QualityQuestionnaire.Create([new(1, "A", QuestionKind.Scored, 100, null), new(1, "B", QuestionKind.PassFail, 0, null)])).Field);
        Assert.Equal("Questions[2].Weight", Assert.Throws<DomainException>(() => QualityQuestionnaire.Create([new(1, "A", QuestionKind.Scored, 100, null), new(2, "B", QuestionKind.PassFail, 5, null)])).Field);
        Assert.Equal("Questions[1].Text", Assert.Throws<DomainException>(() => QualityQuestionnaire.Create([new(1, "  ", QuestionKind.Scored, 100, null)])).Field);
        Assert.Equal("Add at least one scored question", Assert.Throws<DomainException>(() => QualityQuestionnaire.Create([new(1, "A", QuestionKind.PassFail, 0, null)])).Message);
        Assert.Equal("Questions[1].MinimumScore", Assert.Throws<DomainException>(() => QualityQuestionnaire.Create([new(1, "A", QuestionKind.Scored, 100, 6)])).Field);
    }

    [Theory]
    [InlineData(40, 50, PriceScoringMethod.RelativeToLowest, null, 0, "PriceWeight")]
    [InlineData(40, 60, PriceScoringMethod.AffordabilityCeiling, null, 0, "Ceiling")]
    [InlineData(40, 60, PriceScoringMethod.RelativeToLowest, 1000_00L, 0, "Ceiling")]
    [InlineData(40, 60, PriceScoringMethod.AffordabilityCeiling, 20_000_01L, 0, "Ceiling")]
    [InlineData(40, 60, PriceScoringMethod.RelativeToLowest, null, 101, "QualityThreshold")]
    public void Evaluation_method_is_checked(int price, int quality, PriceScoringMethod method, long? ceiling, int threshold, string field) =>
        Assert.Equal(field, Assert.Throws<DomainException>(() => EvaluationMethod.Create(price, quality, method, ceiling is { } c ? Money.FromPence(c) : null, threshold)).Field);

    [Fact]
    public void Relative_price_score_is_marks_times_lowest_over_price()
    {
        Assert.Equal(40m, FortySixty.PriceScore(Money.FromPence(800_00), Money.FromPence(800_00)));
        Assert.Equal(32m, FortySixty.PriceScore(Money.FromPence(1000_00), Money.FromPence(800_00)));
    }

    [Fact]
    public void Ceiling_price_score_runs_from_full_marks_at_the_lowest_to_none_at_the_ceiling()
    {
        var method = EvaluationMethod.Create(40, 60, PriceScoringMethod.AffordabilityCeiling, Money.FromPence(1000_00), 0);
        Assert.Equal(40m, method.PriceScore(Money.FromPence(800_00), Money.FromPence(800_00)));
        Assert.Equal(20m, method.PriceScore(Money.FromPence(900_00), Money.FromPence(800_00)));
        Assert.Equal(0m, method.PriceScore(Money.FromPence(1000_00), Money.FromPence(800_00)));
        Assert.Equal(40m, method.PriceScore(Money.FromPence(1000_00), Money.FromPence(1000_00)));
    }

    [Fact]
    public void Quality_score_weights_moderated_scores()
    {
        // 60 × (4/5 × 0.6 + 3/5 × 0.4) = 60 × 0.72 = 43.2
        Assert.Equal(43.2m, FortySixty.QualityScore(Questions, new Dictionary<int, int> { [1] = 4, [2] = 3 }));
        Assert.Equal(60m, FortySixty.QualityScore(Questions, new Dictionary<int, int> { [1] = 5, [2] = 5 }));
        Assert.Equal(0m, FortySixty.QualityScore(Questions, new Dictionary<int, int> { [1] = 0, [2] = 0 }));
        Assert.Equal("Questions[2]", Assert.Throws<DomainException>(() => FortySixty.QualityScore(Questions, new Dictionary<int, int> { [1] = 4 })).Field);
        Assert.Equal("Questions[2]", Assert.Throws<DomainException>(() => FortySixty.QualityScore(Questions, new Dictionary<int, int> { [1] = 4, [2] = 6 })).Field);
    }

    [Fact]
    public void Evaluate_ranks_by_total_and_sets_aside_non_compliant_and_below_threshold_bids()
    {
        var incomplete = new BidForEvaluation(5, 105, Instant("2022-01-10T12:00:00Z"), PriceScheduleTests.Schedule(700_00),
            new Dictionary<int, bool> { [3] = true }, new Dictionary<int, int> { [1] = 5, [2] = 5 });
        var results = LotEvaluation.Evaluate(FortySixty, Questions,
        [
            Bid(1, 1000_00, 4, 4),      // price 32, quality 48 → 80
            Bid(2, 800_00, 3, 3),       // price 40, quality 36 → 76
            Bid(3, 900_00, 5, 5, q3: false),
            Bid(4, 850_00, 1, 5),       // question 1 below its minimum of 2
            incomplete,
            Bid(6, 820_00, 2, 2),       // quality 24 < threshold 30
        ]);

        Assert.Equal([1, 2], results.Where(r => r.Rank is not null).OrderBy(r => r.Rank).Select(r => r.BidId));
        var first = results.Single(r => r.BidId == 1);
        Assert.Equal(80m, first.Total);
        Assert.Equal(1, first.Rank);
        Assert.Contains("Failed pass/fail question 3", results.Single(r => r.BidId == 3).Reasons);
        Assert.False(results.Single(r => r.BidId == 3).Compliant);
        Assert.Contains("Question 1 scored 1, below its minimum of 2", results.Single(r => r.BidId == 4).Reasons);
        Assert.True(results.Single(r => r.BidId == 4).Compliant);
        Assert.False(results.Single(r => r.BidId == 4).Qualifies);
        Assert.Contains("The price schedule is incomplete (3 prices missing)", results.Single(r => r.BidId == 5).Reasons);
        Assert.Contains("The quality score 24.00 is below the threshold of 30.00", results.Single(r => r.BidId == 6).Reasons);
        // The lowest compliant price (800) sets the price score even though a cheaper bid is incomplete.
        Assert.Equal(40m, results.Single(r => r.BidId == 2).PriceScore);
    }

    [Fact]
    public void Ties_break_on_quality_then_price_then_receipt_time()
    {
        // Bid 1: price 1000 → 32, quality (5,5) 60 → 92. Bid 2: price 800 → 40, quality (5,4) 55.2 → 95.2.
        // For an exact tie on total, build two bids where one has more quality and the other more price marks.
        var method = EvaluationMethod.Create(50, 50, PriceScoringMethod.RelativeToLowest, null, 0);
        var q = QualityQuestionnaire.Create([new(1, "Only question", QuestionKind.Scored, 100, null)]);
        BidForEvaluation B(int id, long pence, int score, string at) =>
            new(id, id, Instant(at), PriceScheduleTests.Schedule(pence, pence, pence, pence), new Dictionary<int, bool>(), new Dictionary<int, int> { [1] = score });

        // 1: price 50 (lowest 500), quality 40 → 90. 2: price 50 × 500/625 = 40, quality 50 → 90. Tie on total; 2 wins on quality.
        var byQuality = LotEvaluation.Evaluate(method, q, [B(1, 500_00, 4, "2022-01-10T09:00:00Z"), B(2, 625_00, 5, "2022-01-10T08:00:00Z")]);
        Assert.Equal(90m, byQuality[0].Total);
        Assert.Equal(90m, byQuality[1].Total);
        Assert.Equal(2, byQuality[0].BidId);

        // Same total and quality, different price is impossible under the relative method, so equal prices and
        // equal quality fall to the receipt time: the earlier submission ranks first.
        var byTime = LotEvaluation.Evaluate(method, q, [B(1, 500_00, 4, "2022-01-10T09:00:01Z"), B(2, 500_00, 4, "2022-01-10T09:00:00Z")]);
        Assert.Equal([2, 1], byTime.Select(r => r.BidId));
        Assert.Equal([1, 2], byTime.Select(r => r.Rank!.Value));

        // Identical in every respect: they share the rank.
        var shared = LotEvaluation.Evaluate(method, q, [B(1, 500_00, 4, "2022-01-10T09:00:00Z"), B(2, 500_00, 4, "2022-01-10T09:00:00Z"), B(3, 900_00, 1, "2022-01-10T09:00:00Z")]);
        Assert.Equal([1, 1, 3], shared.Select(r => r.Rank!.Value));
    }

    [Fact]
    public void Tie_on_total_and_quality_breaks_on_the_lower_price()
    {
        var a = new BidResult(1, 1, Instant("2022-01-10T08:00:00Z"), true, [], Money.FromPence(900_00), 30m, 50m, true, false, null);
        var b = a with { BidId = 2, EvaluatedPrice = Money.FromPence(850_00), SubmittedAt = Instant("2022-01-10T09:00:00Z") };
        Assert.True(LotEvaluation.TieBreak.Compare(b, a) < 0);
    }

    [Fact]
    public void Abnormally_low_bids_are_flagged_more_than_the_threshold_below_the_mean()
    {
        var method = EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 0);
        // Mean of 1000, 1000, 1000, 600 = 900; 20% below is 720: 600 is flagged, nothing else.
        var results = LotEvaluation.Evaluate(method, Questions, [Bid(1, 1000_00, 3, 3), Bid(2, 1000_00, 3, 3), Bid(3, 1000_00, 3, 3), Bid(4, 600_00, 3, 3)]);
        Assert.Equal([4], results.Where(r => r.AbnormallyLow).Select(r => r.BidId));
        // Exactly at the line (720 when the mean is 900) is not flagged.
        var edge = LotEvaluation.Evaluate(method, Questions, [Bid(1, 1080_00, 3, 3), Bid(2, 720_00, 3, 3)], abnormallyLowPercent: 20);
        Assert.DoesNotContain(edge, r => r.AbnormallyLow);
    }

    [Fact]
    public void Bids_above_the_affordability_ceiling_are_not_compliant()
    {
        var method = EvaluationMethod.Create(40, 60, PriceScoringMethod.AffordabilityCeiling, Money.FromPence(950_00), 0);
        var results = LotEvaluation.Evaluate(method, Questions, [Bid(1, 1000_00, 3, 3), Bid(2, 900_00, 3, 3)]);
        Assert.False(results.Single(r => r.BidId == 1).Compliant);
        Assert.Equal(40m, results.Single(r => r.BidId == 2).PriceScore);
    }

    [Fact]
    public void No_bids_and_no_compliant_bids_give_no_ranks()
    {
        Assert.Empty(LotEvaluation.Evaluate(FortySixty, Questions, []));
        Assert.All(LotEvaluation.Evaluate(FortySixty, Questions, [Bid(1, 900_00, 3, 3, q3: false)]), r => Assert.Null(r.Rank));
    }

    [Fact]
    public void Award_takes_all_qualifying_or_the_top_n_with_ties_at_the_line()
    {
        var method = EvaluationMethod.Create(50, 50, PriceScoringMethod.RelativeToLowest, null, 0);
        var q = QualityQuestionnaire.Create([new(1, "Only question", QuestionKind.Scored, 100, null)]);
        BidForEvaluation B(int id, long pence, int score) =>
            new(id, id, Instant("2022-01-10T09:00:00Z"), PriceScheduleTests.Schedule(pence, pence, pence, pence), new Dictionary<int, bool>(), new Dictionary<int, int> { [1] = score });
        var results = LotEvaluation.Evaluate(method, q, [B(1, 500_00, 5), B(2, 500_00, 4), B(3, 500_00, 4), B(4, 500_00, 1)]);

        Assert.Equal([1, 2, 3, 4], LotEvaluation.Award(results, AwardBasis.AllQualifying).Select(r => r.BidId));
        Assert.Equal([1, 2, 3], LotEvaluation.Award(results, AwardBasis.TopRanked, 2).Select(r => r.BidId));
        Assert.Equal("TopN", Assert.Throws<DomainException>(() => LotEvaluation.Award(results, AwardBasis.TopRanked, 0)).Field);
    }
}
