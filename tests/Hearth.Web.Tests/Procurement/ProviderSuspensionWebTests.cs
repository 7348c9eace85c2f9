using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Hearth.Web.Tests.Sourcing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Procurement;

/// <summary>
/// An authority's power over a provider is commissioning only (issue 12, ADR 0024): its commissioner suspends the provider
/// from the authority's call-offs with a reason, recorded in the audit trail, shown where brokers pick providers, and
/// reversible; it changes nothing for other authorities and nothing in the provider's accounts. A Kent framework of the
/// test's own with two agencies on no other framework, so no other test's call-offs notice.
/// </summary>
public sealed class ProviderSuspensionWebTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Commissioner = "commissioner@kent.example";
    private const string Broker = "broker@kent.example";

    [Fact]
    public async Task Suspend_ByKentsCommissioner_KeepsTheProviderOutOfKentsCallOffsOnly_UntilReinstated()
    {
        var (frameworkId, suspended, other) = await FrameworkAsync();
        var kent = await SourcingArrange.AuthorityIdAsync(app, DemoData.KentName);
        var providerName = await app.WithDbAsync(db => db.Providers.Where(p => p.Id == suspended).Select(p => p.Name).SingleAsync(Ct));
        using var commissioner = await app.SignInAsync(Commissioner);

        // Suspend, with a reason: the page lists it.
        var noReason = await commissioner.PostFormAsync("/provider-suspensions", new() { ["Input.ProviderId"] = suspended.ToString(), ["Input.Reason"] = " " });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Enter the reason", UserSession.ErrorSummary(await UserSession.ParseAsync(noReason)));
        var saved = await commissioner.PostFormAsync("/provider-suspensions",
            new() { ["Input.ProviderId"] = suspended.ToString(), ["Input.Reason"] = "Safeguarding concern raised on 3 March, under review" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, list) = await commissioner.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains($"{providerName} is suspended from your authority", list.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains("Safeguarding concern raised on 3 March", list.QuerySelector("#in-force")!.TextContent);
        var again = await commissioner.PostFormAsync("/provider-suspensions", new() { ["Input.ProviderId"] = suspended.ToString(), ["Input.Reason"] = "Twice" });
        Assert.Contains("already suspended", UserSession.ErrorSummary(await UserSession.ParseAsync(again)));

        // The broker sees it where providers are picked for the call-off, and the call-off does not ask it.
        using var broker = await app.SignInAsync(Broker);
        var referral = await ReadyReferralAsync(broker, kent);
        var (_, send) = await broker.GetPageAsync($"/call-offs/send?ReferralId={referral}&FrameworkId={frameworkId}&LotNumber=1");
        var rows = send.QuerySelectorAll("table.govuk-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains(providerName, StringComparison.Ordinal) && r.Contains("No: Suspended from your authority's call-offs", StringComparison.Ordinal));
        Assert.Contains(rows, r => !r.Contains(providerName, StringComparison.Ordinal) && r.Contains("Yes", StringComparison.Ordinal));
        var sent = await broker.Client.PostAsJsonAsync("/api/v1/call-offs", new { referralId = referral, lotNumber = 1, frameworkId }, Ct);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        Assert.Equal([other], await AskedAsync(referral));

        // Nor can a spot purchase buy from it.
        var spotReferral = await SourcingArrange.SignedOffReferralAsync(app, kent, "Suspension spot test");
        var spot = await broker.Client.PostAsJsonAsync($"/api/v1/referrals/{spotReferral}/spot-purchases", new
        {
            providerId = suspended, householdReference = "SP-1", weeklyFee = "900", justification = "No framework carer can meet the needs near school",
        }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, spot.StatusCode);
        Assert.Contains("suspended this provider", await spot.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // Medway's call-offs and records are untouched: it does not even see Kent's suspension.
        var suspensionId = await app.WithDbAsync(db => db.ProviderSuspensions.Where(s => s.AuthorityId == kent && s.ProviderId == suspended && s.ReinstatedOn == null)
            .Select(s => s.Id).SingleAsync(Ct));
        using var medway = await app.SignInAsync("commissioner@medway.example");
        Assert.Equal(HttpStatusCode.NotFound, (await medway.Client.GetAsync($"/api/v1/provider-suspensions/{suspensionId}", Ct)).StatusCode);
        var medwayList = (await medway.Client.GetFromJsonAsync<JsonArray>("/api/v1/provider-suspensions", Ct))!;
        Assert.DoesNotContain(medwayList, s => s!["providerId"]!.GetValue<int>() == suspended);
        Assert.Equal(HttpStatusCode.NotFound, (await medway.Client.PostAsJsonAsync($"/api/v1/provider-suspensions/{suspensionId}/reinstatement",
            new { version = 1, reason = "Not ours" }, Ct)).StatusCode);

        // Recorded in the audit trail with the reason.
        using var auditor = await app.SignInAsync("auditor@kent.example");
        var (_, trail) = await auditor.GetPageAsync($"/audit?Query.Entity=ProviderSuspension&Query.EntityId={suspensionId}");
        Assert.Contains("Safeguarding concern raised on 3 March", trail.QuerySelector("main")!.TextContent);

        // Reinstated through the API, with a reason: asked again.
        var reinstated = await commissioner.Client.PostAsJsonAsync($"/api/v1/provider-suspensions/{suspensionId}/reinstatement",
            new { version = 1, reason = "Concern resolved after a joint visit" }, Ct);
        Assert.Equal(HttpStatusCode.OK, reinstated.StatusCode);
        var body = (await reinstated.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.False(body["inForce"]!.GetValue<bool>());
        Assert.Equal("Concern resolved after a joint visit", body["reinstatementReason"]!.GetValue<string>());
        var next = await ReadyReferralAsync(broker, kent);
        var (_, sendAgain) = await broker.GetPageAsync($"/call-offs/send?ReferralId={next}&FrameworkId={frameworkId}&LotNumber=1");
        Assert.DoesNotContain("Suspended from your authority", sendAgain.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, history) = await commissioner.GetPageAsync("/provider-suspensions");
        Assert.Contains("Concern resolved after a joint visit", history.QuerySelector("#reinstated")!.TextContent);
    }

    [Fact]
    public async Task Suspend_ByContractManagerOrProvider_IsRefused_AndTheApiNeedsAReason()
    {
        var (_, provider, _) = await FrameworkAsync();
        using var contracts = await app.SignInAsync("contracts@kent.example");
        Assert.Equal(HttpStatusCode.OK, (await contracts.GetPageAsync("/provider-suspensions")).Response.StatusCode);
        var refused = await contracts.Client.PostAsJsonAsync("/api/v1/provider-suspensions", new { providerId = provider, reason = "Not mine to do" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var providerUser = await app.SignInAsync("provider@brackenfold.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await providerUser.GetPageAsync("/provider-suspensions")).Response.StatusCode);

        using var commissioner = await app.SignInAsync("commissioner@medway.example");
        var noReason = await commissioner.Client.PostAsJsonAsync("/api/v1/provider-suspensions", new { providerId = provider, reason = "" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.NotNull((await noReason.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["Reason"]);
        var notAProvider = await commissioner.Client.PostAsJsonAsync("/api/v1/provider-suspensions",
            new { providerId = await SourcingArrange.AuthorityIdAsync(app, DemoData.KentName), reason = "An authority is not a provider" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notAProvider.StatusCode);
        Assert.Contains("Select the provider", await notAProvider.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ProviderSuspensions.AnyAsync(s => s.ProviderId == provider && s.ReinstatedOn == null && s.Reason != "Scope matrix", Ct)));
    }

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (int Framework, int Suspended, int Other)? _framework;

    /// <summary>
    /// A Kent framework in force, started after the 2022 framework (so never the call-off route), with two agencies on lot
    /// 1 that are on no other framework and that no other test suspends. Made once.
    /// </summary>
    private async Task<(int Framework, int Suspended, int Other)> FrameworkAsync()
    {
        await Gate.WaitAsync(Ct);
        try
        {
            if (_framework is { } made) return made;
            // Two agencies of the test's own, on no other framework: the demo's agencies outside every framework run out at
            // some instants (after the 2027 award most are members) and other tests award theirs to tenders of their own.
            List<int> members = [await TestAccounts.NewProviderAsync(app.Factory.Services, OfstedGrade.Good),
                await TestAccounts.NewProviderAsync(app.Factory.Services, OfstedGrade.Good)];
            return (_framework = await app.WithDbAsync(async db =>
            {
                var today = London.Today(app.Factory.Services.GetRequiredService<TimeProvider>());
                var kent = await db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync(Ct);
                var framework = Framework.Establish("SUSPEND-" + Guid.NewGuid().ToString("N")[..8], "Kent framework for suspension tests", ProcurementRegime.Pcr2015LightTouch,
                    today.AddDays(-10), today.AddYears(3), kent, [], null);
                framework.AwardedFrom(0, Indexation.Firm);
                for (var i = 0; i < members.Count; i++)
                    framework.AdmitToLot(1, "Standard fostering", PlacementCategory.Standard, members[i], i + 1,
                        [.. Enumerable.Range(0, 4).Select(b => new BidPrice("CAT-1", b, 500_00))], "0, 5, 11, 16", today.AddDays(-10), null);
                db.Frameworks.Add(framework);
                await db.SaveChangesAsync(Ct);
                return (framework.Id, members[0], members[1]);
            })).Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<int> ReadyReferralAsync(UserSession broker, int authorityId)
    {
        var referral = await SourcingArrange.SignedOffReferralAsync(app, authorityId, "Suspension test");
        Assert.Equal(HttpStatusCode.OK, (await broker.Client.PostAsJsonAsync($"/api/v1/call-offs/in-house-outcomes/{referral}",
            new { reason = "NoCapacity", details = "All full" }, Ct)).StatusCode);
        return referral;
    }

    private Task<List<int>> AskedAsync(int referralId) => app.WithDbAsync(async db =>
        (await db.CallOffs.Include(c => c.Recipients).Where(c => c.ReferralId == referralId).ToListAsync(Ct))
            .SelectMany(c => c.Asked.Select(r => r.ProviderId)).Order().ToList());
}
