using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Sourcing;

/// <summary>
/// Issue 4 wired end to end on the server: offers become scored options, an above-price offer needs a manager's approval,
/// choosing it accepts it on the call-off (identity released to that provider only) and the notices are sent. Medway.
/// </summary>
[Collection(Placements.MedwaySpend.Name)]
public sealed class SourcingWiringTests(DemoApp app)
{
    private const string Broker = "broker@medway.example";
    private const string Provider = "provider@brackenfold.example";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChoosingAnApprovedOffer_AcceptsItReleasesIdentityToThatProviderOnlyAndSendsTheNotices()
    {
        var medway = await SourcingArrange.AuthorityIdAsync(app, DemoData.MedwayName);
        var referral = await SourcingArrange.SignedOffReferralAsync(app, medway, "Wiring test", givenName: "Wirinda", familyName: "Quellington");
        using var broker = await app.SignInAsync(Broker);
        Assert.Equal(HttpStatusCode.OK, (await broker.Client.PostAsJsonAsync($"/api/v1/call-offs/in-house-outcomes/{referral}",
            new { reason = "NoCapacity", details = "All full" }, Ct)).StatusCode);
        var sent = await broker.Client.PostAsJsonAsync("/api/v1/call-offs", new { referralId = referral, lotNumber = 1, lotChoiceReason = "Test" }, Ct);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var callOffId = (await sent.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<int>();

        var brackenfold = await app.WithDbAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == Provider).Select(u => u.OrganisationId).SingleAsync(Ct));
        var today = TestClock.Today;
        var start = today.AddDays(7);
        // A second provider asked in the same call-off offers through the domain (it has no demo sign-in), with a user to tell.
        var (second, secondOffer) = await app.WithDbAsync(async db =>
        {
            var callOff = await db.CallOffs.Include(c => c.Recipients).Include(c => c.Offers).Include(c => c.Children).AsSplitQuery().SingleAsync(c => c.Id == callOffId, Ct);
            var other = callOff.Asked.First(r => r.ProviderId != brackenfold).ProviderId;
            var household = CarerHousehold.Approve(other, "W2-" + Guid.NewGuid().ToString("N")[..6], "ME5", 2, 0, 17, today.AddYears(-1));
            db.CarerHouseholds.Add(household);
            var roleId = await db.Roles.Where(r => r.Name == Roles.ProviderUser).Select(r => r.Id).SingleAsync(Ct);
            var email = $"wiring-{Guid.NewGuid():N}@example.org";
            var user = new HearthUser
            {
                UserName = email, Email = email, EmailConfirmed = true, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
                DisplayName = "Wiring Provider", OrganisationId = other, CreatedAt = TestClock.Now, SecurityStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(user);
            await db.SaveChangesAsync(Ct);
            db.UserRoles.Add(new() { UserId = user.Id, RoleId = roleId });
            var offer = callOff.SubmitOffer(other, new OfferableHousehold(household.Id, other, household.Reference, 2), Money.FromPounds(700m), Money.Zero, null,
                start, TestClock.Now, today, null, [], new HashSet<DateOnly>());
            await db.SaveChangesAsync(Ct);
            return (other, offer.Id);
        });

        var householdId = await app.WithDbAsync(async db =>
        {
            var h = CarerHousehold.Approve(brackenfold, "W1-" + Guid.NewGuid().ToString("N")[..6], "ME5", 2, 0, 17, today.AddYears(-1));
            db.CarerHouseholds.Add(h);
            await db.SaveChangesAsync(Ct);
            return h.Id;
        });
        using var provider = await app.SignInAsync(Provider);
        var view = await provider.Client.GetFromJsonAsync<JsonObject>($"/api/v1/provider/referrals/{callOffId}", Ct);
        Assert.Empty(view!["releasedChildren"]!.AsArray()); // nobody chosen yet: no identity
        var offered = await provider.Client.PostAsJsonAsync($"/api/v1/provider/referrals/{callOffId}/offer",
            new { version = view!["version"]!.GetValue<int>(), householdId, weeklyFee = 19_999m, earliestStart = start }, Ct);
        Assert.Equal(HttpStatusCode.OK, offered.StatusCode);
        var offerId = (await offered.Content.ReadFromJsonAsync<JsonObject>(Ct))!["offer"]!["id"]!.GetValue<int>();

        // Both offers are options with the matcher's score; the call-off page shows the same score in its seam.
        var (_, selection) = await broker.GetPageAsync($"/referrals/{referral}/selection");
        Assert.NotNull(selection.QuerySelector($"#option-offer-{offerId}"));
        Assert.NotNull(selection.QuerySelector($"#option-offer-{secondOffer}"));
        var (_, callOffPage) = await broker.GetPageAsync($"/call-offs/{callOffId}");
        var scoreCells = callOffPage.QuerySelectorAll("[data-seam=match-score]");
        Assert.Equal(2, scoreCells.Length);
        Assert.All(scoreCells, cell => Assert.DoesNotContain("Not scored", cell.TextContent, StringComparison.Ordinal));

        // Above the framework price: refused without a manager's approval.
        var choice = new Dictionary<string, string>
        {
            ["Input.ChosenKey"] = $"offer-{offerId}", ["Input.Rationale"] = "Brackenfold's carers know the child's school and can start next week",
        };
        var refused = await broker.PostFormAsync($"/referrals/{referral}/selection", choice);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This offer is above the provider's framework price: a manager must approve it before it can be chosen",
            UserSession.ErrorSummary(await UserSession.ParseAsync(refused)), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.CallOffDecisions.AnyAsync(d => d.ReferralId == referral, Ct)));


        using var manager = await app.SignInAsync($"{DemoData.ReferralManagerSlug}@medway.example");
        var brokerApproval = await broker.PostFormAsync($"/call-offs/{callOffId}/approvals", new() { ["Input.OfferId"] = $"{offerId}", ["Input.Reason"] = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, brokerApproval.StatusCode);
        var noReason = await manager.PostFormAsync($"/call-offs/{callOffId}/approvals", new() { ["Input.OfferId"] = $"{offerId}" });
        Assert.Contains("Enter why you approve", UserSession.ErrorSummary(await UserSession.ParseAsync(noReason)), StringComparison.Ordinal);
        // A manager who picks no offer is told to pick one.
        var noOffer = await manager.PostFormAsync($"/call-offs/{callOffId}/approvals", new() { ["Input.Reason"] = "x" });
        Assert.Contains("Select the offer you approve", UserSession.ErrorSummary(await UserSession.ParseAsync(noOffer)), StringComparison.Ordinal);
        var approved = await manager.PostFormAsync($"/call-offs/{callOffId}/approvals", new()
        {
            ["Input.OfferId"] = $"{offerId}", ["Input.Reason"] = "No other household can keep the school place",
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        // Approving the same offer again, as it stands, is refused: one approval per version of the offer.
        var again = await manager.PostFormAsync($"/call-offs/{callOffId}/approvals", new() { ["Input.OfferId"] = $"{offerId}", ["Input.Reason"] = "Again" });
        Assert.Contains("already approved as it stands", UserSession.ErrorSummary(await UserSession.ParseAsync(again)), StringComparison.Ordinal);

        var chosen = await broker.PostFormAsync($"/referrals/{referral}/selection", choice);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);

        var (page, providerView) = await provider.GetPageAsync($"/provider/referrals/{callOffId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Wirinda Quellington", providerView.Body!.TextContent, StringComparison.Ordinal);
        // The API releases the same identity to the chosen provider (the page and the API read one method).
        var released = (await provider.Client.GetFromJsonAsync<JsonObject>($"/api/v1/provider/referrals/{callOffId}", Ct))!["releasedChildren"]!.AsArray();
        Assert.Equal("Wirinda Quellington", Assert.Single(released)!["name"]!.GetValue<string>());
        var (callOffAfter, outbox, notices) = await app.WithDbAsync(async db => (
            await db.CallOffs.Include(c => c.Offers).AsSplitQuery().SingleAsync(c => c.Id == callOffId, Ct),
            await db.OutboxMessages.Where(m => m.Template == "OfferUnsuccessful" || m.Template == "OfferAccepted").ToListAsync(Ct),
            await db.UnsuccessfulNotices.Where(n => n.ReferralId == referral).ToListAsync(Ct)));
        Assert.True(callOffAfter.IsIdentityReleasedTo(brackenfold));
        Assert.False(callOffAfter.IsIdentityReleasedTo(second));
        Assert.Equal(OfferStatus.Unsuccessful, callOffAfter.Offers.Single(o => o.Id == secondOffer).Status);
        Assert.Contains(outbox, m => m.Template == "OfferUnsuccessful" && m.RecipientOrganisationId == second
            && m.Body.Contains($"call-off {callOffId}", StringComparison.Ordinal) && !m.Body.Contains("Wirinda Quellington", StringComparison.Ordinal));
        Assert.Contains(outbox, m => m.Template == "OfferAccepted" && m.RecipientOrganisationId == brackenfold && m.Body.Contains($"call-off {callOffId}", StringComparison.Ordinal));
        Assert.NotEmpty(notices);
        Assert.All(notices, n => Assert.NotNull(n.SentAt));
    }
}
