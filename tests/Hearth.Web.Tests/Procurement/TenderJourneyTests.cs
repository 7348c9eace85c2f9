using System.Net;
using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using Hearth.Testing;

namespace Hearth.Web.Tests.Procurement;

/// <summary>
/// The lead commissioner's side of a tender, through the pages: draft → lot → panel → publish → (bids, sealed) →
/// deadline → open → independent scoring → moderation → results and exports → award → framework lots and letters.
/// </summary>
public sealed class TenderJourneyTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"{field}.Day"] = date.Day.ToString(), [$"{field}.Month"] = date.Month.ToString(), [$"{field}.Year"] = date.Year.ToString(),
    };

    internal static Dictionary<string, string> TenderForm(string reference, int? medwayId, DateOnly today, string termEnd = "")
    {
        var start = today.AddMonths(4);
        var fields = new Dictionary<string, string>
        {
            ["Input.Reference"] = reference, ["Input.Title"] = "Fostering framework " + reference, ["Input.Regime"] = "Pcr2015LightTouch",
            ["Input.EstimatedValue"] = "45,000,000", ["Input.ClarificationTime"] = "12:00", ["Input.SubmissionTime"] = "12:00",
            ["Input.AgeBands"] = "0, 5, 11, 16", ["Input.Indexation"] = "FixedPercent", ["Input.IndexationRate"] = "2.5",
            ["Input.AbnormallyLowPercent"] = "20", ["Input.Version"] = "0", ["Input.TermJustification"] = "",
        };
        if (medwayId is { } m) fields["Input.OtherAuthorityIds"] = m.ToString();
        foreach (var (k, v) in Date("Input.TermStart", start)
            .Concat(Date("Input.TermEnd", termEnd.Length > 0 ? DateOnly.Parse(termEnd) : start.AddYears(4).AddDays(-1)))
            .Concat(Date("Input.PublicationDate", today))
            .Concat(Date("Input.ClarificationDeadline", today.AddDays(10)))
            .Concat(Date("Input.SubmissionDeadline", today.AddDays(20)))
            .Concat(Date("Input.EvaluationDate", today.AddDays(21)))
            .Concat(Date("Input.AwardDate", today.AddDays(40))))
            fields[k] = v;
        return fields;
    }

    internal static Dictionary<string, string> LotForm(int version, int weight1 = 60, int weight2 = 40) => new()
    {
        ["Input.Name"] = "Standard fostering", ["Input.Category"] = "Standard", ["Input.Supplements"] = "SUP-SIBLING",
        ["Input.Questions[0].Text"] = "How do you match children to carers?", ["Input.Questions[0].Kind"] = "Scored", ["Input.Questions[0].Weight"] = weight1.ToString(),
        ["Input.Questions[1].Text"] = "How do you support carers at night?", ["Input.Questions[1].Kind"] = "Scored", ["Input.Questions[1].Weight"] = weight2.ToString(),
        ["Input.Questions[2].Text"] = "Do you hold Ofsted registration?", ["Input.Questions[2].Kind"] = "PassFail",
        ["Input.PriceWeight"] = "40", ["Input.QualityWeight"] = "60", ["Input.Method"] = "RelativeToLowest", ["Input.QualityThreshold"] = "40",
        ["Input.AwardBasis"] = "AllQualifying", ["Input.Version"] = version.ToString(),
    };

    private static int IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = response.Headers.Location!.OriginalString;
        return int.Parse(path.Split('/', '?')[2]);
    }

    [Fact]
    public async Task Commissioner_runs_a_tender_from_draft_to_award_and_bids_stay_sealed_until_opened()
    {
        var medwayId = await app.WithDbAsync(db => db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct));
        var today = TestClock.Today;
        var reference = "JRN-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        using var commissioner = await app.SignInAsync("commissioner@kent.example");
        using var contracts = await app.SignInAsync("contracts@kent.example");

        var id = IdFrom(await commissioner.PostFormAsync("/tenders/new", TenderForm(reference, medwayId, today)));
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync($"/tenders/{id}/lots/new", LotForm(1))).StatusCode);
        var (_, panel) = await commissioner.GetPageAsync($"/tenders/{id}/panel");
        var options = panel.QuerySelectorAll("#Input_UserId option").Where(o => o.TextContent.Contains("Kent", StringComparison.Ordinal)).ToList();
        Assert.True(options.Count >= 2, "the Kent commissioner and contract manager can evaluate");
        var kentCommissioner = options.Single(o => o.TextContent.StartsWith("Sarah Chalk", StringComparison.Ordinal)).GetAttribute("value")!;
        var kentContracts = options.Single(o => o.TextContent.StartsWith("Grace Whitlock", StringComparison.Ordinal)).GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync($"/tenders/{id}/panel", new() { ["Input.UserId"] = kentCommissioner, ["Input.Version"] = "2" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync($"/tenders/{id}/panel", new() { ["Input.UserId"] = kentContracts, ["Input.Version"] = "3" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync($"/tenders/{id}?handler=Publish", new() { ["Version"] = "4" })).StatusCode);

        // Three providers bid (the provider portal has its own tests); one fails the pass/fail question.
        var secret = "SEALED-" + Guid.NewGuid().ToString("N")[..8];
        var bidIds = await app.WithDbAsync(async db =>
        {
            var tender = await db.Tenders.Include(t => t.Lots).Include(t => t.Parties).SingleAsync(t => t.Id == id, Ct);
            Assert.Equal(TenderStatus.Published, tender.Status);
            var providers = await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).Take(3).ToListAsync(Ct);
            var ids = new List<int>();
            for (var i = 0; i < 3; i++)
            {
                var bid = Bid.Start(tender, 1, providers[i], TestClock.Now);
                var price = 800_00 + i * 100_00;
                bid.SaveDraft(tender,
                    [.. Enumerable.Range(0, 4).Select(b => new BidPrice("CAT-1", b, price)), .. Enumerable.Range(0, 4).Select(b => new BidPrice("SUP-SIBLING", b, 50_00))],
                    [new(1, $"{secret} matching answer {i}", null), new(2, $"{secret} support answer {i}", null), new(3, "", i != 2)],
                    true, TestClock.Now, "Standard fostering");
                bid.Submit(tender, TestClock.Now, "Standard fostering");
                db.Bids.Add(bid);
                await db.SaveChangesAsync(Ct);
                ids.Add(bid.Id);
            }
            return ids;
        });

        // Sealed: before the deadline no authority path shows a bid.
        var (_, details) = await commissioner.GetPageAsync($"/tenders/{id}");
        Assert.DoesNotContain(secret, details.DocumentElement.OuterHtml);
        Assert.Contains("Bids are sealed until the submission deadline", details.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await commissioner.GetPageAsync($"/tenders/{id}/lots/1")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commissioner.GetPageAsync($"/tenders/{id}/bids/{bidIds[0]}/score")).Response.StatusCode);
        using var auditor = await app.SignInAsync("auditor@kent.example");
        var audit = await auditor.Client.GetStringAsync($"/audit?handler=Export&Query.Entity=Bid", Ct);
        Assert.DoesNotContain(secret, audit);
        var early = await commissioner.PostFormAsync($"/tenders/{id}?handler=Open", new() { ["Version"] = "5" });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("Bids cannot be opened before the submission deadline", UserSession.ErrorSummary(await UserSession.ParseAsync(early)));

        // The deadline passes.
        await app.WithDbAsync(async db =>
        {
            var tender = await db.Tenders.SingleAsync(t => t.Id == id, Ct);
            var now = TestClock.Now;
            db.Entry(tender).ComplexProperty(t => t.Timeline).CurrentValue = tender.Timeline with
            {
                PublicationDate = today.AddDays(-20), ClarificationDeadline = now.AddMinutes(-10), SubmissionDeadline = now.AddMinutes(-1),
            };
            return await db.SaveChangesAsync(Ct);
        });
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync($"/tenders/{id}?handler=Open", new() { ["Version"] = "5" })).StatusCode);

        // After opening, the bids are for the panel and commissioners only: the auditor is refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetPageAsync($"/tenders/{id}/lots/1")).Response.StatusCode);
        var (_, lot) = await commissioner.GetPageAsync($"/tenders/{id}/lots/1");
        var lotText = lot.QuerySelector("main")!.TextContent;
        Assert.Contains("3 bids were received", lotText);
        Assert.Contains("Failed pass/fail question 3", lotText);

        // Independent scoring: the contract manager scores first and cannot see the commissioner's scores until everyone has scored.
        foreach (var (session, comment, offset) in new[] { (contracts, "Grace view", 0), (commissioner, "Sarah view", 1) })
        {
            foreach (var (bidId, i) in bidIds.Take(2).Select((b, i) => (b, i)))
            {
                var form = new Dictionary<string, string>
                {
                    ["Input.Scores[0].QuestionNumber"] = "1", ["Input.Scores[0].Score"] = (4 - i).ToString(), ["Input.Scores[0].Comment"] = $"{comment} q1",
                    ["Input.Scores[1].QuestionNumber"] = "2", ["Input.Scores[1].Score"] = (3 + offset - i).ToString(), ["Input.Scores[1].Comment"] = $"{comment} q2",
                };
                Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync($"/tenders/{id}/bids/{bidId}/score", form)).StatusCode);
            }
            if (session == contracts)
            {
                var (_, own) = await contracts.GetPageAsync($"/tenders/{id}/bids/{bidIds[0]}/score");
                Assert.DoesNotContain("Sarah view", own.DocumentElement.OuterHtml);
            }
        }
        var (_, afterAll) = await contracts.GetPageAsync($"/tenders/{id}/bids/{bidIds[0]}/score");
        Assert.Contains("Sarah view q1", afterAll.QuerySelector("main")!.TextContent);

        // Award before moderation is refused: the award page says which lot is not moderated.
        var (_, award) = await commissioner.GetPageAsync($"/tenders/{id}/award");
        Assert.Contains("This lot is not fully moderated", award.QuerySelector("main")!.TextContent);
        Assert.Null(award.QuerySelector("main form button"));

        // Moderation: a missing rationale is a field error; then both compliant bids are moderated.
        var noRationale = await commissioner.PostFormAsync($"/tenders/{id}/bids/{bidIds[0]}/moderate", new()
        {
            ["Input.Scores[0].QuestionNumber"] = "1", ["Input.Scores[0].Score"] = "4", ["Input.Scores[0].Rationale"] = "",
            ["Input.Scores[1].QuestionNumber"] = "2", ["Input.Scores[1].Score"] = "3", ["Input.Scores[1].Rationale"] = "Agreed",
        });
        Assert.Contains("Question 1: Enter the rationale for the moderated score", UserSession.ErrorSummary(await UserSession.ParseAsync(noRationale)));
        foreach (var (bidId, q1, q2) in new[] { (bidIds[0], 4, 4), (bidIds[1], 3, 3) })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync($"/tenders/{id}/bids/{bidId}/moderate", new()
            {
                ["Input.Scores[0].QuestionNumber"] = "1", ["Input.Scores[0].Score"] = q1.ToString(), ["Input.Scores[0].Rationale"] = "Consensus after discussion",
                ["Input.Scores[1].QuestionNumber"] = "2", ["Input.Scores[1].Score"] = q2.ToString(), ["Input.Scores[1].Rationale"] = "Consensus after discussion",
            })).StatusCode);
        }

        // Results: bid 0 (£800, quality 4/4 → 48) ranks first; bid 1 (£900, 3/3 → 36) second.
        var csv = await commissioner.Client.GetStringAsync($"/tenders/{id}/lots/1?handler=Export&format=csv", Ct);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains(",40.00,48.00,88.00,1,", lines[1]);
        Assert.Contains(",35.56,36.00,71.56,2,", lines[2]);
        var xlsx = await commissioner.Client.GetAsync($"/tenders/{id}/lots/1?handler=Export&format=xlsx", Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);

        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync($"/tenders/{id}/award", new() { ["Version"] = "6" })).StatusCode);
        var members = await app.WithDbAsync(async db =>
        {
            var tender = await db.Tenders.SingleAsync(t => t.Id == id, Ct);
            Assert.Equal(TenderStatus.Awarded, tender.Status);
            var framework = await db.Frameworks.Include(f => f.LotMembers).Include(f => f.Members).SingleAsync(f => f.Id == tender.FrameworkId, Ct);
            Assert.Equal(reference, framework.Reference);
            Assert.Equal(Indexation.Fixed(250), framework.Indexation);
            Assert.Equal(2, framework.Members.Count);
            return framework.LotMembers.OrderBy(m => m.Rank).Select(m => (m.Rank, m.BidId, Price: m.TenderedPrice("CAT-1", 7))).ToList();
        });
        Assert.Equal([(1, (int?)bidIds[0], (Money?)Money.FromPence(800_00)), (2, bidIds[1], Money.FromPence(900_00))], members.Select(m => (m.Rank!.Value, m.BidId, m.Price)));

        // Letters: the unsuccessful bidder's letter gives its reasons and the winning scores.
        var letter = await commissioner.Client.GetAsync($"/tenders/{id}/bids/{bidIds[2]}/letter", Ct);
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType?.MediaType);
        using (var pdf = PdfDocument.Open(await letter.Content.ReadAsByteArrayAsync(Ct)))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            Assert.Contains("not successful", text);
            Assert.Contains("Failed pass/fail question 3", text);
            Assert.Contains("88.00", text); // the winning total
        }
    }

    [Fact]
    public async Task Bad_input_gets_field_errors_and_a_published_tender_cannot_change()
    {
        var today = TestClock.Today;
        using var commissioner = await app.SignInAsync("commissioner@medway.example");
        var tooLong = await commissioner.PostFormAsync("/tenders/new", TenderForm("BAD-" + Guid.NewGuid().ToString("N")[..6], null, today, termEnd: today.AddMonths(4).AddYears(5).ToString("yyyy-MM-dd")));
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        var page = await UserSession.ParseAsync(tooLong);
        Assert.Contains("The term is longer than the 4 years the regime allows", UserSession.ErrorSummary(page));
        Assert.NotNull(page.QuerySelector("#Input_TermJustification-error"));

        var id = IdFrom(await commissioner.PostFormAsync("/tenders/new", TenderForm("OK-" + Guid.NewGuid().ToString("N")[..6], null, today)));
        var weights = await commissioner.PostFormAsync($"/tenders/{id}/lots/new", LotForm(1, 60, 30));
        Assert.Contains("The weights of the scored questions must add up to 100; they add up to 90", UserSession.ErrorSummary(await UserSession.ParseAsync(weights)));
        var noPanel = await commissioner.PostFormAsync($"/tenders/{id}?handler=Publish", new() { ["Version"] = "1" });
        Assert.Contains("Add at least one lot before publishing", UserSession.ErrorSummary(await UserSession.ParseAsync(noPanel)));

        // Two commissioners racing on the same draft: the second save is told and nothing is overwritten.
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync($"/tenders/{id}/lots/new", LotForm(1))).StatusCode);
        var second = LotForm(1);
        second["Input.Name"] = "Complex needs";
        second["Input.Category"] = "ComplexNeeds";
        var stale = await commissioner.PostFormAsync($"/tenders/{id}/lots/new", second);
        Assert.Contains("Someone else changed this record", UserSession.ErrorSummary(await UserSession.ParseAsync(stale)));

        // Another authority's commissioner cannot see the draft at all.
        using var kent = await app.SessionForAsync("commissioner@kent.example");
        Assert.Equal(HttpStatusCode.NotFound, (await kent.GetPageAsync($"/tenders/{id}")).Response.StatusCode);
    }
}
