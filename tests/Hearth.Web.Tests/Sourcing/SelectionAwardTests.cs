using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Hearth.Web.Tests.Sourcing;

/// <summary>Selection, the frozen decision record, award, IPA, spot purchases and capacity. Mutations use Medway records.</summary>
[Collection(Placements.MedwaySpend.Name)]
public sealed class SelectionAwardTests(DemoApp app)
{
    private const string Broker = "broker@medway.example";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> MedwayAsync() => SourcingArrange.AuthorityIdAsync(app, DemoData.MedwayName);

    [Fact]
    public async Task Selection_ChooseInHouseWithRationale_FreezesRecordCreatesPlacementAndCommitsPlace()
    {
        var medway = await MedwayAsync();
        var referral = await SourcingArrange.SignedOffReferralAsync(app, medway, "Selection test", uasc: true);
        var household = await SourcingArrange.HouseholdAsync(app, medway, 2);
        using var broker = await app.SignInAsync(Broker);

        var (page, document) = await broker.GetPageAsync($"/referrals/{referral}/selection");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotNull(document.QuerySelector($"#option-inhouse-{household}"));
        Assert.Contains("Score breakdown", document.Body!.TextContent, StringComparison.Ordinal);

        var missing = await broker.PostFormAsync($"/referrals/{referral}/selection", new() { ["Input.ChosenKey"] = $"inhouse-{household}" });
        Assert.Contains("Enter why you chose this option", UserSession.ErrorSummary(await UserSession.ParseAsync(missing)), StringComparison.Ordinal);
        var shortOne = await broker.PostFormAsync($"/referrals/{referral}/selection", new() { ["Input.ChosenKey"] = $"inhouse-{household}", ["Input.Rationale"] = "Closest" });
        Assert.Contains("at least 20 characters", UserSession.ErrorSummary(await UserSession.ParseAsync(shortOne)), StringComparison.Ordinal);
        Assert.True(await SourcingArrange.NoDecisionAsync(app, referral));

        var chosen = await broker.PostFormAsync($"/referrals/{referral}/selection", new()
        {
            ["Input.ChosenKey"] = $"inhouse-{household}", ["Input.Rationale"] = "In-house carers near school with a free place and UASC experience",
        });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var decisionUrl = chosen.Headers.Location!.OriginalString;
        Assert.StartsWith("/call-off-decisions/", decisionUrl, StringComparison.Ordinal);
        var decisionId = int.Parse(decisionUrl.Split('/')[2].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);

        var (_, record) = await broker.GetPageAsync(decisionUrl);
        Assert.Contains("This record is frozen", record.QuerySelector("#frozen")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(record.QuerySelectorAll("#main-content form"));

        var (placement, committed) = await app.WithDbAsync(async db => (
            await db.Placements.SingleAsync(p => p.CallOffDecisionId == decisionId, Ct),
            await db.CarerHouseholds.Where(h => h.Id == household).Select(h => h.CommittedPlaces).SingleAsync(Ct)));
        Assert.Equal(PlacementRoute.InHouse, placement.Route);
        Assert.Equal(KeyServiceLine.Asylum, placement.KeyServiceLine);
        Assert.Equal(FundingSource.UascGrant, placement.FundingSource);
        Assert.Equal(household, placement.HouseholdId);
        Assert.Equal(1, committed);

        // A second choice on the same referral goes to the frozen record instead.
        var again = await broker.Client.GetAsync($"/referrals/{referral}/selection", Ct);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        // Auditors read and export it.
        using var auditor = await app.SignInAsync("auditor@medway.example");
        var csv = await auditor.Client.GetStringAsync($"/call-off-decisions/{decisionId}?handler=Csv", Ct);
        Assert.Contains("UASC experience", csv, StringComparison.Ordinal);
        var json = await auditor.Client.GetStringAsync($"/call-off-decisions/{decisionId}?handler=Json", Ct);
        Assert.Equal(await app.WithDbAsync(db => db.CallOffDecisions.Where(d => d.Id == decisionId).Select(d => d.Sha256).SingleAsync(Ct)), DecisionJson.Sha256(json));
        var pdf = await auditor.Client.GetByteArrayAsync($"/call-off-decisions/{decisionId}?handler=Pdf", Ct);
        using (var read = PdfDocument.Open(pdf))
            Assert.Contains("frozen", string.Join(" ", read.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionRecord_UpdateOrDeleteInTheDatabase_IsRefusedAndNothingChanges()
    {
        var medway = await MedwayAsync();
        var id = await SourcingArrange.MatrixDecisionAsync(app, medway);
        var before = await app.WithDbAsync(db => db.CallOffDecisions.AsNoTracking().SingleAsync(d => d.Id == id, Ct));

        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db =>
            db.CallOffDecisions.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.DecidedByName, "Someone else"), Ct)));
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db => db.CallOffDecisions.Where(d => d.Id == id).ExecuteDeleteAsync(Ct)));

        var after = await app.WithDbAsync(db => db.CallOffDecisions.AsNoTracking().SingleAsync(d => d.Id == id, Ct));
        Assert.Equal(before.Snapshot, after.Snapshot);
        Assert.Equal(before.DecidedByName, after.DecidedByName);
        Assert.True(after.IsIntact);
    }

    [Fact]
    public async Task Capacity_TwoBrokersTakeTheLastPlaceAtOnce_OneSucceedsOtherIsToldAndNothingIsOverwritten()
    {
        var medway = await MedwayAsync();
        var first = await SourcingArrange.SignedOffReferralAsync(app, medway, "Race test");
        var second = await SourcingArrange.SignedOffReferralAsync(app, medway, "Race test");
        var household = await SourcingArrange.HouseholdAsync(app, medway, 1);
        using var a = await app.SignInAsync(Broker);
        using var b = await app.SignInAsync(Broker);

        var body = new { chosenKey = $"inhouse-{household}", rationale = "The only household with a place tonight for this child" };
        var responses = await Task.WhenAll(
            a.Client.PostAsJsonAsync($"/api/v1/referrals/{first}/decision", body, Ct),
            b.Client.PostAsJsonAsync($"/api/v1/referrals/{second}/decision", body, Ct));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var loser = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.Created);
        Assert.True(loser.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, $"got {(int)loser.StatusCode}");
        var problem = await loser.Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.False(string.IsNullOrWhiteSpace(problem!["detail"]?.GetValue<string>()));
        var (committed, decisions, placements) = await app.WithDbAsync(async db => (
            await db.CarerHouseholds.Where(h => h.Id == household).Select(h => h.CommittedPlaces).SingleAsync(Ct),
            await db.CallOffDecisions.CountAsync(d => d.ReferralId == first || d.ReferralId == second, Ct),
            await db.Placements.CountAsync(p => p.HouseholdId == household, Ct)));
        Assert.Equal(1, committed);
        Assert.Equal(1, decisions);
        Assert.Equal(1, placements);

        // Once full, a later choice is refused with the household's own message.
        var third = await SourcingArrange.SignedOffReferralAsync(app, medway, "Race test");
        var late = await a.Client.PostAsJsonAsync($"/api/v1/referrals/{third}/decision", body, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
    }

    [Fact]
    public async Task SpotPurchase_AboveBandNeedsCommissionerApproval_ThenChosen_IpaForAuthorityAndChosenProvider()
    {
        var medway = await MedwayAsync();
        var referral = await SourcingArrange.SignedOffReferralAsync(app, medway, "Spot test", disabled: true);
        var provider = await app.WithDbAsync(db => db.Providers.Where(p => p.Name.StartsWith("Brackenfold")).Select(p => p.Id).FirstAsync(Ct));
        using var broker = await app.SignInAsync(Broker);

        var noReason = await broker.Client.PostAsJsonAsync($"/api/v1/referrals/{referral}/spot-purchases",
            new { providerId = provider, householdReference = "BF-SPOT", weeklyFee = "19999", justification = "" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("Justification", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var opened = await broker.Client.PostAsJsonAsync($"/api/v1/referrals/{referral}/spot-purchases",
            new { providerId = provider, householdReference = "BF-SPOT", weeklyFee = "19999", additionalCosts = "150", justification = "No framework carer can meet the disability needs near school" }, Ct);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var spot = (await opened.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.True(spot["aboveBand"]!.GetValue<bool>());
        var spotId = spot["id"]!.GetValue<int>();
        var options = (await broker.Client.GetFromJsonAsync<JsonObject>($"/api/v1/referrals/{referral}/options", Ct))!["options"]!.AsArray();
        var asOption = options.Single(o => o!["key"]!.GetValue<string>() == $"spot-{spotId}")!;
        Assert.Equal(1_999_900, asOption["weeklyFeePence"]!.GetValue<long>());
        Assert.True(asOption["needsApproval"]!.GetValue<bool>());

        var refused = await broker.Client.PostAsJsonAsync($"/api/v1/referrals/{referral}/decision",
            new { chosenKey = $"spot-{spotId}", rationale = "Only provider able to meet the disability needs" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("manager must approve", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var commissioner = await app.SignInAsync("commissioner@medway.example");
        var (list, listDoc) = await commissioner.GetPageAsync("/spot-purchases?Status=awaiting");
        Assert.Contains($"Spot purchase {spotId}", listDoc.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("BF-SPOT", await commissioner.Client.GetStringAsync("/spot-purchases?handler=Csv", Ct), StringComparison.Ordinal);
        var approved = await commissioner.Client.PostAsJsonAsync($"/api/v1/spot-purchases/{spotId}/approve",
            new { version = spot["version"]!.GetValue<int>(), reason = "Disability needs justify the fee" }, Ct);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var chosen = await broker.Client.PostAsJsonAsync($"/api/v1/referrals/{referral}/decision",
            new { chosenKey = $"spot-{spotId}", rationale = "Only provider able to meet the disability needs" }, Ct);
        Assert.Equal(HttpStatusCode.Created, chosen.StatusCode);
        var decision = (await chosen.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var decisionId = decision["id"]!.GetValue<int>();
        Assert.Equal("Spot", decision["chosenKind"]!.GetValue<string>());
        Assert.True(decision["intact"]!.GetValue<bool>());
        var placement = await app.WithDbAsync(db => db.Placements.SingleAsync(p => p.CallOffDecisionId == decisionId, Ct));
        Assert.Equal(PlacementRoute.Spot, placement.Route);
        Assert.Equal(provider, placement.ProviderId);
        Assert.Equal(KeyServiceLine.LookedAfterChildrenWithDisability, placement.KeyServiceLine);

        var ipa = await broker.Client.GetByteArrayAsync($"/call-off-decisions/{decisionId}/ipa", Ct);
        using (var read = PdfDocument.Open(ipa))
        {
            var text = string.Join(" ", read.GetPages().Select(p => p.Text));
            Assert.Contains("Individual Placement Agreement", text, StringComparison.Ordinal);
            Assert.Contains("£19,999.00", text, StringComparison.Ordinal);
            Assert.Contains("Test Child", text, StringComparison.Ordinal);
            Assert.Contains("Spot purchase", text, StringComparison.Ordinal);
        }
        using var providerUser = await app.SignInAsync("provider@brackenfold.example");
        Assert.Equal(HttpStatusCode.OK, (await providerUser.Client.GetAsync($"/api/v1/call-off-decisions/{decisionId}/ipa", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await providerUser.Client.GetAsync($"/call-off-decisions/{decisionId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Coding_FinanceChangesKeyServiceLine_KeptAsCorrection()
    {
        var medway = await MedwayAsync();
        var referral = await SourcingArrange.SignedOffReferralAsync(app, medway, "Coding test");
        var household = await SourcingArrange.HouseholdAsync(app, medway, 1);
        using var broker = await app.SignInAsync(Broker);
        var chosen = await broker.Client.PostAsJsonAsync($"/api/v1/referrals/{referral}/decision",
            new { chosenKey = $"inhouse-{household}", rationale = "In-house carers with a free place near school" }, Ct);
        var decisionId = (await chosen.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<int>();
        var placement = await app.WithDbAsync(db => db.Placements.SingleAsync(p => p.CallOffDecisionId == decisionId, Ct));
        Assert.Equal(KeyServiceLine.LookedAfterChildren, placement.KeyServiceLine);

        using var finance = await app.SignInAsync("finance@medway.example");
        var response = await finance.PostFormAsync($"/placements/{placement.Id}/coding", new()
        {
            ["Input.KeyServiceLine"] = "Asylum", ["Input.FundingSource"] = "UascGrant", ["Input.Reason"] = "Age assessment found the child is UASC",
            ["Input.Version"] = placement.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await app.WithDbAsync(db => db.Placements.Include(p => p.Corrections).SingleAsync(p => p.Id == placement.Id, Ct));
        Assert.Equal(KeyServiceLine.Asylum, after.KeyServiceLine);
        Assert.Equal(FundingSource.UascGrant, after.FundingSource);
        Assert.Equal(2, after.Corrections.Count);
    }
}
