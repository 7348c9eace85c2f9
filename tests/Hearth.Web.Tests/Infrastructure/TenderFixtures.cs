using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>
/// Tenders at each stage for tests that need one (the scoping matrix, sealed-bid checks): built with the domain, in
/// the past (2020), so their deadlines have passed without waiting.
/// </summary>
public static class TenderFixtures
{
    public static readonly TenderTimeline PastTimeline = new(
        new DateOnly(2020, 1, 6), new DateTimeOffset(2020, 2, 3, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2020, 3, 2, 12, 0, 0, TimeSpan.Zero),
        new DateOnly(2020, 3, 3), new DateOnly(2020, 4, 1), new DateOnly(2020, 6, 1));

    public static readonly DateTimeOffset PublishedAt = new(2020, 1, 6, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset BidAt = new(2020, 2, 20, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset OpenedAt = new(2020, 3, 2, 13, 0, 0, TimeSpan.Zero);

    public const string Category = "Standard fostering";

    /// <summary>A small file that passes as a PDF (it starts "%PDF-"); its text makes each one's SHA-256 differ.</summary>
    public static byte[] Pdf(string text) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n");

    /// <summary>A small file that passes as a DOCX: a zip signature and a word/ entry name.</summary>
    public static byte[] Docx(string text) => [.. "PK\u0003\u0004"u8.ToArray(), .. System.Text.Encoding.ASCII.GetBytes($"word/document.xml {text}")];

    public static Tender Draft(string reference, int authorityId, TenderTimeline? timeline = null)
    {
        var t = timeline ?? PastTimeline;
        var tender = Tender.Draft(reference, "Test tender " + reference, ProcurementRegime.Pcr2015LightTouch, authorityId, [], null,
            Money.FromPence(10_000_000_00), t.StartDate, t.StartDate.AddYears(2).AddDays(-1), null, t, AgeBands.Default, Indexation.Firm);
        tender.AddLot("Standard fostering", PlacementCategory.Standard, [],
            QualityQuestionnaire.Create([new(1, "Matching", QuestionKind.Scored, 100, null), new(2, "Registered?", QuestionKind.PassFail, 0, null)]),
            EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 0), AwardBasis.AllQualifying, null);
        return tender;
    }

    /// <summary>The commissioners and contract managers of an authority: every one of them is put on the panel.</summary>
    public static async Task<List<(int Id, string Name)>> EvaluatorsAsync(HearthDb db, int authorityId)
    {
        var roleIds = await db.Roles.Where(r => r.Name == Roles.Commissioner || r.Name == Roles.ContractManager).Select(r => r.Id).ToListAsync();
        return (await db.Users.Where(u => u.OrganisationId == authorityId && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync()).Select(u => (u.Id, u.DisplayName)).ToList();
    }

    /// <summary>A published tender (deadline in 2020, passed) with a submitted bid from each provider given.</summary>
    public static async Task<(Tender Tender, List<Bid> Bids)> PublishedWithBidsAsync(HearthDb db, string reference, int authorityId, IReadOnlyList<int> providerIds)
    {
        var tender = Draft(reference, authorityId);
        foreach (var (id, name) in await EvaluatorsAsync(db, authorityId)) tender.AddEvaluator(id, authorityId, name);
        tender.Publish(PublishedAt, EnglandAndWalesBankHolidays.All);
        db.Tenders.Add(tender);
        await db.SaveChangesAsync();
        var bids = new List<Bid>();
        foreach (var (providerId, i) in providerIds.Select((p, i) => (p, i)))
        {
            var bid = Bid.Start(tender, 1, providerId, BidAt);
            bid.SaveDraft(tender, [.. Enumerable.Range(0, 4).Select(b => new BidPrice("CAT-1", b, 900_00 + i * 50_00))],
                [new(1, $"Answer from provider {providerId}", null), new(2, "", true)], true, BidAt, Category);
            // Each bid carries one file, saved before submitting so the submission records the file's id.
            bid.Attach(tender, $"Safeguarding policy {providerId}.pdf", "Safeguarding policy", Pdf($"Safeguarding policy of provider {providerId}"), BidAt);
            db.Bids.Add(bid);
            await db.SaveChangesAsync();
            bid.Submit(tender, BidAt, Category);
            bids.Add(bid);
        }
        await db.SaveChangesAsync();
        return (tender, bids);
    }

    /// <summary>Opens the bids, has every evaluator score and the commissioner moderate, evaluates, and awards to a new framework.</summary>
    public static async Task AwardAsync(HearthDb db, Tender tender, IReadOnlyList<Bid> bids)
    {
        tender.Open(OpenedAt, "fixture");
        var lot = tender.Lot(1);
        var panel = new EvaluationPanel(tender.Evaluators.Select(e => e.UserId.ToString()).ToList(), lot.Questionnaire);
        foreach (var bid in bids)
        {
            foreach (var evaluator in panel.Evaluators) db.IndividualScores.Add(panel.Score(evaluator, bid.Id, 1, 3, "Fixture score", OpenedAt));
            db.ModeratedScores.Add(panel.Moderate(panel.Evaluators.First(), bid.Id, 1, 3, "Fixture consensus", OpenedAt));
        }
        var results = LotEvaluation.Evaluate(lot.Method, lot.Questionnaire, bids.Select(b => new BidForEvaluation(b.Id, b.ProviderId,
            b.LatestSubmission!.SubmittedAt, b.LatestSubmission.Schedule(tender, 1, Category),
            new Dictionary<int, bool> { [2] = true }, panel.ModeratedScoresFor(b.Id))).ToList());
        var (framework, awarded) = tender.EstablishFramework([(lot, results)], id => bids.Single(b => b.Id == id).LatestSubmission!.Prices,
            PastTimeline.AwardDate, EnglandAndWalesBankHolidays.All);
        db.TenderResults.AddRange(awarded);
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync();
        tender.Award(PastTimeline.AwardDate, EnglandAndWalesBankHolidays.All, framework.Id);
        await db.SaveChangesAsync();
    }
}
