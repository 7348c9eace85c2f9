using System.Net;
using System.Net.Http.Json;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Bidding;

/// <summary>
/// After opening, authority users read the SUBMITTED version of a bid only: a later draft revision the bidder saved but
/// never submitted (before the deadline) appears on no evaluation page, export or letter.
/// </summary>
public sealed class SubmittedContentTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_opening_authorities_see_the_submitted_version_never_a_later_unsubmitted_draft()
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        const long submittedPence = 6_543_21;
        const long draftPence = 5_432_19;
        var submittedAnswer = $"SUBMITTED-{Guid.NewGuid():N}";
        var draftAnswer = $"DRAFT-ONLY-{Guid.NewGuid():N}";

        var provider = await app.SessionForAsync("provider@brackenfold.example");
        Assert.Equal(HttpStatusCode.OK, (await provider.Client.PutAsJsonAsync($"/api/v1/tenders/{id}/lots/1/bid", TenderArrange.Lot1Json(submittedPence, submittedAnswer), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await provider.Client.PostAsJsonAsync($"/api/v1/tenders/{id}/lots/1/bid/submit", new { }, Ct)).StatusCode);
        var (bidId, version) = await app.WithDbAsync(db => db.Bids.IgnoreQueryFilters().Where(b => b.TenderId == id).Select(b => new { b.Id, b.Version }).SingleAsync(Ct))
            is var b ? (b.Id, b.Version) : default;
        // A revision saved as a draft and never submitted.
        var revised = await provider.Client.PutAsJsonAsync($"/api/v1/tenders/{id}/lots/1/bid", TenderArrange.Lot1Json(draftPence, draftAnswer, version), Ct);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Contains(draftAnswer, await provider.Client.GetStringAsync($"/api/v1/tenders/{id}/lots/1/bid", Ct), StringComparison.Ordinal);

        await TenderArrange.PassDeadlineAsync(app, id, TimeSpan.FromSeconds(1));
        await TenderArrange.OpenAsync(app, id);

        string[] draft = [draftAnswer, "5432.19", "5,432.19", ":543219"];
        foreach (var email in new[] { "commissioner@kent.example", "commissioner@medway.example" })
        {
            using var session = await app.SessionForAsync(email);
            var paths = new[]
            {
                $"/tenders/{id}", $"/tenders/{id}/lots/1", $"/tenders/{id}/lots/1?handler=Export&format=csv", $"/tenders/{id}/lots/1?handler=Export&format=xlsx",
                $"/tenders/{id}/bids/{bidId}/score", $"/tenders/{id}/bids/{bidId}/moderate", $"/tenders/{id}/bids/{bidId}/letter",
            };
            foreach (var path in paths)
            {
                using var response = await session.Client.GetAsync(path, Ct);
                var body = await response.Content.ReadAsStringAsync(Ct);
                foreach (var secret in draft)
                    Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{email} read the unsubmitted draft '{secret}' at {path} ({(int)response.StatusCode})");
            }
        }
        using var commissioner = await app.SessionForAsync("commissioner@kent.example");
        // The evaluator (the Kent commissioner is on the panel) scores the submitted answer.
        Assert.Contains(submittedAnswer, await commissioner.Client.GetStringAsync($"/tenders/{id}/bids/{bidId}/score", Ct), StringComparison.Ordinal);
    }
}
