using System.Net;
using System.Text.Json;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Testing;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Procurement;

/// <summary>
/// Reopening a framework (a new tender round on the same terms, awarded through the award page) and indexation applied as
/// a variation (price lists per year on the framework page and the API, with supplements).
/// </summary>
public sealed class TenderRoundTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Every date is relative to the suite's today (ADR 0027). The framework was awarded two months ago and starts in two: it is
    // never in force while the suite runs, so it is never the call-off route other tests' call-offs go through, and a round
    // awarded today can still admit providers.
    private static DateOnly Today => TestClock.Today;
    private static DateTimeOffset Noon(DateOnly day) => London.At(day, new TimeOnly(12, 0));
    private static DateOnly FrameworkStart => Today.AddDays(60);
    private static DateOnly FrameworkEnd => FrameworkStart.AddYears(2).AddDays(-1);
    private static DateOnly RoundStart => FrameworkStart.AddDays(30);
    /// <summary>The first 1 April after the framework starts: its first indexation.</summary>
    private static DateOnly FirstApril => new DateOnly(FrameworkStart.Year, 4, 1) > FrameworkStart ? new DateOnly(FrameworkStart.Year, 4, 1) : new DateOnly(FrameworkStart.Year + 1, 4, 1);
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    private static TenderTimeline Original => new(
        Today.AddDays(-120), Noon(Today.AddDays(-100)), Noon(Today.AddDays(-80)), Today.AddDays(-79), Today.AddDays(-60), FrameworkStart);

    private static readonly PriceRow Sibling = PriceRow.CommonSupplements[0];

    private static Dictionary<string, string> Date(string prefix, DateOnly d) => new()
    {
        [prefix + ".Day"] = d.Day.ToString(), [prefix + ".Month"] = d.Month.ToString(), [prefix + ".Year"] = d.Year.ToString(),
    };

    /// <summary>Bids (category and sibling supplement), scores, moderates and returns the bids of an opened tender.</summary>
    private static async Task<List<Bid>> BidAsync(HearthDb db, Tender tender, IReadOnlyList<int> providers, DateTimeOffset at, long basePence)
    {
        var bids = new List<Bid>();
        foreach (var (providerId, i) in providers.Select((p, i) => (p, i)))
        {
            var bid = Bid.Start(tender, 1, providerId, at);
            bid.SaveDraft(tender, [.. Enumerable.Range(0, 4).SelectMany(b => new[] { new BidPrice("CAT-1", b, basePence + i * 50_00), new BidPrice(Sibling.Code, b, 100_00 + i) })],
                [new(1, $"Answer from provider {providerId}", null), new(2, "", true)], true, at, TenderFixtures.Category);
            bid.Submit(tender, at, TenderFixtures.Category);
            db.Bids.Add(bid);
            bids.Add(bid);
        }
        await db.SaveChangesAsync(Ct);
        return bids;
    }

    private static async Task ModerateAsync(HearthDb db, Tender tender, IEnumerable<Bid> bids, DateTimeOffset at)
    {
        var panel = new EvaluationPanel(tender.Evaluators.Select(e => e.UserId.ToString()).ToList(), tender.Lot(1).Questionnaire);
        foreach (var bid in bids)
        {
            foreach (var evaluator in panel.Evaluators) db.IndividualScores.Add(panel.Score(evaluator, bid.Id, 1, 3, "Score", at));
            db.ModeratedScores.Add(panel.Moderate(panel.Evaluators.First(), bid.Id, 1, 3, "Consensus", at));
        }
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>A Medway framework (starting in 60 days, for two years), CPI capped at 3%, awarded from a tender to two providers.</summary>
    private async Task<(int FrameworkId, int TenderId, int DecisionId, List<int> Providers)> ArrangeAsync() => await app.WithDbAsync(async db =>
    {
        var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
        var reference = "RND-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var providers = await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).Skip(4).Take(4).ToListAsync(Ct);
        var tender = Tender.Draft(reference, "Round test " + reference, ProcurementRegime.Pcr2015LightTouch, medway, [], null,
            Money.FromPence(10_000_000_00), Original.StartDate, FrameworkEnd, null, Original, AgeBands.Default, Indexation.CpiCappedAt(300));
        tender.AddLot("Standard fostering", PlacementCategory.Standard, [Sibling],
            QualityQuestionnaire.Create([new(1, "Matching", QuestionKind.Scored, 100, null), new(2, "Registered?", QuestionKind.PassFail, 0, null)]),
            EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 0), AwardBasis.AllQualifying, null);
        foreach (var (id, name) in await TenderFixtures.EvaluatorsAsync(db, medway)) tender.AddEvaluator(id, medway, name);
        tender.Publish(London.At(Original.PublicationDate, new TimeOnly(9, 0)), EnglandAndWalesBankHolidays.All);
        db.Tenders.Add(tender);
        await db.SaveChangesAsync(Ct);
        var bids = await BidAsync(db, tender, providers.Take(2).ToList(), Noon(Today.AddDays(-90)), 900_00);
        tender.Open(Original.SubmissionDeadline.AddHours(1), "fixture");
        await ModerateAsync(db, tender, bids, Noon(Original.EvaluationDate));
        var lot = tender.Lot(1);
        var results = LotEvaluation.Evaluate(lot.Method, lot.Questionnaire, bids.Select(b => new BidForEvaluation(b.Id, b.ProviderId, b.LatestSubmission!.SubmittedAt,
            b.LatestSubmission.Schedule(tender, 1, TenderFixtures.Category), new Dictionary<int, bool> { [2] = true }, new Dictionary<int, int> { [1] = 3 })).ToList());
        var (framework, awarded) = tender.EstablishFramework([(lot, results)], id => bids.Single(b => b.Id == id).LatestSubmission!.Prices, Original.AwardDate, EnglandAndWalesBankHolidays.All);
        db.TenderResults.AddRange(awarded);
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync(Ct);
        tender.Award(Original.AwardDate, EnglandAndWalesBankHolidays.All, framework.Id);
        var decision = KeyDecision.Propose(medway, reference + "/R", "Reopening " + reference, "Cabinet Member", Money.FromPounds(100_000m), 1);
        db.KeyDecisions.Add(decision);
        await db.SaveChangesAsync(Ct);
        return (framework.Id, tender.Id, decision.Id, providers);
    });

    [Fact]
    public async Task Reopening_drafts_a_round_on_the_same_terms_and_its_award_admits_new_providers_after_the_existing_members()
    {
        var (id, originalId, decision, providers) = await ArrangeAsync();
        using var commissioner = await app.SignInAsync("commissioner@medway.example");
        var url = $"/frameworks/{id}/variations";
        var version = await app.WithDbAsync(db => db.Frameworks.Where(f => f.Id == id).Select(f => f.Version).SingleAsync(Ct));
        var roundReference = "R2-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        Dictionary<string, string> Form(string reference, string? decisionId, DateOnly start) => new Dictionary<string, string>
            { ["Reopen.Reference"] = reference, ["Reopen.DecisionId"] = decisionId ?? "", ["Reopen.Version"] = version.ToString() }
            .Concat(Date("Reopen.PublicationDate", Today.AddDays(-40))).Concat(Date("Reopen.ClarificationDeadline", Today.AddDays(-30)))
            .Concat(Date("Reopen.SubmissionDeadline", Today.AddDays(-20))).Concat(Date("Reopen.EvaluationDate", Today.AddDays(-19)))
            .Concat(Date("Reopen.AwardDate", Today)).Concat(Date("Reopen.StartDate", start))
            .ToDictionary(kv => kv.Key, kv => kv.Value);

        // Bad input: no decision; new providers joining after the framework ends; a reference already used. Nothing saved.
        var noDecision = await UserSession.ParseAsync(await commissioner.PostFormAsync(url + "?handler=Reopen", Form(roundReference, null, RoundStart)));
        Assert.Contains("Select the decision that authorises reopening the framework", UserSession.ErrorSummary(noDecision));
        Assert.Equal(roundReference, noDecision.QuerySelector("#Reopen_Reference")!.GetAttribute("value"));
        var late = await UserSession.ParseAsync(await commissioner.PostFormAsync(url + "?handler=Reopen", Form(roundReference, decision.ToString(), FrameworkEnd.AddDays(1))));
        Assert.Contains("New providers must join while the framework is in force", UserSession.ErrorSummary(late));
        var originalReference = await app.WithDbAsync(db => db.Tenders.Where(t => t.Id == originalId).Select(t => t.Reference).SingleAsync(Ct));
        var taken = await UserSession.ParseAsync(await commissioner.PostFormAsync(url + "?handler=Reopen", Form(originalReference, decision.ToString(), RoundStart)));
        Assert.Contains("There is already a tender with the reference", UserSession.ErrorSummary(taken));
        Assert.False(await app.WithDbAsync(db => db.Tenders.AnyAsync(t => t.ReopensFrameworkId == id, Ct)));

        var drafted = await commissioner.PostFormAsync(url + "?handler=Reopen", Form(roundReference, decision.ToString(), RoundStart));
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);

        // The round: the framework's lots, supplements, questions and method unchanged; linked to the framework and the decision.
        var (roundId, roundVersion) = await app.WithDbAsync(async db =>
        {
            var original = await db.Tenders.Include(t => t.Lots).SingleAsync(t => t.Id == originalId, Ct);
            var round = await db.Tenders.Include(t => t.Lots).Include(t => t.Parties).Include(t => t.Evaluators).SingleAsync(t => t.Reference == roundReference, Ct);
            Assert.Equal(id, round.ReopensFrameworkId);
            Assert.Equal(originalId, round.RoundOfTenderId);
            Assert.Equal(decision, round.KeyDecisionId);
            Assert.Equal(original.Indexation, round.Indexation);
            Assert.Equal(original.Lot(1).Supplements, round.Lot(1).Supplements);
            Assert.Equal(original.Lot(1).Questions, round.Lot(1).Questions);
            Assert.Equal(original.Lot(1).Method, round.Lot(1).Method);
            // The commissioner adds the panel and publishes; two new providers and an existing member bid; opened; moderated.
            var medway = round.LeadAuthorityId;
            foreach (var (uid, name) in await TenderFixtures.EvaluatorsAsync(db, medway)) round.AddEvaluator(uid, medway, name);
            round.Publish(London.At(Today.AddDays(-40), new TimeOnly(9, 0)), EnglandAndWalesBankHolidays.All);
            await db.SaveChangesAsync(Ct);
            var bids = await BidAsync(db, round, [providers[2], providers[0], providers[3]], Noon(Today.AddDays(-25)), 800_00);
            round.Open(round.Timeline.SubmissionDeadline.AddHours(1), "fixture");
            await ModerateAsync(db, round, bids, Noon(Today.AddDays(-19)));
            return (round.Id, round.Version);
        });
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync($"/tenders/{roundId}/award", new() { ["Version"] = roundVersion.ToString() })).StatusCode);

        await app.WithDbAsync(async db =>
        {
            var framework = await db.Frameworks.Include(f => f.LotMembers).Include(f => f.Members).SingleAsync(f => f.Id == id, Ct);
            var lot1 = framework.LotMembers.OrderBy(m => m.Rank).Select(m => (m.ProviderId, m.Rank)).ToList();
            // Existing members keep ranks 1 and 2; the round's winners follow in the round's order; the member who bid again is not added twice.
            Assert.Equal([(providers[0], (int?)1), (providers[1], 2), (providers[2], 3), (providers[3], 5)], lot1);
            Assert.Equal(4, framework.Members.Count);
            var round = await db.Tenders.SingleAsync(t => t.Id == roundId, Ct);
            Assert.Equal(TenderStatus.Awarded, round.Status);
            Assert.Equal(id, round.FrameworkId);
            Assert.Equal([true, false, true], await db.TenderResults.Where(r => r.TenderId == roundId).OrderBy(r => r.Rank).Select(r => r.Awarded).ToListAsync(Ct));
            return 0;
        });
        var (_, variations) = await commissioner.GetPageAsync(url);
        Assert.Contains(roundReference, variations.QuerySelector("#rounds")!.TextContent);
    }

    [Fact]
    public async Task Indexation_applies_from_1_april_to_every_member_and_the_framework_page_and_api_show_a_price_list_per_year_with_supplements()
    {
        var (id, _, decision, providers) = await ArrangeAsync();
        using var commissioner = await app.SignInAsync("commissioner@medway.example");
        var url = $"/frameworks/{id}/variations";
        var version = await app.WithDbAsync(db => db.Frameworks.Where(f => f.Id == id).Select(f => f.Version).SingleAsync(Ct));
        Dictionary<string, string> Form(DateOnly from, string index) => new Dictionary<string, string>
            { ["Index.IndexPercent"] = index, ["Index.DecisionId"] = decision.ToString(), ["Index.Version"] = version.ToString() }
            .Concat(Date("Index.EffectiveFrom", from)).ToDictionary(kv => kv.Key, kv => kv.Value);

        var notApril = await UserSession.ParseAsync(await commissioner.PostFormAsync(url + "?handler=Indexation", Form(FirstApril.AddDays(-1), "4.1")));
        Assert.Contains("Indexation applies from 1 April", UserSession.ErrorSummary(notApril));
        var badFigure = await UserSession.ParseAsync(await commissioner.PostFormAsync(url + "?handler=Indexation", Form(FirstApril, "four")));
        Assert.Contains("Enter the index figure as a percentage", UserSession.ErrorSummary(badFigure));
        Assert.Equal("four", badFigure.QuerySelector("#Index_IndexPercent")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync(url + "?handler=Indexation", Form(FirstApril, "4.1"))).StatusCode);

        await app.WithDbAsync(async db =>
        {
            var framework = await db.Frameworks.Include(f => f.LotMembers).Include(f => f.Uplifts).SingleAsync(f => f.Id == id, Ct);
            var uplift = Assert.Single(framework.Uplifts);
            Assert.Equal((410, 300, decision), (uplift.IndexBasisPoints!.Value, uplift.AppliedBasisPoints, uplift.KeyDecisionId));
            var first = framework.LotMembers.Single(m => m.ProviderId == providers[0]);
            Assert.Equal(Money.FromPence(900_00), framework.PriceOn(first, "CAT-1", 7, FirstApril.AddDays(-1)));
            Assert.Equal(Money.FromPence(927_00), framework.PriceOn(first, "CAT-1", 7, FirstApril));
            return 0;
        });

        var (_, latest) = await commissioner.GetPageAsync($"/frameworks/{id}");
        Assert.Contains($"Prices from 1 April {FirstApril.Year}", latest.QuerySelector("#price-lists")!.TextContent);
        Assert.Contains("£927.00", latest.QuerySelector("#lot-1")!.TextContent);
        Assert.Contains("Sibling placed together", latest.QuerySelector("#lot-1-supplements")!.TextContent);
        Assert.Contains("£103.00", latest.QuerySelector("#lot-1-supplements")!.TextContent);
        var (_, asTendered) = await commissioner.GetPageAsync($"/frameworks/{id}?prices={FrameworkStart:yyyy-MM-dd}");
        Assert.Contains("£900.00", asTendered.QuerySelector("#lot-1")!.TextContent);
        Assert.DoesNotContain("£927.00", asTendered.QuerySelector("#lot-1")!.TextContent);

        using var json = JsonDocument.Parse(await commissioner.Client.GetStringAsync($"/api/v1/frameworks/{id}/lots", Ct));
        var root = json.RootElement;
        Assert.Equal(FirstApril.ToString("yyyy-MM-dd", English), root.GetProperty("pricesFrom").GetString());
        Assert.Equal(2, root.GetProperty("priceLists").GetArrayLength());
        var lot = root.GetProperty("lots")[0];
        Assert.Equal(Sibling.Code, lot.GetProperty("supplements")[0].GetProperty("rowCode").GetString());
        var prices = lot.GetProperty("members")[0].GetProperty("prices").EnumerateArray().ToList();
        Assert.Contains(prices, p => p.GetProperty("rowCode").GetString() == "CAT-1" && p.GetProperty("pence").GetInt64() == 927_00);
        Assert.Contains(prices, p => p.GetProperty("rowCode").GetString() == Sibling.Code && p.GetProperty("pence").GetInt64() == 103_00);
        using var asTenderedJson = JsonDocument.Parse(await commissioner.Client.GetStringAsync($"/api/v1/frameworks/{id}/lots?from={FirstApril.AddDays(-1):yyyy-MM-dd}", Ct));
        Assert.Contains(asTenderedJson.RootElement.GetProperty("lots")[0].GetProperty("members")[0].GetProperty("prices").EnumerateArray(),
            p => p.GetProperty("rowCode").GetString() == "CAT-1" && p.GetProperty("pence").GetInt64() == 900_00);
    }
}
