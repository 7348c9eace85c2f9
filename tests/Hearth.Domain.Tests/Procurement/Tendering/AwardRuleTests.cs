using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement.Tendering;

/// <summary>The one award rule (Framework.AwardLot via Tender.EstablishFramework / Tender.AwardRound) and reopening rounds.</summary>
public class AwardRuleTests
{
    private static readonly DateTimeOffset At = Instant("2021-11-19T10:00:00Z");

    private static Tender Opened(AwardBasis basis = AwardBasis.AllQualifying, int? topN = null,
        ProcurementRegime regime = ProcurementRegime.Pcr2015LightTouch, string end = "2026-03-31")
    {
        var tender = TenderTests.Draft(regime, end);
        tender.AddLot("Standard", PlacementCategory.Standard, [], TenderTests.Questions(),
            EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 50), basis, topN);
        tender.AddLot("Parent and child", PlacementCategory.ParentAndChild, [], TenderTests.Questions(),
            EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 50), AwardBasis.AllQualifying, null);
        tender.AddEvaluator(11, 1, "Ann Evaluator");
        tender.Publish(Instant("2021-10-01T09:00:00Z"), TenderTests.Holidays);
        tender.Open(Instant("2021-11-20T09:00:00Z"), "Test");
        return tender;
    }

    private static BidResult Qualifying(int bidId, int providerId, int rank, decimal total = 80m) =>
        new(bidId, providerId, At, true, [], Money.FromPence(900_00), 30m, total - 30m, true, false, rank);

    private static BidResult Failing(int bidId, int providerId) =>
        new(bidId, providerId, At, true, ["The quality score 20.00 is below the threshold of 30.00"], Money.FromPence(700_00), 40m, 20m, false, false, null);

    private static IReadOnlyList<BidPrice> Prices(int bidId) => [new("CAT-1", 0, 800_00 + bidId), new("CAT-1", 1, 850_00 + bidId)];

    private static (Framework Framework, IReadOnlyList<TenderResult> Results) Establish(Tender tender, params (int Lot, IReadOnlyList<BidResult> Results)[] lots) =>
        tender.EstablishFramework(lots.Select(l => (tender.Lot(l.Lot), l.Results)).ToList(), Prices, D("2022-01-10"), TenderTests.Holidays);

    [Fact]
    public void Every_qualifying_bid_joins_its_lot_with_rank_and_submitted_prices_from_the_start()
    {
        var tender = Opened();
        var (framework, results) = Establish(tender, (1, [Qualifying(1, 101, 1), Qualifying(2, 102, 2), Failing(3, 103)]));

        Assert.Equal(D("2022-04-01"), framework.StartDate);
        Assert.Equal([2], framework.Parties.Where(p => !p.IsLead).Select(p => p.AuthorityId));
        Assert.Equal([(101, 1), (102, 2)], framework.LotMembers.Select(m => (m.ProviderId, m.Rank!.Value)));
        Assert.All(framework.LotMembers, m => Assert.Equal(D("2022-04-01"), m.JoinedOn));
        Assert.Equal(Money.FromPence(850_02), framework.LotMembers[1].TenderedPrice("CAT-1", 7));
        Assert.Equal([true, true, false], results.Select(r => r.Awarded));
        Assert.Equal(Indexation.Fixed(200), framework.Indexation);
    }

    [Fact]
    public void Top_n_admits_every_bid_tied_at_the_nth_rank()
    {
        var tender = Opened(AwardBasis.TopRanked, 2);
        var (framework, results) = Establish(tender,
            (1, [Qualifying(1, 101, 1, 90), Qualifying(2, 102, 2, 80), Qualifying(3, 103, 2, 80), Qualifying(4, 104, 4, 70)]));

        Assert.Equal([(101, 1), (102, 2), (103, 2)], framework.LotMembers.Select(m => (m.ProviderId, m.Rank!.Value)));
        Assert.Equal([true, true, true, false], results.Select(r => r.Awarded));
    }

    [Fact]
    public void Nobody_qualifying_leaves_the_lot_empty_and_every_result_unsuccessful()
    {
        var (framework, results) = Establish(Opened(), (1, [Failing(1, 101), Failing(2, 102)]));
        Assert.Empty(framework.LotMembers);
        Assert.Empty(framework.Members);
        Assert.Equal([false, false], results.Select(r => r.Awarded));
    }

    [Fact]
    public void A_lot_with_no_bids_has_no_members_and_no_results()
    {
        var (framework, results) = Establish(Opened(), (1, [Qualifying(1, 101, 1)]), (2, []));
        Assert.DoesNotContain(framework.LotMembers, m => m.LotNumber == 2);
        Assert.DoesNotContain(results, r => r.LotNumber == 2);
        Assert.Single(framework.Members);
    }

    [Fact]
    public void A_provider_on_two_lots_is_one_member_of_the_framework()
    {
        var (framework, _) = Establish(Opened(), (1, [Qualifying(1, 101, 1)]), (2, [Qualifying(2, 101, 1)]));
        Assert.Equal(2, framework.LotMembers.Count);
        Assert.Single(framework.Members);
    }

    // ---- Reopening rounds ----------------------------------------------------------------------------------------

    private static TenderTimeline RoundTimeline(string published = "2023-09-01", string start = "2024-01-02") => new(
        D(published), Instant(published + "T17:00:00Z").AddDays(14), Instant(published + "T12:00:00Z").AddDays(28),
        D(published).AddDays(29), D(published).AddDays(40), D(start));

    private static (Tender Original, Framework Framework) Awarded(ProcurementRegime regime = ProcurementRegime.Pcr2015LightTouch, string end = "2026-03-31")
    {
        var tender = Opened(regime: regime, end: end);
        var (framework, _) = Establish(tender, (1, [Qualifying(1, 101, 1), Qualifying(2, 102, 2), Qualifying(3, 103, 3)]));
        tender.Award(D("2022-01-10"), TenderTests.Holidays, framework.Id);
        return (tender, framework);
    }

    private static Tender Round(Tender original, Framework framework, TenderTimeline? timeline = null, string? justification = null)
    {
        var round = Tender.ReopenRound(framework, original, "KM-IFP-2022-R2", 42, timeline ?? RoundTimeline(), false, justification);
        round.AddEvaluator(11, 1, "Ann Evaluator");
        return round;
    }

    [Fact]
    public void A_round_copies_the_lots_and_terms_unchanged_and_cannot_change_them()
    {
        var (original, framework) = Awarded();
        var round = Round(original, framework);

        Assert.True(round.IsRound);
        Assert.Equal(framework.Id, round.ReopensFrameworkId);
        Assert.Equal(42, round.KeyDecisionId);
        Assert.Equal(original.Lots.Select(l => (l.Number, l.Name, l.Category, l.AwardBasis, l.Method)), round.Lots.Select(l => (l.Number, l.Name, l.Category, l.AwardBasis, l.Method)));
        Assert.Equal(original.Lot(1).Questions, round.Lot(1).Questions);
        Assert.Equal(original.AgeBandsText, round.AgeBandsText);
        Assert.Equal(original.Indexation, round.Indexation);
        Assert.Equal(D("2024-01-02"), round.TermStart);
        Assert.Equal(framework.EndDate, round.TermEnd);

        Assert.Equal("Lots", Assert.Throws<DomainException>(() => round.RemoveLot(1)).Field);
        Assert.Equal("Lots", Assert.Throws<DomainException>(() => round.AddLot("New", PlacementCategory.Standard, [], TenderTests.Questions(),
            EvaluationMethod.Create(50, 50, PriceScoringMethod.RelativeToLowest, null, 50), AwardBasis.AllQualifying, null)).Field);
        Assert.Equal("Regime", Assert.Throws<DomainException>(() => round.Describe(round.Reference, round.Title, round.Regime, [2], 42,
            round.EstimatedValue, round.TermStart, round.TermEnd, null, round.Timeline, round.AgeBands, Indexation.Fixed(300), round.AbnormallyLowPercent)).Field);
    }

    [Fact]
    public void Awarding_a_round_admits_the_winners_after_the_existing_members_and_keeps_existing_places()
    {
        var (original, framework) = Awarded();
        var round = Round(original, framework);
        round.Publish(Instant("2023-09-01T09:00:00Z"), TenderTests.Holidays);
        round.Open(Instant("2023-09-29T13:00:00Z"), "Test");

        var results = round.AwardRound(framework, [(round.Lot(1), [Qualifying(11, 104, 1), Qualifying(12, 101, 2), Qualifying(13, 105, 3), Failing(14, 106)])],
            Prices, D("2023-10-11"), TenderTests.Holidays);

        var lot1 = framework.LotMembers.Where(m => m.LotNumber == 1).OrderBy(m => m.Rank).ToList();
        Assert.Equal([(101, 1), (102, 2), (103, 3), (104, 4), (105, 6)], lot1.Select(m => (m.ProviderId, m.Rank!.Value)));
        Assert.Equal(D("2024-01-02"), lot1.Single(m => m.ProviderId == 104).JoinedOn);
        Assert.Equal(D("2022-04-01"), lot1.Single(m => m.ProviderId == 101).JoinedOn);
        Assert.Equal([true, false, true, false], results.Select(r => r.Awarded));
        Assert.Equal(TenderStatus.Awarded, round.Status);
        Assert.Equal(framework.Id, round.FrameworkId);
        Assert.Equal(5, framework.Members.Count);
    }

    [Fact]
    public void A_closed_framework_under_the_act_cannot_be_reopened()
    {
        var (original, framework) = Awarded(ProcurementRegime.Pa2023ClosedFramework);
        var ex = Assert.Throws<DomainException>(() => Round(original, framework));
        Assert.Equal("Regime", ex.Field);
    }

    [Theory]
    [InlineData("2022-04-01")]
    [InlineData("2026-04-01")]
    public void New_providers_must_join_within_the_term(string start)
    {
        var (original, framework) = Awarded();
        var ex = Assert.Throws<DomainException>(() => Round(original, framework, RoundTimeline("2021-12-01", start)));
        Assert.Equal("StartDate", ex.Field);
    }

    [Fact]
    public void An_open_framework_first_reopened_after_3_years_needs_a_justification()
    {
        var (original, framework) = Awarded(ProcurementRegime.Pa2023OpenFramework, "2030-03-31");
        Assert.Equal(D("2025-03-31"), framework.FirstReopeningDueBy);

        Assert.True(Round(original, framework, RoundTimeline("2025-03-31", "2025-07-01")).IsRound);
        var ex = Assert.Throws<DomainException>(() => Round(original, framework, RoundTimeline("2025-04-01", "2025-07-01")));
        Assert.Equal("Justification", ex.Field);
        Assert.Equal("An open framework must first be reopened within 3 years of its start, by 31 March 2025: record why this reopening is later", ex.Message);
        Assert.Equal("Market exit in 2024", Round(original, framework, RoundTimeline("2025-04-01", "2025-07-01"), " Market exit in 2024 ").ReopeningJustification);
        Assert.True(framework.ReopeningOverdue(D("2025-04-01"), reopenedAlready: false));
        Assert.False(framework.ReopeningOverdue(D("2025-03-31"), reopenedAlready: false));
        Assert.False(framework.ReopeningOverdue(D("2025-04-01"), reopenedAlready: true));
    }

    [Fact]
    public void A_round_cannot_establish_a_framework_of_its_own()
    {
        var (original, framework) = Awarded();
        var round = Round(original, framework);
        round.Publish(Instant("2023-09-01T09:00:00Z"), TenderTests.Holidays);
        round.Open(Instant("2023-09-29T13:00:00Z"), "Test");
        Assert.Equal("Status", Assert.Throws<DomainException>(() => round.EstablishFramework([], Prices, D("2023-10-11"), TenderTests.Holidays)).Field);
    }
}
