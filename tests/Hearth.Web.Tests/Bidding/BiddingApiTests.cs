using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Bidding;

/// <summary>The bidding API: the same rules as the pages, problem details for bad input, 409 for a stale version, 404 out of scope.</summary>
public sealed class BiddingApiTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OwnBid_DraftSubmitWithdraw_ThroughTheApi_ReturnsTheReceiptAndChecksTheVersion()
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        var provider = await app.SessionForAsync("provider@brackenfold.example");
        var bidUrl = $"/api/v1/tenders/{id}/lots/1/bid";

        var list = await provider.Client.GetStringAsync("/api/v1/tenders", Ct);
        Assert.Contains($"\"id\":{id},", list, StringComparison.Ordinal);
        using (var tender = JsonDocument.Parse(await provider.Client.GetStringAsync($"/api/v1/tenders/{id}", Ct)))
        {
            var lot = tender.RootElement.GetProperty("lots")[0];
            Assert.Equal(["CAT-1", "SUP-SIBLING"], lot.GetProperty("priceRows").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
            Assert.Equal(4, tender.RootElement.GetProperty("ageBands").GetArrayLength());
            Assert.Equal("PassFail", lot.GetProperty("questions")[1].GetProperty("kind").GetString());
        }

        using (var notStarted = JsonDocument.Parse(await provider.Client.GetStringAsync(bidUrl, Ct)))
            Assert.Equal("NotStarted", notStarted.RootElement.GetProperty("status").GetString());

        var put = await provider.Client.PutAsJsonAsync(bidUrl, TenderArrange.Lot1Json(875_25, "API answer"), Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var stale = await provider.Client.PutAsJsonAsync(bidUrl, TenderArrange.Lot1Json(875_99, "Stale", version: 0), Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var submit = await provider.Client.PostAsJsonAsync(bidUrl + "/submit", new { version = 1 }, Ct);
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        using var receipt = JsonDocument.Parse(await submit.Content.ReadAsStringAsync(Ct));
        var stored = await app.WithDbAsync(db => db.Bids.Include(b => b.Submissions).SingleAsync(b => b.TenderId == id, Ct));
        Assert.Equal(stored.Submissions.Single().ReceiptHash, receipt.RootElement.GetProperty("receiptHash").GetString());
        Assert.Equal(1, receipt.RootElement.GetProperty("version").GetInt32());
        Assert.All(stored.Prices, p => Assert.Equal(875_25, p.Pence));

        var again = await provider.Client.PostAsJsonAsync(bidUrl + "/submit", new { }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);

        var withdraw = await provider.Client.PostAsJsonAsync(bidUrl + "/withdraw", new { version = stored.Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        Assert.Equal(BidStatus.Withdrawn, await app.WithDbAsync(db => db.Bids.Where(b => b.TenderId == id).Select(b => b.Status).SingleAsync(Ct)));
    }

    [Theory]
    [InlineData(0L, "Prices[CAT-1][0]")]
    [InlineData(-100L, "Prices[CAT-1][0]")]
    [InlineData(2_000_001L, "Prices[CAT-1][0]")]
    public async Task OwnBid_AbsurdPrice_Is422WithTheCell(long pence, string field)
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        var provider = await app.SessionForAsync("provider@brackenfold.example");
        var body = new { version = 0, prices = new[] { new { rowCode = "CAT-1", bandIndex = 0, pence } }, answers = Array.Empty<object>(), declarationsAccepted = false };
        var response = await provider.Client.PutAsJsonAsync($"/api/v1/tenders/{id}/lots/1/bid", body, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.False(await app.WithDbAsync(db => db.Bids.AnyAsync(b => b.TenderId == id, Ct)));
    }

    [Fact]
    public async Task Tender_UnpublishedOrMissingLot_Is404ForProviders()
    {
        var draft = await TenderArrange.PublishedTenderAsync(app, publish: false);
        var published = await TenderArrange.PublishedTenderAsync(app);
        var provider = await app.SessionForAsync("provider@brackenfold.example");
        foreach (var url in new[] { $"/api/v1/tenders/{draft}", $"/api/v1/tenders/{draft}/lots/1/bid", $"/api/v1/tenders/{draft}/clarifications",
                     $"/api/v1/tenders/{published}/lots/9/bid", $"/bidding/{draft}", $"/bidding/{draft}/lots/1", $"/bidding/{published}/lots/9" })
            Assert.True((await provider.Client.GetAsync(url, Ct)).StatusCode == HttpStatusCode.NotFound, url);
        Assert.DoesNotContain($"\"id\":{draft},", await provider.Client.GetStringAsync("/api/v1/tenders", Ct), StringComparison.Ordinal);

        var ask = await provider.Client.PostAsJsonAsync($"/api/v1/tenders/{published}/clarifications", new { question = "" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ask.StatusCode);
        var asked = await provider.Client.PostAsJsonAsync($"/api/v1/tenders/{published}/clarifications", new { question = "Is TUPE expected to apply?" }, Ct);
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);

        var commissioner = await app.SessionForAsync("commissioner@kent.example");
        Assert.Contains($"\"id\":{draft},", await commissioner.Client.GetStringAsync("/api/v1/tenders", Ct), StringComparison.Ordinal);
        Assert.Contains("Is TUPE expected to apply?", await commissioner.Client.GetStringAsync($"/api/v1/tenders/{published}/clarifications", Ct), StringComparison.Ordinal);
    }
}
