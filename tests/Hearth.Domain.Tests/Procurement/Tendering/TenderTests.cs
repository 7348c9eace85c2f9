using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement.Tendering;

public class TenderTests
{
    internal static readonly IReadOnlySet<DateOnly> Holidays = EnglandAndWalesBankHolidays.All;

    internal static TenderTimeline Timeline(string submission = "2021-11-19T12:00:00Z") => new(
        D("2021-10-01"), Instant("2021-11-05T12:00:00Z"), Instant(submission), D("2021-11-22"), D("2022-01-10"), D("2022-04-01"));

    internal static Tender Draft(ProcurementRegime regime = ProcurementRegime.Pcr2015LightTouch, string end = "2026-03-31", string? justification = null, TenderTimeline? timeline = null) =>
        Tender.Draft("KM-IFP-2022", "Independent Fostering Framework 2022", regime, 1, [2, 1], null, Money.FromPence(45_000_000_00),
            D("2022-04-01"), D(end), justification, timeline ?? Timeline(), AgeBands.Default, Indexation.Fixed(200));

    internal static QualityQuestionnaire Questions() => QualityQuestionnaire.Create(
    [
        new(1, "Matching", QuestionKind.Scored, 60, null),
        new(2, "Support", QuestionKind.Scored, 40, null),
        new(3, "Ofsted registration", QuestionKind.PassFail, 0, null),
    ]);

    internal static Tender Published()
    {
        var tender = Draft();
        tender.AddLot("Standard", PlacementCategory.Standard, [PriceRow.CommonSupplements[0]], Questions(),
            EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 50), AwardBasis.AllQualifying, null);
        tender.AddEvaluator(11, 1, "Ann Evaluator");
        tender.AddEvaluator(12, 2, "Bob Evaluator");
        tender.Publish(Instant("2021-10-01T09:00:00Z"), Holidays);
        return tender;
    }

    [Fact]
    public void A_draft_has_the_lead_and_distinct_participants()
    {
        var tender = Draft();
        Assert.Equal(1, tender.LeadAuthorityId);
        Assert.Equal([2], tender.ParticipatingAuthorityIds);
        Assert.Equal([1, 2], tender.AuthorityIds);
        Assert.Equal(TenderStatus.Draft, tender.Status);
    }

    [Fact]
    public void A_term_past_the_regimes_maximum_needs_a_justification()
    {
        var ex = Assert.Throws<DomainException>(() => Draft(end: "2026-04-01"));
        Assert.Equal("TermJustification", ex.Field);
        Assert.Equal("The term is longer than the 4 years the regime allows: record the justification, or end it by 31 March 2026", ex.Message);
        Assert.Equal("Exceptional: market stability during reform", Draft(end: "2026-04-01", justification: " Exceptional: market stability during reform ").TermJustification);
        Assert.Null(Draft(ProcurementRegime.Pa2023OpenFramework, end: "2030-03-31").TermJustification);
    }

    [Theory]
    [InlineData("2021-09-30T12:00:00Z", "2021-11-19T12:00:00Z", "2021-11-22", "2022-01-10", "2022-04-01", "ClarificationDeadline")]
    [InlineData("2021-11-05T12:00:00Z", "2021-11-05T12:00:00Z", "2021-11-22", "2022-01-10", "2022-04-01", "SubmissionDeadline")]
    [InlineData("2021-11-05T12:00:00Z", "2021-11-19T12:00:00Z", "2021-11-18", "2022-01-10", "2022-04-01", "EvaluationDate")]
    [InlineData("2021-11-05T12:00:00Z", "2021-11-19T12:00:00Z", "2021-11-22", "2021-11-21", "2022-04-01", "AwardDate")]
    [InlineData("2021-11-05T12:00:00Z", "2021-11-19T12:00:00Z", "2021-11-22", "2022-04-01", "2022-04-01", "StartDate")]
    public void The_timeline_must_run_in_order(string clarification, string submission, string evaluation, string award, string start, string field)
    {
        var timeline = new TenderTimeline(D("2021-10-01"), Instant(clarification), Instant(submission), D(evaluation), D(award), D(start));
        Assert.Equal(field, Assert.Throws<DomainException>(() => Draft(timeline: timeline)).Field);
    }

    [Fact]
    public void Standstill_is_computed_from_the_award_date_by_regime()
    {
        // Award on Thursday 23 December 2021: PCR 10 calendar days → Sunday 2 January 2022 → rolled to the next
        // working day after the New Year bank holiday substitute (Monday 3 January) → Tuesday 4 January.
        var tender = Draft(timeline: Timeline() with { AwardDate = D("2021-12-23") });
        Assert.Equal(Standstill.EndDate(ProcurementRegime.Pcr2015LightTouch, D("2021-12-23"), Holidays), tender.PlannedStandstillEnd(Holidays));
    }

    [Fact]
    public void Publishing_needs_a_lot_and_a_future_clarification_deadline_and_then_freezes_everything()
    {
        var empty = Draft();
        Assert.Equal("Add at least one lot before publishing", Assert.Throws<DomainException>(() => empty.Publish(Instant("2021-10-01T09:00:00Z"), Holidays)).Message);

        var noPanel = Draft();
        noPanel.AddLot("Standard", PlacementCategory.Standard, [], Questions(), EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 0), AwardBasis.AllQualifying, null);
        Assert.Equal("Evaluators", Assert.Throws<DomainException>(() => noPanel.Publish(Instant("2021-10-01T09:00:00Z"), Holidays)).Field);

        var late = Draft();
        late.AddEvaluator(11, 1, "Ann");
        late.AddLot("Standard", PlacementCategory.Standard, [], Questions(), EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 0), AwardBasis.AllQualifying, null);
        Assert.Equal("ClarificationDeadline", Assert.Throws<DomainException>(() => late.Publish(Instant("2021-11-05T12:00:00Z"), Holidays)).Field);

        var tender = Published();
        Assert.Equal(TenderStatus.Published, tender.Status);
        var frozen = "The tender has been published: its lots, questions, prices and evaluation method can no longer change";
        Assert.Equal(frozen, Assert.Throws<DomainException>(() => tender.AddLot("Complex", PlacementCategory.ComplexNeeds, [], Questions(),
            EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 0), AwardBasis.AllQualifying, null)).Message);
        Assert.Equal(frozen, Assert.Throws<DomainException>(() => tender.RemoveLot(1)).Message);
        Assert.Equal(frozen, Assert.Throws<DomainException>(() => tender.Describe("X", "Y", ProcurementRegime.Pcr2015LightTouch, [], null,
            Money.FromPence(1), D("2022-04-01"), D("2023-03-31"), null, Timeline(), AgeBands.Default, Indexation.Firm, 20)).Message);
    }

    [Fact]
    public void The_panel_is_drawn_from_the_parties_and_fixed_at_opening()
    {
        var tender = Draft();
        Assert.Equal("Evaluators must work for an authority party to the tender", Assert.Throws<DomainException>(() => tender.AddEvaluator(5, 3, "Outsider")).Message);
        tender.AddEvaluator(5, 2, "Medway evaluator");
        Assert.Equal("This person is already on the evaluation panel", Assert.Throws<DomainException>(() => tender.AddEvaluator(5, 2, "Again")).Message);
        Assert.True(tender.IsEvaluator(5));
        tender.RemoveEvaluator(5);
        Assert.False(tender.IsEvaluator(5));

        var published = Published();
        published.Open(Instant("2021-11-20T09:00:00Z"), "commissioner");
        Assert.Equal("The evaluation panel is fixed once the bids are opened", Assert.Throws<DomainException>(() => published.AddEvaluator(6, 1, "Late")).Message);
    }

    [Fact]
    public void Clarifications_close_at_the_deadline_and_answers_are_published_once()
    {
        var tender = Published();
        var asked = Clarification.Ask(tender, 42, " Is respite in scope? ", Instant("2021-11-05T12:00:00Z"));
        Assert.Equal("Is respite in scope?", asked.Question);
        Assert.Equal("Question", Assert.Throws<DomainException>(() => Clarification.Ask(tender, 42, "Late?", Instant("2021-11-05T12:00:01Z"))).Field);
        Assert.Equal("Enter your question", Assert.Throws<DomainException>(() => Clarification.Ask(tender, 42, "  ", Instant("2021-11-01T12:00:00Z"))).Message);
        asked.Publish(tender, "Yes, under lot 1.", Instant("2021-11-06T09:00:00Z"));
        Assert.True(asked.IsPublished);
        Assert.Equal("This answer has already been published to bidders", Assert.Throws<DomainException>(() => asked.Publish(tender, "Again", Instant("2021-11-06T10:00:00Z"))).Message);
    }

    [Fact]
    public void Lots_are_numbered_and_named_once()
    {
        var tender = Draft();
        var method = EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 0);
        Assert.Equal(1, tender.AddLot("Standard", PlacementCategory.Standard, [], Questions(), method, AwardBasis.AllQualifying, null).Number);
        Assert.Equal(2, tender.AddLot("Parent and child", PlacementCategory.ParentAndChild, [], Questions(), method, AwardBasis.TopRanked, 5).Number);
        Assert.Equal("Name", Assert.Throws<DomainException>(() => tender.AddLot("standard", PlacementCategory.Standard, [], Questions(), method, AwardBasis.AllQualifying, null)).Field);
        Assert.Equal("TopN", Assert.Throws<DomainException>(() => tender.AddLot("Step-down", PlacementCategory.EnhancedOrStepDown, [], Questions(), method, AwardBasis.TopRanked, 0)).Field);
    }

    [Fact]
    public void Bids_are_opened_only_after_the_deadline_once()
    {
        var tender = Published();
        Assert.False(tender.BidsAreOpen);
        Assert.Equal("Status", Assert.Throws<DomainException>(() => tender.Open(Instant("2021-11-19T12:00:00Z"), "commissioner")).Field);
        tender.Open(Instant("2021-11-19T12:00:01Z"), "commissioner");
        Assert.True(tender.BidsAreOpen);
        Assert.Equal("commissioner", tender.OpenedBy);
        Assert.Throws<DomainException>(() => tender.Open(Instant("2021-11-20T12:00:00Z"), "commissioner"));
    }

    [Theory]
    [InlineData("2022-01-10", "2022-04-01")] // standstill ends Thursday 20 January: the planned start stands
    [InlineData("2022-03-22", "2022-04-02")] // ends Friday 1 April, the planned start: the framework starts the day after
    [InlineData("2022-03-31", "2022-04-12")] // 10 days is Sunday 10 April, rolled to Monday 11 April: starts 12 April
    public void The_framework_starts_on_its_planned_start_or_the_day_after_standstill(string awardedOn, string expected) =>
        Assert.Equal(D(expected), Draft().FrameworkStartIfAwardedOn(D(awardedOn), Holidays));

    [Fact]
    public void Award_needs_opened_bids_and_sets_standstill()
    {
        var tender = Published();
        Assert.Throws<DomainException>(() => tender.Award(D("2022-01-10"), Holidays, 9));
        tender.Open(Instant("2021-11-22T09:00:00Z"), "commissioner");
        tender.Award(D("2022-01-10"), Holidays, 9);
        Assert.Equal(TenderStatus.Awarded, tender.Status);
        Assert.Equal(D("2022-01-20"), tender.StandstillEnd);
        Assert.Equal(9, tender.FrameworkId);
    }
}
