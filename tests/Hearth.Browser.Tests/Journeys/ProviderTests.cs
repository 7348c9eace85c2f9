using System.Text.RegularExpressions;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>A provider's user sees their own agency's placements and the frameworks it belongs to, and nothing else.</summary>
public sealed class ProviderTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static readonly DemoSignIn ProviderUser = DemoData.SignIns.Single(s => s.Role == Roles.ProviderUser);

    [Fact]
    public async Task PlacementsAndFrameworks_AsProviderUser_AreOnlyTheirAgencys()
    {
        var (placements, frameworks) = await App.WithDbAsync(async db =>
        {
            var provider = await db.Providers.Where(p => p.Name == ProviderUser.Organisation).Select(p => p.Id).SingleAsync();
            var count = await db.Placements.CountAsync(p => p.ProviderId == provider);
            var references = await db.Frameworks.Where(f => f.Members.Any(m => m.ProviderId == provider))
                .Select(f => f.Reference).ToListAsync();
            return (count, references);
        });
        Assert.True(placements > 0, "The demo provider has no placements to show.");

        await SignInAsync(ProviderUser.Email, DemoData.DemoPassword);

        // Every placement, live or ended: as many as the agency has, each with the agency as provider.
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Placements", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Placements");
        await ExpectAxeCleanAsync();
        await Field("Status").SelectOptionAsync(new SelectOptionValue { Label = "All" });
        await Button("Apply filters").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"Status=(&|$)"));
        await Expect(Page.GetByText($"{placements:N0} placement{(placements == 1 ? "" : "s")}", new() { Exact = true })).ToBeVisibleAsync();
        var providers = (await Page.Locator("table.govuk-table tbody td:nth-child(5)").AllTextContentsAsync()).Select(t => t.Trim()).Distinct();
        Assert.Equal([ProviderUser.Organisation], providers);
        await ExpectAxeCleanAsync();

        // The frameworks the agency is a member of, and on each only its own membership.
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Frameworks", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Frameworks");
        var shown = await Page.Locator("table.govuk-table tbody td:first-child").AllTextContentsAsync();
        Assert.Equal(frameworks.Order(), shown.Select(s => s.Trim()).Order());
        await ExpectAxeCleanAsync();
        await Link(frameworks.Order().Last()).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Your membership", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.Locator("#members tbody td:first-child")).ToHaveTextAsync([ProviderUser.Organisation]);
        await ExpectAxeCleanAsync();
    }
}
