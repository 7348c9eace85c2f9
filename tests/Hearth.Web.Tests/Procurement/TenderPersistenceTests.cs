using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Procurement;

/// <summary>A tender, its lots (questions and method as JSON), a bid and its receipted submission survive a round trip.</summary>
public sealed class TenderPersistenceTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tender_lot_bid_and_submission_round_trip_and_the_audit_never_holds_bid_content()
    {
        var (kentId, medwayId, providerId, userId) = await app.WithDbAsync(async db => (
            await db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync(Ct),
            await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct),
            await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct),
            await db.Users.Where(u => u.Email == "commissioner@kent.example").Select(u => u.Id).SingleAsync(Ct)));
        var now = TestClock.Now;
        var timeline = new TenderTimeline(DateOnly.FromDateTime(now.UtcDateTime), now.AddDays(10), now.AddDays(20),
            DateOnly.FromDateTime(now.AddDays(21).UtcDateTime), DateOnly.FromDateTime(now.AddDays(40).UtcDateTime), DateOnly.FromDateTime(now.AddDays(60).UtcDateTime));
        var reference = "RT-" + Guid.NewGuid().ToString("N")[..8];

        var (tenderId, bidId) = await app.WithDbAsync(async db =>
        {
            var tender = Tender.Draft(reference, "Round trip", ProcurementRegime.Pcr2015LightTouch, kentId, [medwayId], null,
                Money.FromPence(1_000_000_00), timeline.StartDate, timeline.StartDate.AddYears(4).AddDays(-1), null, timeline,
                AgeBands.Default, Indexation.CpiCappedAt(300));
            tender.AddLot("Standard", PlacementCategory.Standard, [PriceRow.CommonSupplements[0]],
                QualityQuestionnaire.Create([new(1, "Matching", QuestionKind.Scored, 100, 2), new(2, "Registered?", QuestionKind.PassFail, 0, null)]),
                EvaluationMethod.Create(40, 60, PriceScoringMethod.AffordabilityCeiling, Money.FromPence(1_200_00), 50), AwardBasis.TopRanked, 10);
            tender.AddEvaluator(userId, kentId, "Sarah Chalk");
            tender.Publish(now, EnglandAndWalesBankHolidays.All);
            db.Tenders.Add(tender);
            await db.SaveChangesAsync(Ct);
            var bid = Bid.Start(tender, 1, providerId, now);
            bid.SaveDraft(tender,
                [.. Enumerable.Range(0, 4).Select(i => new BidPrice("CAT-1", i, 900_00 + i)), .. Enumerable.Range(0, 4).Select(i => new BidPrice("SUP-SIBLING", i, 50_00))],
                [new(1, "SECRET-ANSWER-TEXT", null), new(2, "", true)], true, now, "Standard fostering");
            bid.Submit(tender, now, "Standard fostering");
            db.Bids.Add(bid);
            await db.SaveChangesAsync(Ct);
            return (tender.Id, bid.Id);
        });

        await app.WithDbAsync(async db =>
        {
            var tender = await db.Tenders.Include(t => t.Lots).Include(t => t.Parties).Include(t => t.Evaluators).SingleAsync(t => t.Id == tenderId, Ct);
            Assert.Equal(TenderStatus.Published, tender.Status);
            Assert.Equal([kentId, medwayId], tender.AuthorityIds);
            Assert.Equal(Indexation.CpiCappedAt(300), tender.Indexation);
            Assert.Equal(timeline.SubmissionDeadline.ToUnixTimeMilliseconds(), tender.Timeline.SubmissionDeadline.ToUnixTimeMilliseconds());
            var lot = Assert.Single(tender.Lots);
            Assert.Equal(Money.FromPence(1_200_00), lot.Method.Ceiling);
            Assert.Equal(2, lot.Questionnaire.Questions.Count);
            Assert.Equal("SUP-SIBLING", Assert.Single(lot.Supplements).Code);
            Assert.True(tender.IsEvaluator(userId));

            var bid = await db.Bids.Include(b => b.Submissions).SingleAsync(b => b.Id == bidId, Ct);
            Assert.Equal(BidStatus.Submitted, bid.Status);
            Assert.Equal(8, bid.Prices.Count);
            var receipt = Assert.Single(bid.Submissions);
            Assert.True(receipt.MatchesReceipt);
            Assert.Equal(Money.FromPence(900_02), bid.Schedule(tender, "Standard fostering").EvaluatedPrice()); // mean of 900.00–900.03 = 900.015 → 900.02

            var audit = await db.AuditEntries.Where(a => (a.Entity == nameof(Bid) && a.EntityId == bidId.ToString()) || a.Entity == nameof(BidSubmission))
                .Select(a => new { a.Changes, a.OwnerOrganisationId }).ToListAsync(Ct);
            Assert.NotEmpty(audit);
            Assert.All(audit, a => Assert.DoesNotContain("SECRET-ANSWER-TEXT", a.Changes));
            Assert.All(audit, a => Assert.DoesNotContain("90001", a.Changes));
            Assert.Contains(audit, a => a.Changes.Contains("(sealed)", StringComparison.Ordinal));
            return 0;
        });
    }
}
