using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// The re-procurement of the Kent and Medway framework (invented, labelled demo data), as far as it has got on the as-of
/// date (ADR 0027):
/// <list type="bullet">
/// <item>published on 2 November 2026, open for bids until midday on 8 January 2027, two lots; until the deadline the demo
/// provider, Brackenfold, has a draft bid for lot 1;</item>
/// <item>after the deadline every agency's bid is in and opened, then scored (from 29 January 2027) and moderated
/// (5 February 2027);</item>
/// <item>awarded on 19 February 2027 to exactly the story's members (<see cref="IsMember"/>), establishing the open framework
/// KM-IFP-2027 from 1 April 2027 to 31 March 2035 (the 8 years the Act allows an open framework), indexed each 1 April by
/// CPI capped at 3%;</item>
/// <item>once that framework is in force, its first reopening round has deadlines around the as-of date, and Brackenfold
/// (on lot 1 only) is drafting a bid for the parent and child lot.</item>
/// </list>
/// Fixed dates and its own random generator, so it never changes the rest of the demo data.
/// </summary>
public static class DemoTender
{
    public const string Reference = "KM-IFP-2027";
    public const string Title = "Kent and Medway Independent Fostering Provider Framework Agreement 2027 (demo data)";

    public static readonly DateOnly PublishedOn = new(2026, 11, 2);
    public static readonly DateTimeOffset PublishedAt = DemoStory.At(PublishedOn, 9);
    public static readonly DateTimeOffset ClarificationDeadline = DemoStory.At(new DateOnly(2026, 12, 11), 12);
    public static readonly DateTimeOffset SubmissionDeadline = DemoStory.At(new DateOnly(2027, 1, 8), 12);
    public static readonly DateTimeOffset OpenedAt = DemoStory.At(new DateOnly(2027, 1, 8), 14, 5);
    public static readonly DateTimeOffset ScoredAt = DemoStory.At(new DateOnly(2027, 1, 29), 16);
    public static readonly DateTimeOffset ModeratedAt = DemoStory.At(new DateOnly(2027, 2, 5), 15);
    public static readonly DateOnly AwardDate = new(2027, 2, 19);
    public static readonly DateOnly FrameworkStart = new(2027, 4, 1);
    public static readonly DateOnly FrameworkEnd = new(2035, 3, 31); // the 8 years an open framework may run (PA 2023 s.49)

    /// <summary>CPI for the year to each February (invented), entered by the commissioner on the third Monday of March and
    /// applied from 1 April, capped at 3%.</summary>
    private static readonly int[] CpiBasisPoints = [280, 240, 340, 210, 190, 260, 230];

    private static IEnumerable<(DateOnly From, int BasisPoints, DateOnly RecordedOn)> Uplifts() =>
        CpiBasisPoints.Select((cpi, i) =>
        {
            var from = FrameworkStart.AddYears(i + 1);
            var march = new DateOnly(from.Year, 3, 15);
            var thirdMonday = march.AddDays(((int)DayOfWeek.Monday - (int)march.DayOfWeek + 7) % 7);
            return (from, cpi, thirdMonday);
        });

    /// <summary>The agencies (by their place in the demo's list) the re-procurement awards: 32 of the 40, the demo provider among them.</summary>
    public static bool IsMember(int providerIndex) => providerIndex is < 24 or (>= 30 and < 38);

    /// <summary>Lot 1 has every agency's bid; lot 2 (parent and child) eight, not the demo provider's.</summary>
    private static bool BidsFor(int lotNumber, int providerIndex) => lotNumber == 1 || providerIndex % 5 == 1;

    public static async Task AddAsync(HearthDb db, Authority kent, Authority medway, IReadOnlyList<Provider> providers, int? frameworkId,
        int? decisionId, DateOnly asOf, CancellationToken ct)
    {
        if (asOf < PublishedOn) return;
        var writtenAt = DemoStory.WrittenAt(asOf);
        var timeline = new TenderTimeline(PublishedOn, ClarificationDeadline, SubmissionDeadline,
            new DateOnly(2027, 1, 11), AwardDate, FrameworkStart);
        var tender = Tender.Draft(Reference, Title, ProcurementRegime.Pa2023OpenFramework, kent.Id, [medway.Id], decisionId, Money.FromPounds(60_000_000m),
            FrameworkStart, FrameworkEnd, null, timeline, AgeBands.Default, Indexation.CpiCappedAt(300));
        tender.AddLot("Standard and complex needs fostering", PlacementCategory.Standard, PriceRow.CommonSupplements,
            QualityQuestionnaire.Create(
            [
                new(1, "Describe how you match children with carers and keep placements stable, with your disruption rate for the last two years.", QuestionKind.Scored, 40, 2),
                new(2, "How do you recruit, train and support carers in Kent and Medway, including out of hours?", QuestionKind.Scored, 30, null),
                new(3, "How do you improve children's education and health outcomes? Give examples and measures.", QuestionKind.Scored, 30, null),
                new(4, "Is your agency registered with Ofsted, with no current enforcement action?", QuestionKind.PassFail, 0, null),
                new(5, "Do you hold employer's liability of at least £10m and public liability of at least £5m?", QuestionKind.PassFail, 0, null),
            ]),
            EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 50), AwardBasis.AllQualifying, null);
        tender.AddLot("Parent and child", PlacementCategory.ParentAndChild, [PriceRow.CommonSupplements[1]],
            QualityQuestionnaire.Create(
            [
                new(1, "How do your carers assess and support parenting, and record evidence for court?", QuestionKind.Scored, 60, 3),
                new(2, "How do you plan for the end of a parent and child placement?", QuestionKind.Scored, 40, null),
                new(3, "Are your parent and child carers trained in assessment to a recognised standard?", QuestionKind.PassFail, 0, null),
            ]),
            EvaluationMethod.Create(40, 60, PriceScoringMethod.AffordabilityCeiling, Money.FromPounds(1_650m), 50), AwardBasis.TopRanked, 8);
        await AddPanelAsync(db, tender, kent, ct);
        tender.Publish(PublishedAt, EnglandAndWalesBankHolidays.All);
        db.Tenders.Add(tender);
        await db.SaveChangesAsync(ct);

        if (writtenAt <= SubmissionDeadline)
        {
            // Open for bids: the demo provider has started lot 1 — standard prices entered, supplements not yet, one answer drafted.
            var draftAt = DemoStory.At(new DateOnly(2026, 11, 20), 10, 30);
            if (draftAt > writtenAt) draftAt = writtenAt;
            var bid = Bid.Start(tender, 1, providers[0].Id, draftAt);
            bid.SaveDraft(tender, [new("CAT-1", 0, 845_00), new("CAT-1", 1, 865_00), new("CAT-1", 2, 910_00), new("CAT-1", 3, 955_00)],
                [new(1, "Every referral is matched by a panel of two senior social workers using our matching tool; our disruption rate was 4% in 2024-25.", null),
                 new(4, "", true)],
                false, draftAt, "Standard fostering");
            db.Bids.Add(bid);
            await db.SaveChangesAsync(ct);
            return;
        }

        // The deadline has passed: every agency's bid is in. Members score 3 to 5; the others fall below the threshold.
        var rng = new Random(20270108);
        var bids = new List<(Bid Bid, bool Member)>();
        for (var i = 0; i < providers.Count; i++)
        {
            var member = IsMember(i);
            var at = SubmissionDeadline.AddDays(-rng.Next(1, 20)).AddMinutes(-rng.Next(0, 600));
            if (BidsFor(1, i)) bids.Add((DemoBidding.Submit(tender, 1, providers[i].Id, 800 + rng.Next(0, 220), at, passes: true, rng), member));
            if (BidsFor(2, i)) bids.Add((DemoBidding.Submit(tender, 2, providers[i].Id, 1_350 + rng.Next(0, 120), at, passes: true, rng), member));
        }
        db.Bids.AddRange(bids.Select(b => b.Bid));
        await db.SaveChangesAsync(ct);
        if (writtenAt <= OpenedAt) return;
        tender.Open(OpenedAt, "Sarah Chalk");
        await db.SaveChangesAsync(ct);
        if (writtenAt <= ScoredAt) return;

        var moderated = writtenAt > ModeratedAt ? ModeratedAt : (DateTimeOffset?)null;
        var lots = DemoBidding.Evaluate(db, tender, bids, rng, ScoredAt, moderated,
            "Consensus reached at the moderation meeting on 5 February 2027 after reviewing the evidence in the answer.");
        await db.SaveChangesAsync(ct);
        if (asOf < AwardDate || frameworkId is not { } id) return;

        var framework = await db.Frameworks.Include(f => f.Members).Include(f => f.LotMembers).Include(f => f.Parties).Include(f => f.Uplifts)
            .AsSplitQuery().SingleAsync(f => f.Id == id, ct);
        foreach (var (lot, lotBids, results) in lots)
            db.TenderResults.AddRange(framework.AwardLot(tender.Id, lot, results!, bidId => lotBids.Single(b => b.Id == bidId).LatestSubmission!.Prices,
                tender.AgeBandsText, framework.StartDate));
        framework.AwardedFrom(tender.Id, tender.Indexation);
        tender.Award(AwardDate, EnglandAndWalesBankHolidays.All, framework.Id);
        foreach (var (from, basisPoints, recordedOn) in Uplifts())
            if (asOf >= recordedOn) framework.ApplyIndexation(from, basisPoints, decisionId!.Value, recordedOn);
        await db.SaveChangesAsync(ct);

        if (asOf >= FrameworkStart) await AddReopeningAsync(db, tender, framework, kent, providers[0], decisionId!.Value, asOf, ct);
    }

    /// <summary>The framework's first reopening round, with deadlines around the as-of date; the demo provider drafting lot 2.</summary>
    private static async Task AddReopeningAsync(HearthDb db, Tender original, Framework framework, Authority kent, Provider bidder, int decisionId,
        DateOnly asOf, CancellationToken ct)
    {
        var (published, clarification, submission, evaluation, award, start) = DemoStory.ReopeningTimeline(asOf);
        var late = framework.FirstReopeningDueBy is { } due && published > due
            ? "The first reopening was held back until the framework's 2027 members had a full year of call-offs to be measured on (demo data)."
            : null;
        var round = Tender.ReopenRound(framework, original, DemoStory.ReopeningReference, decisionId,
            new TenderTimeline(published, clarification, submission, evaluation, award, start), false, late);
        await AddPanelAsync(db, round, kent, ct);
        var publishedAt = DemoStory.At(published, 9);
        round.Publish(publishedAt, EnglandAndWalesBankHolidays.All);
        db.Tenders.Add(round);
        await db.SaveChangesAsync(ct);

        var draftAt = publishedAt.AddDays(1) < DemoStory.WrittenAt(asOf) ? publishedAt.AddDays(1) : DemoStory.WrittenAt(asOf);
        var bid = Bid.Start(round, 2, bidder.Id, draftAt);
        bid.SaveDraft(round, [new("CAT-4", 0, 1_420_00), new("CAT-4", 1, 1_450_00)],
            [new(1, "Our parent and child carers are trained in the PAMS assessment framework and write weekly observations the court can rely on.", null)],
            false, draftAt, "Parent and child");
        db.Bids.Add(bid);
        await db.SaveChangesAsync(ct);
    }

    private static async Task AddPanelAsync(HearthDb db, Tender tender, Authority kent, CancellationToken ct)
    {
        var panel = await db.Users.Where(u => u.OrganisationId == kent.Id && (u.Email == "commissioner@kent" + DemoData.EmailDomain || u.Email == "contracts@kent" + DemoData.EmailDomain))
            .OrderBy(u => u.Email).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        foreach (var member in panel) tender.AddEvaluator(member.Id, kent.Id, member.DisplayName);
    }
}
