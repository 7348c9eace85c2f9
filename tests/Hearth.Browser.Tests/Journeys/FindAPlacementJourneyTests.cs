using System.Globalization;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hearth.Testing;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// Issue 4's whole journey in Medway, each person in their own browser session: a social worker refers a child → the
/// social work manager signs it off → the broker searches in-house and records why not → sends it to the framework's
/// providers → two providers offer a household each → the broker compares and chooses with a rationale → downloads the
/// Individual Placement Agreement → the framework placement exists at the offered fee. Axe on every page and state.
/// </summary>
public sealed class FindAPlacementJourneyTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private ILocator Group(string legend) => Page.GetByRole(AriaRole.Group, new() { Name = legend });

    private Task Choose(string legend, string option) => Group(legend).GetByLabel(option, new() { Exact = true }).CheckAsync();

    private async Task ContinueAsync(string nextHeading)
    {
        await Button("Save and continue").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync(nextHeading);
        await ExpectAxeCleanAsync();
    }

    [Fact]
    public async Task ReferSignOffSearchSendOfferChoose_PlacementExists()
    {
        var run = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var today = TestClock.Today;
        var neededFrom = today.AddDays(14);
        var (given, family) = ("Juniper", $"Fairweather{run[..4].ToLowerInvariant()}");
        var childName = $"{given} {family}";
        await App.WithDbAsync(async db =>
        {
            var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync();
            db.Children.Add(Child.Register(medway, new ChildDetails($"FP-{run}", given, family, today.AddYears(-9).AddDays(-40), "F", "WBRI", "",
                "English", false, false, "C2", "ME7 1AA", ""), today));
            return await db.SaveChangesAsync();
        });

        // The social worker refers the child.
        await SignInAsync("social-worker@medway.example", DemoData.DemoPassword);
        await VisitAsync("/children");
        await Field("Search by name or case reference").FillAsync(childName);
        await Button("Search").ClickAsync();
        await ExpectAxeCleanAsync();
        await Link(childName).ClickAsync();
        await ExpectAxeCleanAsync();
        await Link("Refer for a placement").ClickAsync();
        await ExpectAxeCleanAsync();
        await Button("Start referral").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("When and what kind of placement");
        await ExpectAxeCleanAsync();
        var referralUrl = Page.Url[..Page.Url.LastIndexOf('/')];
        var referralId = int.Parse(referralUrl[(referralUrl.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        await Choose("When is the placement needed?", "In more than 5 days");
        await Field("Day").FillAsync(neededFrom.Day.ToString(CultureInfo.InvariantCulture));
        await Field("Month").FillAsync(neededFrom.Month.ToString(CultureInfo.InvariantCulture));
        await Field("Year").FillAsync(neededFrom.Year.ToString(CultureInfo.InvariantCulture));
        await Choose("What type of placement is needed?", "Long-term");
        await ContinueAsync("What the child needs");
        await Field("What does the child need from a placement?").FillAsync("A calm home with carers who keep a steady routine and support contact with her brother.");
        await Choose("Does the child have communication, language or learning needs?", "No");
        await Choose("Specific communication and language requirements", "None");
        await Choose("Does the home need adapting for the child?", "No");
        await Choose("Does the child have cultural needs, such as a place of worship?", "Not required");
        await ContinueAsync("Living arrangements");
        await Choose("Who can the child be cared for alongside?", "No preference");
        await Choose("Can the child live with pets or animals?", "Yes, the child can live with pets");
        await Choose("What additional support does the placement need?", "None");
        await Choose("Is there a deprivation of liberty order?", "No");
        await ContinueAsync("Risks");
        await Choose("Risks to the child", "No known risk");
        await Choose("Risks to others or property", "No known risk");
        await ContinueAsync("Location");
        await Choose("Should the child stay in the authority's area?", "Yes");
        await ContinueAsync("Check your answers before submitting the referral");
        await Button("Submit for sign-off").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Referral submitted for sign-off");
        await ExpectAxeCleanAsync();
        await SignOutAsync();

        // The manager signs it off.
        await SignInAsync("social-work-manager@medway.example", DemoData.DemoPassword);
        await VisitAsync($"/referrals/{referralId}");
        await Choose("What is your decision?", "Sign off and release to the placement finding team");
        await Button("Record decision").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Referral signed off");
        await ExpectAxeCleanAsync();
        await SignOutAsync();

        // The broker searches in-house first, records why not, and sends the referral to the framework's providers.
        await SignInAsync("broker@medway.example", DemoData.DemoPassword);
        await VisitAsync($"/referrals/{referralId}");
        await Link("Search in-house carers").ClickAsync();
        await ExpectAxeCleanAsync();
        await VisitAsync($"/referrals/{referralId}");
        await Link("Record the in-house search outcome").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("In-house search outcome");
        await ExpectAxeCleanAsync();
        await Page.GetByLabel("No in-house capacity", new() { Exact = true }).CheckAsync();
        await Button("Record the outcome").ClickAsync();
        await ExpectAxeCleanAsync();
        await Link("Send the referral to framework providers").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Send to framework providers");
        await ExpectAxeCleanAsync();
        await Button("Send to providers").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Call-off");
        await ExpectAxeCleanAsync();
        await SignOutAsync();

        // Two providers that were asked, each with a household that can take her and a user to sign in with.
        var offers = await ArrangeProvidersAsync(referralId, run, today);

        foreach (var (email, callOffId, householdId, _, fee) in offers)
        {
            await SignInAsync(email, DemoData.DemoPassword);
            await VisitAsync($"/provider/referrals/{callOffId}");
            await Expect(Page.Locator("main")).Not.ToContainTextAsync(family);
            await Field("Household").SelectOptionAsync(new SelectOptionValue { Value = householdId.ToString(CultureInfo.InvariantCulture) });
            await Field("Weekly fee").FillAsync(fee.ToString("0.00", CultureInfo.InvariantCulture));
            await Field("Day").FillAsync(neededFrom.Day.ToString(CultureInfo.InvariantCulture));
            await Field("Month").FillAsync(neededFrom.Month.ToString(CultureInfo.InvariantCulture));
            await Field("Year").FillAsync(neededFrom.Year.ToString(CultureInfo.InvariantCulture));
            await Button("Send the offer").ClickAsync();
            await Expect(Button("Withdraw the offer")).ToBeVisibleAsync();
            await ExpectAxeCleanAsync();
            await SignOutAsync();
        }

        // The broker compares the options and chooses the first provider's offer with a rationale.
        var chosen = offers[0];
        await SignInAsync("broker@medway.example", DemoData.DemoPassword);
        await VisitAsync($"/referrals/{referralId}");
        await Link("Compare options and choose").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Compare options and choose a placement");
        await ExpectAxeCleanAsync();
        foreach (var offer in offers)
            await Expect(Page.GetByLabel($"Offer from {offer.ProviderName}, household {offer.HouseholdReference}", new() { Exact = true })).ToHaveCountAsync(1);
        await Page.GetByLabel($"Offer from {chosen.ProviderName}, household {chosen.HouseholdReference}", new() { Exact = true }).CheckAsync();
        await Field("Why are you choosing it?").FillAsync("Her carers live near her school and have kept a steady routine for children of her age.");
        await Button("Choose and freeze the decision record").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Call-off decision record");
        await ExpectAxeCleanAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => Link("Download the Individual Placement Agreement (PDF)").ClickAsync());
        Assert.Null(await download.FailureAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.True(pdf.Length > 4 && pdf[0] == (byte)'%' && pdf[1] == (byte)'P' && pdf[2] == (byte)'D' && pdf[3] == (byte)'F', "The IPA is not a PDF.");

        await Page.Locator("#main-content a[href^='/placements/']").First.ClickAsync();
        await Expect(MainHeading).ToContainTextAsync("Placement of " + childName);
        var route = Page.Locator(".govuk-summary-list__row").Filter(new() { Has = Page.Locator("dt", new() { HasTextString = "Route" }) });
        await Expect(route.Locator("dd")).ToContainTextAsync("Framework");
        var fees = Page.GetByRole(AriaRole.Table, new() { Name = "Weekly fees" });
        await Expect(fees.Locator("tbody tr").Last.Locator("td").Last).ToHaveTextAsync(Money.FromPounds(chosen.Fee).ToString());
        await ExpectAxeCleanAsync();
        AssertEveryPageChecked();
    }

    private sealed record ProviderOffer(string Email, int CallOffId, int HouseholdId, string ProviderName, decimal Fee)
    {
        public string HouseholdReference { get; init; } = "";
    }

    /// <summary>
    /// The demo provider and one more provider the call-off asked: each gets a household for ages 0–17 with two places,
    /// and the second a provider user; fees at or below their contracted price so neither needs a manager's approval.
    /// </summary>
    private async Task<List<ProviderOffer>> ArrangeProvidersAsync(int referralId, string run, DateOnly today)
    {
        var asked = await App.WithDbAsync(async db =>
        {
            var callOff = await db.CallOffs.Include(c => c.Recipients).SingleAsync(c => c.ReferralId == referralId);
            var demo = await db.Providers.Where(p => p.Name == DemoData.FirstProviderName).Select(p => p.Id).SingleAsync();
            var recipients = callOff.Recipients.Select(r => r.ProviderId).ToList();
            Assert.Contains(demo, recipients);
            var other = recipients.First(p => p != demo);
            var names = await db.Providers.Where(p => p.Id == demo || p.Id == other).ToDictionaryAsync(p => p.Id, p => p.Name);
            var result = new List<(int Provider, string Name, int Household, string Reference)>();
            foreach (var provider in new[] { demo, other })
            {
                var household = CarerHousehold.Approve(provider, $"JY-{run}-{result.Count + 1}", "ME5", 2, 0, 17, today);
                db.CarerHouseholds.Add(household);
                await db.SaveChangesAsync();
                result.Add((provider, names[provider], household.Id, household.Reference));
            }
            return (CallOffId: callOff.Id, Providers: result);
        });

        var secondEmail = $"offers-{run.ToLowerInvariant()}@provider.example";
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HearthUser>>();
            var user = new HearthUser
            {
                UserName = secondEmail, Email = secondEmail, EmailConfirmed = true, DisplayName = "Second Provider",
                OrganisationId = asked.Providers[1].Provider, CreatedAt = TestClock.Now,
            };
            var created = await users.CreateAsync(user, DemoData.DemoPassword);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            Assert.True((await users.AddToRoleAsync(user, Roles.ProviderUser)).Succeeded);
        }

        return
        [
            new("provider@brackenfold.example", asked.CallOffId, asked.Providers[0].Household, asked.Providers[0].Name, 450.00m) { HouseholdReference = asked.Providers[0].Reference },
            new(secondEmail, asked.CallOffId, asked.Providers[1].Household, asked.Providers[1].Name, 440.00m) { HouseholdReference = asked.Providers[1].Reference },
        ];
    }
}
