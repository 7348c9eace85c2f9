using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// The vacancy register, the in-house search and the match weights, as a Medway broker, commissioner and administrator
/// would use them. Every page is checked with axe.
/// </summary>
public sealed class MatchingTests(HearthBrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task BrokerKeepsRegister_SearchesInHouse()
    {
        await SignInAsync("broker@medway.example", DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Households", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Carer households");
        await ExpectAxeCleanAsync();

        var reference = await App.WithDbAsync(async db =>
        {
            var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync();
            return await db.CarerHouseholds.Where(h => h.OwnerOrganisationId == medway).OrderBy(h => h.Reference).Skip(5).Select(h => h.Reference).FirstAsync();
        });
        await Link(reference).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync(reference);
        await ExpectAxeCleanAsync();
        await Field("Vacant places now").FillAsync("9");
        await Button("Save and confirm").ClickAsync();
        await ExpectErrorsAsync("Vacant places must be between 0 and 6");
        await ExpectAxeCleanAsync();
        await Field("Vacant places now").FillAsync("1");
        await Button("Save and confirm").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Household saved");
        await ExpectAxeCleanAsync();

        var referral = await App.WithDbAsync(async db =>
        {
            var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync();
            return await db.Referrals.Where(r => r.AuthorityId == medway && r.Status == ReferralStatus.SignedOff).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        });
        await VisitAsync($"/referrals/{referral}");
        await Link("Search in-house carers").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("In-house search");
        await ExpectAxeCleanAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Excluded households" })).ToBeVisibleAsync();
        await Field("At least this many vacant places (optional)").FillAsync("2");
        await Button("Apply filters").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("In-house search");
        await ExpectAxeCleanAsync();
        AssertEveryPageChecked();
    }

    [Fact]
    public async Task CommissionerSetsWeights_ServiceOperatorImportsCentroids()
    {
        await SignInAsync("commissioner@medway.example", DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Match weights", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Match weights");
        await ExpectAxeCleanAsync();
        await Field("Pets").FillAsync("6");
        await Button("Save weights").ClickAsync();
        await ExpectErrorsAsync("The weights must add up to 100: they add up to 101");
        await ExpectAxeCleanAsync();
        await SignOutAsync();

        // The gazetteer every authority's matching uses is the service operator's (ADR 0024).
        await SignInAsync(DemoData.SignIns.Single(s => s.Role == Hearth.Web.Platform.Roles.ServiceOperator).Email, DemoData.DemoPassword);
        await VisitAsync("/admin/postcode-districts");
        await Expect(MainHeading).ToHaveTextAsync("Postcode district centroids");
        await Button("Import").ClickAsync();
        await ExpectErrorsAsync("Select a CSV file");
        await ExpectAxeCleanAsync();
        AssertEveryPageChecked();
    }
}
