using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// The re-procurement of the Kent and Medway framework (invented, labelled demo data): published on 2 November 2026 and
/// open for bids until midday on 8 January 2027, with two lots and the demo provider's draft bid for lot 1. Fixed dates
/// and no random draws, so it never changes the rest of the demo data.
/// </summary>
public static class DemoTender
{
    public const string Reference = "KM-IFP-2027";

    public static readonly DateTimeOffset PublishedAt = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ClarificationDeadline = new(2026, 12, 11, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SubmissionDeadline = new(2027, 1, 8, 12, 0, 0, TimeSpan.Zero);

    public static async Task AddAsync(HearthDb db, Authority kent, Authority medway, Provider bidder, DateOnly asOf, CancellationToken ct)
    {
        if (asOf < DateOnly.FromDateTime(PublishedAt.UtcDateTime)) return;
        var timeline = new TenderTimeline(new DateOnly(2026, 11, 2), ClarificationDeadline, SubmissionDeadline,
            new DateOnly(2027, 1, 11), new DateOnly(2027, 2, 19), new DateOnly(2027, 4, 1));
        var tender = Tender.Draft(Reference, "Kent and Medway Independent Fostering Provider Framework Agreement 2027: re-procurement (demo data)",
            ProcurementRegime.Pa2023ClosedFramework, kent.Id, [medway.Id], null, Money.FromPounds(60_000_000m),
            new DateOnly(2027, 4, 1), new DateOnly(2031, 3, 31), null, timeline, AgeBands.Default, Indexation.CpiCappedAt(300));
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
        var panel = await db.Users.Where(u => u.OrganisationId == kent.Id && (u.Email == "commissioner@kent" + DemoData.EmailDomain || u.Email == "contracts@kent" + DemoData.EmailDomain))
            .OrderBy(u => u.Email).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        foreach (var member in panel) tender.AddEvaluator(member.Id, kent.Id, member.DisplayName);
        tender.Publish(PublishedAt, EnglandAndWalesBankHolidays.All);
        db.Tenders.Add(tender);
        await db.SaveChangesAsync(ct);

        // The demo provider has started lot 1: standard prices entered, supplements not yet, one answer drafted.
        var draftAt = new DateTimeOffset(2026, 11, 20, 10, 30, 0, TimeSpan.Zero);
        var bid = Bid.Start(tender, 1, bidder.Id, draftAt);
        bid.SaveDraft(tender, [new("CAT-1", 0, 845_00), new("CAT-1", 1, 865_00), new("CAT-1", 2, 910_00), new("CAT-1", 3, 955_00)],
            [new(1, "Every referral is matched by a panel of two senior social workers using our matching tool; our disruption rate was 4% in 2024-25.", null),
             new(4, "", true)],
            false, draftAt, "Standard fostering");
        db.Bids.Add(bid);
        await db.SaveChangesAsync(ct);
    }
}
