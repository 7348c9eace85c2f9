using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Sourcing;

/// <summary>
/// The broker chooses the framework when several are in force (ADR 0017, second addendum): the Send page offers each with
/// the call-off route as the default, the lots and providers follow the choice, and the page and the API send to the chosen
/// framework's members; a framework that has ended, or that the authority is not party to, is refused on FrameworkId and
/// nothing is saved. Medway referrals and a Medway framework of the test's own.
/// </summary>
public sealed class FrameworkChoiceTests(DemoApp app)
{
    private const string Broker = "broker@medway.example";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (int Id, string Reference, List<int> Members)? _second;

    /// <summary>
    /// A second framework for Medway, in force since ten days ago (or since the route started, if later), with two agencies that are not on the 2022 framework's
    /// lot 1 (so who is asked shows which framework was used). Low prices: it never sets a spot band. Made once.
    /// </summary>
    private async Task<(int Id, string Reference, List<int> Members)> SecondFrameworkAsync()
    {
        await Gate.WaitAsync(Ct);
        try
        {
            return _second ??= await app.WithDbAsync(async db =>
            {
                var today = TestClock.Today;
                var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
                var onRoute = await db.FrameworkLotMembers.Where(m => db.Frameworks.Any(f => f.Id == m.FrameworkId && f.Reference == DemoStory.CallOffFrameworkReference(today)))
                    .Select(m => m.ProviderId).Distinct().ToListAsync(Ct);
                var members = await db.Providers.Where(p => !onRoute.Contains(p.Id) && p.OfstedGrade != OfstedGrade.Inadequate).OrderBy(p => p.Id)
                    .Select(p => p.Id).Take(2).ToListAsync(Ct);
                var reference = "CHOICE-" + Guid.NewGuid().ToString("N")[..8];
                // Never started before the demo's route (as it would be in the first days of a new framework): the earlier
                // started framework is the route, and other tests' call-offs must keep going to the demo's.
                var routeStart = await db.Frameworks.Where(f => f.Reference == DemoStory.CallOffFrameworkReference(today)).Select(f => f.StartDate).SingleAsync(Ct);
                var start = today.AddDays(-10) > routeStart ? today.AddDays(-10) : routeStart;
                var framework = Framework.Establish(reference, "Medway Short Breaks and Fostering Framework (test)", ProcurementRegime.Pcr2015LightTouch,
                    start, today.AddYears(3), medway, [], null);
                framework.AwardedFrom(0, Indexation.Firm);
                for (var i = 0; i < members.Count; i++)
                    framework.AdmitToLot(1, "Standard fostering", PlacementCategory.Standard, members[i], i + 1,
                        [.. Enumerable.Range(0, 4).Select(b => new BidPrice("CAT-1", b, 500_00))], "0, 5, 11, 16", start, null);
                db.Frameworks.Add(framework);
                await db.SaveChangesAsync(Ct);
                return (framework.Id, reference, members);
            });
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A new signed-off Medway referral with its in-house outcome recorded: ready to send.</summary>
    private async Task<int> ReadyReferralAsync(UserSession broker)
    {
        var medway = await SourcingArrange.AuthorityIdAsync(app, DemoData.MedwayName);
        // Names no page uses as words: the anonymisation test looks for every call-off child's names in what providers see.
        var referral = await SourcingArrange.SignedOffReferralAsync(app, medway, "Framework choice", givenName: "Fennimore", familyName: "Quarrington");
        Assert.Equal(HttpStatusCode.OK, (await broker.Client.PostAsJsonAsync($"/api/v1/call-offs/in-house-outcomes/{referral}",
            new { reason = "NoCapacity", details = "All full" }, Ct)).StatusCode);
        return referral;
    }

    private Task<List<(int FrameworkId, List<int> Asked)>> CallOffsForAsync(int referralId) => app.WithDbAsync(async db =>
        (await db.CallOffs.Include(c => c.Recipients).Where(c => c.ReferralId == referralId).ToListAsync(Ct))
            .Select(c => (c.FrameworkId, c.Asked.Select(r => r.ProviderId).Order().ToList())).ToList());

    private Task<int> FrameworkIdAsync(string reference) =>
        app.WithDbAsync(db => db.Frameworks.IgnoreQueryFilters().Where(f => f.Reference == reference).Select(f => f.Id).SingleAsync(Ct));

    [Fact]
    public async Task SendPage_TwoFrameworksInForce_DefaultsToTheRoute_ChoosingTheSecondSendsToItsMembers()
    {
        var second = await SecondFrameworkAsync();
        var routeReference = DemoStory.CallOffFrameworkReference(TestClock.Today);
        var route = await FrameworkIdAsync(routeReference);
        var term = await app.WithDbAsync(db => db.Frameworks.Where(f => f.Id == route).Select(f => new { f.StartDate, f.EndDate }).SingleAsync(Ct));
        using var broker = await app.SignInAsync(Broker);
        var referral = await ReadyReferralAsync(broker);

        var (response, page) = await broker.GetPageAsync($"/call-offs/send?ReferralId={referral}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var radios = page.QuerySelectorAll("input[type=radio][name=FrameworkId]").ToList();
        Assert.Contains(radios, r => r.GetAttribute("value") == route.ToString(CultureInfo.InvariantCulture) && r.HasAttribute("checked"));
        Assert.Contains(radios, r => r.GetAttribute("value") == second.Id.ToString(CultureInfo.InvariantCulture) && !r.HasAttribute("checked"));
        var labels = string.Join("\n", page.QuerySelectorAll(".govuk-radios__label").Select(l => l.TextContent.Trim()));
        Assert.Contains(string.Create(CultureInfo.GetCultureInfo("en-GB"), $"({routeReference}), {term.StartDate:d MMMM yyyy} to {term.EndDate:d MMMM yyyy} (the call-off route"),
            labels, StringComparison.Ordinal);
        Assert.Contains($"({second.Reference})", labels, StringComparison.Ordinal);

        // The lots and providers follow the choice.
        var names = await app.WithDbAsync(db => db.Providers.Where(p => second.Members.Contains(p.Id)).Select(p => p.Name).ToListAsync(Ct));
        var (_, chosenPage) = await broker.GetPageAsync($"/call-offs/send?ReferralId={referral}&FrameworkId={second.Id}");
        var providers = chosenPage.QuerySelectorAll("table.govuk-table tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), providers.Order(StringComparer.Ordinal));
        Assert.Equal(second.Id.ToString(CultureInfo.InvariantCulture),
            chosenPage.QuerySelector("form[method=post] input[name=FrameworkId]")!.GetAttribute("value"));

        var sent = await broker.PostFormAsync($"/call-offs/send?ReferralId={referral}",
            new() { ["ReferralId"] = $"{referral}", ["LotNumber"] = "1", ["FrameworkId"] = $"{second.Id}" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var callOff = Assert.Single(await CallOffsForAsync(referral));
        Assert.Equal(second.Id, callOff.FrameworkId);
        Assert.Equal(second.Members.Order().ToList(), callOff.Asked);
    }

    [Fact]
    public async Task SendPage_AFrameworkThatHasEnded_IsRefusedOnFrameworkIdAndNothingIsSent()
    {
        await SecondFrameworkAsync();
        var ended = await FrameworkIdAsync("KM-IFP-2018");
        using var broker = await app.SignInAsync(Broker);
        var referral = await ReadyReferralAsync(broker);

        var response = await broker.PostFormAsync($"/call-offs/send?ReferralId={referral}",
            new() { ["ReferralId"] = $"{referral}", ["LotNumber"] = "1", ["FrameworkId"] = $"{ended}" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await UserSession.ParseAsync(response);
        Assert.Contains("Framework KM-IFP-2018 ended on 31 March 2022", UserSession.ErrorSummary(page), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#FrameworkId-error, .govuk-error-message"));
        Assert.Empty(await CallOffsForAsync(referral));
    }

    [Fact]
    public async Task Api_FrameworkId_ChoosesTheFramework_AndAnEndedOrOthersFrameworkIs422OnFrameworkIdWithNothingSaved()
    {
        var second = await SecondFrameworkAsync();
        var ended = await FrameworkIdAsync("KM-IFP-2018");
        // In force with members, but Kent's alone: Medway is not a party.
        var kentOnly = await app.WithDbAsync(async db =>
        {
            var today = TestClock.Today;
            var kent = await db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync(Ct);
            var routeStart = await db.Frameworks.Where(f => f.Reference == DemoStory.CallOffFrameworkReference(today)).Select(f => f.StartDate).SingleAsync(Ct);
            var start = today.AddDays(-5) > routeStart ? today.AddDays(-5) : routeStart; // never Kent's route (see SecondFrameworkAsync)
            var framework = Framework.Establish("KENT-" + Guid.NewGuid().ToString("N")[..8], "Kent-only framework (test)", ProcurementRegime.Pcr2015LightTouch,
                start, today.AddYears(2), kent, [], null);
            framework.AwardedFrom(0, Indexation.Firm);
            framework.AdmitToLot(1, "Standard fostering", PlacementCategory.Standard, second.Members[0], 1,
                [.. Enumerable.Range(0, 4).Select(b => new BidPrice("CAT-1", b, 500_00))], "0, 5, 11, 16", start, null);
            db.Frameworks.Add(framework);
            await db.SaveChangesAsync(Ct);
            return framework.Id;
        });
        using var broker = await app.SignInAsync(Broker);
        var referral = await ReadyReferralAsync(broker);

        foreach (var (frameworkId, says) in new[] { (ended, "ended on 31 March 2022"), (kentOnly, "party to"), (int.MaxValue, "party to") })
        {
            var refused = await broker.Client.PostAsJsonAsync("/api/v1/call-offs", new { referralId = referral, lotNumber = 1, frameworkId }, Ct);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
            var error = problem["errors"]!["FrameworkId"]![0]!.GetValue<string>();
            Assert.Contains(says, error, StringComparison.Ordinal);
        }
        Assert.Empty(await CallOffsForAsync(referral));

        var sent = await broker.Client.PostAsJsonAsync("/api/v1/call-offs", new { referralId = referral, lotNumber = 1, frameworkId = second.Id }, Ct);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var callOff = Assert.Single(await CallOffsForAsync(referral));
        Assert.Equal(second.Id, callOff.FrameworkId);
        Assert.Equal(second.Members.Order().ToList(), callOff.Asked);
    }
}
