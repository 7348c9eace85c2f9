using System.Net;
using System.Net.Http.Json;
using Hearth.Domain.Organisations;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Bidding;

/// <summary>
/// Sealed bids (issue 3, "Done when"): before the deadline no authority user — commissioner, evaluator, contract manager,
/// finance officer, auditor, of the lead or the other party — and no other provider reads a bid's content by any path
/// (pages, API, audit trail, CSV export); after the recorded opening event the parties' query sees the bids.
/// Each bid carries distinctive prices and answer text, and the tests look for them in every response.
/// </summary>
public sealed class SealedBidTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] AuthorityUsers =
    [
        "commissioner@kent.example", "contracts@kent.example", "finance@kent.example", "auditor@kent.example", "broker@kent.example",
        "administrator@kent.example", "commissioner@medway.example", "auditor@medway.example", "finance@medway.example",
    ];

    private static string[] Secrets(long pence, string answer) =>
        [answer, (pence / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), (pence / 100m).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture),
         // In pence as JSON and the receipt's canonical text write it (":765432"); the bare digits could turn up inside a hex hash.
         ":" + pence.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    private static string[] Paths(int id) =>
    [
        "/", "/bidding", $"/bidding/{id}", $"/bidding/{id}/lots/1", $"/bidding/{id}/lots/1/withdraw", "/frameworks", "/audit", "/audit?handler=Export",
        "/api/v1/tenders", $"/api/v1/tenders/{id}", $"/api/v1/tenders/{id}/lots/1/bid", $"/api/v1/tenders/{id}/clarifications",
        $"/bidding/{id}/lots/1/files", $"/api/v1/tenders/{id}/lots/1/bid/attachments",
        $"/tenders/{id}", $"/tenders/{id}/bids", $"/api/v1/tenders/{id}/bids",
    ];

    private static async Task AssertNeverShownAsync(UserSession session, string who, IEnumerable<string> paths, IReadOnlyList<string> secrets)
    {
        foreach (var path in paths)
        {
            using var response = await session.Client.GetAsync(path, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            foreach (var secret in secrets)
                Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{who} read sealed bid content '{secret}' at {path} ({(int)response.StatusCode})");
        }
    }

    [Fact]
    public async Task Bids_BeforeTheDeadline_AreSealedFromAuthoritiesAuditorsAndOtherProviders_AndOpenToThePartiesOnlyAfterOpening()
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        var (kent, medway, brackenfold) = await TenderArrange.OrganisationsAsync(app);
        const long ownPence = 8_765_43;
        const long rivalPence = 7_654_32;
        var ownAnswer = $"SEALED-OWN-{Guid.NewGuid():N}";
        var rivalAnswer = $"SEALED-RIVAL-{Guid.NewGuid():N}";
        var own = Secrets(ownPence, ownAnswer);
        var rivals = Secrets(rivalPence, rivalAnswer);

        // The demo provider bids through the API; a rival agency through the pages.
        var provider = await app.SessionForAsync("provider@brackenfold.example");
        Assert.Equal(HttpStatusCode.OK, (await provider.Client.PutAsJsonAsync($"/api/v1/tenders/{id}/lots/1/bid", TenderArrange.Lot1Json(ownPence, ownAnswer), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await provider.Client.PostAsJsonAsync($"/api/v1/tenders/{id}/lots/1/bid/submit", new { }, Ct)).StatusCode);
        using var rival = await TenderArrange.RivalProviderAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await rival.PostFormAsync($"/bidding/{id}/lots/1?handler=Submit", TenderArrange.Lot1Form(rivalPence, rivalAnswer))).StatusCode);

        // Each provider sees its own bid, never the other's.
        Assert.Contains(ownAnswer, await provider.Client.GetStringAsync($"/bidding/{id}/lots/1", Ct), StringComparison.Ordinal);
        Assert.Contains(rivalAnswer, await rival.Client.GetStringAsync($"/api/v1/tenders/{id}/lots/1/bid", Ct), StringComparison.Ordinal);
        await AssertNeverShownAsync(provider, "the demo provider", Paths(id), rivals);
        await AssertNeverShownAsync(rival, "a rival provider", Paths(id), own);

        // Authority staff: the provider pages and bid endpoints are forbidden; nothing else shows the content.
        foreach (var email in AuthorityUsers)
        {
            var session = await app.SessionForAsync(email);
            foreach (var path in new[] { "/bidding", $"/bidding/{id}", $"/bidding/{id}/lots/1", $"/api/v1/tenders/{id}/lots/1/bid",
                $"/bidding/{id}/lots/1/files", $"/api/v1/tenders/{id}/lots/1/bid/attachments" })
            {
                var status = (await session.Client.GetAsync(path, Ct)).StatusCode;
                Assert.True(status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{email} got {(int)status} at {path}");
            }
            await AssertNeverShownAsync(session, email, Paths(id), [.. own, .. rivals]);
        }

        // The query scoping itself: before opening, the parties' query finds no bid and no submission of the tender.
        // (Other tenders' submissions, opened long ago, may be visible: count only this tender's.)
        var bidIds = await app.WithDbAsync(db => db.Bids.Where(b => b.TenderId == id).Select(b => b.Id).ToListAsync(Ct));
        Assert.NotEmpty(bidIds);
        foreach (var party in new[] { kent, medway })
        {
            var seen = await TenderArrange.AsOrganisationAsync(app, party, OrganisationKind.Authority, async db =>
                (await db.Bids.CountAsync(b => b.TenderId == id, Ct), await db.BidSubmissions.CountAsync(s => bidIds.Contains(s.BidId), Ct)));
            Assert.Equal((0, 0), seen);
        }

        // The deadline passes and the bids are opened by a recorded event: the parties' query now reads both bids.
        await TenderArrange.PassDeadlineAsync(app, id, TimeSpan.FromSeconds(1));
        Assert.Equal(0, await TenderArrange.AsOrganisationAsync(app, kent, OrganisationKind.Authority, db => db.Bids.CountAsync(b => b.TenderId == id, Ct)));
        await TenderArrange.OpenAsync(app, id);
        foreach (var party in new[] { kent, medway })
        {
            var answers = await TenderArrange.AsOrganisationAsync(app, party, OrganisationKind.Authority, db =>
                db.Bids.Where(b => b.TenderId == id).Select(b => b.Answers).ToListAsync(Ct));
            Assert.Equal(2, answers.Count);
            Assert.Contains(answers, a => a.Any(x => x.Text == ownAnswer));
            Assert.Contains(answers, a => a.Any(x => x.Text == rivalAnswer));
        }
        // Still only its own for each provider.
        var brackenfoldSees = await TenderArrange.AsOrganisationAsync(app, brackenfold, OrganisationKind.Provider, db =>
            db.Bids.Where(b => b.TenderId == id).Select(b => b.ProviderId).ToListAsync(Ct));
        Assert.Equal([brackenfold], brackenfoldSees);
        await AssertNeverShownAsync(rival, "a rival provider after opening", Paths(id), own);
    }
}
