using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Sourcing;

/// <summary>
/// Call-offs through the pages and the API: providers see the anonymised profile only (pages, API, notifications), other
/// providers see nothing, and the offer checks answer with field errors. Mutations use Medway records.
/// </summary>
public sealed class CallOffWebTests(DemoApp app)
{
    private const string Provider = "provider@brackenfold.example";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> DemoProviderIdAsync() => app.WithDbAsync(db => db.Providers.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct));

    /// <summary>The authority's open demo call-off (tests running beside this one send newer call-offs of their own).</summary>
    private Task<int> OpenCallOffAsync(string authority) => app.WithDbAsync(db =>
        DemoCallOffs.OpenOne(db, authority).Where(c => c.Status == CallOffStatus.Open).Select(c => c.Id).SingleAsync(Ct));

    /// <summary>
    /// Every identifying value of every child in the demo's call-offs, in the forms it could be written. Children other tests
    /// add are left out: they are called "Test Child", words every referral page uses.
    /// </summary>
    private Task<List<string>> IdentitiesAsync() => app.WithDbAsync(async db =>
    {
        var ids = await db.Set<CallOffChild>().Select(c => c.ChildId).Distinct().ToListAsync(Ct);
        var children = (await db.Children.Where(c => ids.Contains(c.Id)).ToListAsync(Ct)).Where(c => DemoCallOffs.IsDemoChild(c.CaseReference)).ToList();
        var english = CultureInfo.GetCultureInfo("en-GB");
        return children.SelectMany(c => new[]
        {
            c.GivenName, c.FamilyName, c.CaseReference, c.HomePostcode, c.School, c.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            c.DateOfBirth.ToString("d MMMM yyyy", english), c.DateOfBirth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        }).Where(v => v.Length > 0).Distinct().ToList();
    });

    private static void AssertAnonymous(string text, IEnumerable<string> identities, string where)
    {
        foreach (var value in identities)
            Assert.False(text.Contains(value, StringComparison.OrdinalIgnoreCase), $"{where} shows '{value}' to a provider");
    }

    [Fact]
    public async Task ProviderPagesApiAndNotifications_NeverShowTheChildsIdentity()
    {
        var identities = await IdentitiesAsync();
        Assert.Contains("Maisie", identities);
        var id = await OpenCallOffAsync(DemoData.KentName);
        using var session = await app.SignInAsync(Provider);
        foreach (var url in new[] { "/provider/referrals", $"/provider/referrals/{id}", "/api/v1/provider/referrals", $"/api/v1/provider/referrals/{id}" })
        {
            var response = await session.Client.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.Contains(id.ToString(CultureInfo.InvariantCulture), body);
            AssertAnonymous(body, identities, url);
        }
        var providerId = await DemoProviderIdAsync();
        var messages = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.RecipientOrganisationId == providerId).ToListAsync(Ct));
        Assert.NotEmpty(messages);
        foreach (var m in messages) AssertAnonymous(m.Subject + "\n" + m.Body, identities, "A notification");
    }

    [Fact]
    public async Task Profile_RedactsNamesAndSchoolFromFreeText()
    {
        var id = await OpenCallOffAsync(DemoData.KentName);
        var profile = await app.WithDbAsync(db => db.CallOffs.Where(c => c.Id == id).Select(c => c.Profile).SingleAsync(Ct));
        Assert.StartsWith(AnonymisedReferralProfile.RedactedName, profile.ChildNeeds, StringComparison.Ordinal);
        Assert.Contains(AnonymisedReferralProfile.RedactedSchool, profile.ChildNeeds, StringComparison.Ordinal);
        Assert.True(profile.KeepCurrentSchool);
    }

    [Fact]
    public async Task CallOffNotSentToTheProvider_IsNotFoundAndNotListed()
    {
        var providerId = await DemoProviderIdAsync();
        var id = await app.WithDbAsync(async db =>
        {
            var callOffId = await db.CallOffs.Where(c => db.Authorities.Any(a => a.Id == c.AuthorityId && a.Name.StartsWith("Medway")))
                .OrderBy(c => c.SentAt).Select(c => c.Id).FirstAsync(Ct);
            await db.Set<CallOffRecipient>().Where(r => r.CallOffId == callOffId && r.ProviderId == providerId).ExecuteDeleteAsync(Ct);
            return callOffId;
        });
        using var session = await app.SignInAsync(Provider);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/provider/referrals/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/api/v1/provider/referrals/{id}", Ct)).StatusCode);
        var list = await session.Client.GetFromJsonAsync<JsonArray>("/api/v1/provider/referrals", Ct);
        Assert.DoesNotContain(list!, r => r!["id"]!.GetValue<int>() == id);
    }

    [Fact]
    public async Task SendThenOffer_InHouseFirstThenPriceCheckedOfferWithFieldErrors()
    {
        var referralId = await app.WithDbAsync(db => db.Referrals.Where(r => r.Status == ReferralStatus.SignedOff
                && db.Authorities.Any(a => a.Id == r.AuthorityId && a.Name.StartsWith("Medway")) && !db.CallOffs.Any(c => c.ReferralId == r.Id))
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(Ct));
        using var broker = await app.SignInAsync("broker@medway.example");

        var early = await broker.Client.PostAsJsonAsync("/api/v1/call-offs", new { referralId, lotNumber = 1, lotChoiceReason = "Test" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("in-house", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var other = await broker.Client.PostAsJsonAsync($"/api/v1/call-offs/in-house-outcomes/{referralId}", new { reason = "Other", details = "" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        var outcome = await broker.Client.PostAsJsonAsync($"/api/v1/call-offs/in-house-outcomes/{referralId}", new { reason = "NoCapacity", details = "All full" }, Ct);
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        var sent = await broker.Client.PostAsJsonAsync("/api/v1/call-offs", new { referralId, lotNumber = 1, lotChoiceReason = "Test" }, Ct);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var callOffId = (await sent.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<int>();
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await broker.Client.PostAsJsonAsync("/api/v1/call-offs", new { referralId, lotNumber = 1, lotChoiceReason = "Test" }, Ct)).StatusCode);

        var providerId = await DemoProviderIdAsync();
        var householdId = await app.WithDbAsync(async db =>
        {
            var h = CarerHousehold.Approve(providerId, "BF-TEST-" + Guid.NewGuid().ToString("N")[..6], "ME5", 2, 0, 17, new DateOnly(2025, 1, 1));
            db.CarerHouseholds.Add(h);
            await db.SaveChangesAsync(Ct);
            return h.Id;
        });
        using var provider = await app.SignInAsync(Provider);
        var view = await provider.Client.GetFromJsonAsync<JsonObject>($"/api/v1/provider/referrals/{callOffId}", Ct);
        var version = view!["version"]!.GetValue<int>();
        var start = TestClock.Today.AddDays(7);

        async Task<HttpResponseMessage> Offer(decimal fee, int v) =>
            await provider.Client.PostAsJsonAsync($"/api/v1/provider/referrals/{callOffId}/offer", new { version = v, householdId, weeklyFee = fee, earliestStart = start }, Ct);
        var zero = await Offer(0m, version);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, zero.StatusCode);
        Assert.NotNull((await zero.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["WeeklyFee"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Offer(20_000.01m, version)).StatusCode);
        var ok = await Offer(19_999m, version);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var offer = (await ok.Content.ReadFromJsonAsync<JsonObject>(Ct))!["offer"]!;
        Assert.True(offer["isAbovePrice"]!.GetValue<bool>() || offer["frameworkWeeklyPrice"] is null);
        Assert.True(offer["needsManagerApproval"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Conflict, (await Offer(900m, version)).StatusCode);

        var status = await broker.Client.GetFromJsonAsync<JsonObject>($"/api/v1/call-offs/{callOffId}", Ct);
        Assert.Single(status!["offers"]!.AsArray());
        var declined = await provider.Client.PostAsJsonAsync($"/api/v1/provider/referrals/{callOffId}/decline",
            new { version = version + 1, reason = "NoVacancy", details = "Household no longer free" }, Ct);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var report = await broker.GetPageAsync("/call-offs/decline-reasons");
        Assert.Equal(HttpStatusCode.OK, report.Response.StatusCode);
    }
}
