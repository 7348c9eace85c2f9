using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// The tender that awarded the 2022 framework (decision 21/00077), as it would have run in Hearth: published in
/// October 2021, 40 agencies bidding for the standard lot and some for the other two, bids opened after midday on
/// 19 November 2021, scored by two evaluators and moderated, awarded on 10 January 2022 with prices firm for the term
/// (as the decision says). The agencies awarded a place are exactly the framework's members. Invented scores and
/// prices (labelled demo data), drawn from their own seeded generator so the rest of the demo data is unchanged.
/// </summary>
public static class DemoTender2022
{
    public const string Reference = "KM-IFP-2022";

    private static readonly TenderTimeline Timeline = new(
        new DateOnly(2021, 10, 14), new DateTimeOffset(2021, 11, 5, 12, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2021, 11, 19, 12, 0, 0, TimeSpan.Zero), new DateOnly(2021, 11, 22), new DateOnly(2022, 1, 10), new DateOnly(2022, 4, 1));

    public static async Task AddAsync(HearthDb db, Authority kent, Authority medway, IReadOnlyList<Provider> providers,
        int frameworkId, int decisionId, CancellationToken ct)
    {
        var rng = new Random(20211119);
        // Loaded afresh: the placement generator clears the change tracker as it goes.
        var framework = await db.Frameworks.Include(f => f.Members).Include(f => f.LotMembers).Include(f => f.Parties)
            .AsSplitQuery().SingleAsync(f => f.Id == frameworkId, ct);
        var tender = Tender.Draft(Reference, framework.Title, ProcurementRegime.Pcr2015LightTouch, kent.Id, [medway.Id], decisionId,
            Money.FromPounds(46_000_000m), Timeline.StartDate, new DateOnly(2026, 3, 31), null, Timeline, AgeBands.Default, Indexation.Firm);
        var standard = Questions(
            "Describe how you match children with carers and keep placements stable, with your disruption rate for the last two years.",
            "How do you recruit, train and support carers in Kent and Medway, including out of hours?",
            "How do you improve children's education and health outcomes? Give examples and measures.");
        tender.AddLot("Standard fostering", PlacementCategory.Standard, PriceRow.CommonSupplements, standard,
            EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 50), AwardBasis.AllQualifying, null);
        tender.AddLot("Complex needs and step-down", PlacementCategory.ComplexNeeds, [PriceRow.CommonSupplements[1]], Questions(
            "How do your carers care for children with complex needs, and what therapeutic support do you provide?",
            "How do you support step-down from residential care?",
            "How do you work with health and education partners for children with complex needs?"),
            EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 50), AwardBasis.AllQualifying, null);
        tender.AddLot("Parent and child", PlacementCategory.ParentAndChild, [], Questions(
            "How do your carers assess and support parenting, and record evidence for court?",
            "How do you plan for the end of a parent and child placement?",
            "How do you support parents with learning needs?"),
            EvaluationMethod.Create(40, 60, PriceScoringMethod.AffordabilityCeiling, Money.FromPounds(1_800m), 50), AwardBasis.TopRanked, 8);
        var evaluators = await db.Users.Where(u => u.OrganisationId == kent.Id
                && (u.Email == "commissioner@kent" + DemoData.EmailDomain || u.Email == "contracts@kent" + DemoData.EmailDomain))
            .OrderBy(u => u.Email).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        foreach (var e in evaluators) tender.AddEvaluator(e.Id, kent.Id, e.DisplayName);
        tender.Publish(new DateTimeOffset(2021, 10, 14, 9, 0, 0, TimeSpan.Zero), EnglandAndWalesBankHolidays.All);
        db.Tenders.Add(tender);
        await db.SaveChangesAsync(ct);

        // Who bids where: every agency for the standard lot; a third for complex needs; eight for parent and child.
        // The framework's members must come out on top: they score 3 to 5, the others 1 or 2 (below the threshold)
        // or fail a pass/fail question.
        var memberIds = framework.Members.Select(m => m.ProviderId).ToHashSet();
        var bids = new List<(Bid Bid, bool Member)>();
        for (var i = 0; i < providers.Count; i++)
        {
            var provider = providers[i];
            var member = memberIds.Contains(provider.Id);
            var at = Timeline.SubmissionDeadline.AddDays(-rng.Next(1, 12)).AddMinutes(-rng.Next(0, 600));
            bids.Add((DemoBidding.Submit(tender, 1, provider.Id, 760 + rng.Next(0, 220), at, passes: member || i % 3 != 0, rng), member));
            if (i % 3 == 0) bids.Add((DemoBidding.Submit(tender, 2, provider.Id, 980 + rng.Next(0, 260), at, passes: true, rng), member));
            if (i % 5 == 0) bids.Add((DemoBidding.Submit(tender, 3, provider.Id, 1_500 + rng.Next(0, 250), at, passes: true, rng), member));
        }
        db.Bids.AddRange(bids.Select(b => b.Bid));
        await db.SaveChangesAsync(ct);

        tender.Open(new DateTimeOffset(2021, 11, 19, 14, 5, 0, TimeSpan.Zero), "Sarah Chalk");
        var scoredAt = new DateTimeOffset(2021, 12, 6, 16, 0, 0, TimeSpan.Zero);
        foreach (var (lot, lotBids, results) in DemoBidding.Evaluate(db, tender, bids, rng, scoredAt, scoredAt.AddDays(2),
                     "Consensus reached at the moderation meeting on 8 December 2021 after reviewing the evidence in the answer."))
            // The one award rule: the framework's members are exactly the qualifying bidders (the others score below the threshold).
            db.TenderResults.AddRange(framework.AwardLot(tender.Id, lot, results!, id => lotBids.Single(b => b.Id == id).LatestSubmission!.Prices,
                tender.AgeBandsText, framework.StartDate));
        framework.AwardedFrom(tender.Id, tender.Indexation);
        tender.Award(Timeline.AwardDate, EnglandAndWalesBankHolidays.All, framework.Id);
        await db.SaveChangesAsync(ct);
    }

    private static QualityQuestionnaire Questions(string first, string second, string third) => QualityQuestionnaire.Create(
    [
        new(1, first, QuestionKind.Scored, 40, 2),
        new(2, second, QuestionKind.Scored, 30, null),
        new(3, third, QuestionKind.Scored, 30, null),
        new(4, "Is your agency registered with Ofsted, with no current enforcement action?", QuestionKind.PassFail, 0, null),
    ]);
}
