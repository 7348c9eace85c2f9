using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>A provider adds a household (a mistake first, then success); an authority administrator keeps the area. Axe on every page.</summary>
public sealed class HouseholdAddTests(HearthBrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task ProviderAddsAHousehold_AdministratorKeepsTheArea()
    {
        await SignInAsync("provider@brackenfold.example", DemoData.DemoPassword);
        await VisitAsync("/households");
        await Expect(MainHeading).ToHaveTextAsync("Carer households");
        await ExpectAxeCleanAsync();
        await Button("Add a household").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Add a household");
        await ExpectAxeCleanAsync();

        var reference = "BF-B" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await Field("Household reference").FillAsync(reference);
        await Field("Short-term").CheckAsync();
        await Field("Long-term").CheckAsync();
        await Field("Approved places").FillAsync("2");
        await Field("Vacant places now").FillAsync("1");
        await Field("Youngest age approved (years)").FillAsync("12");
        await Field("Oldest age approved (years)").FillAsync("5");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Does the household have pets?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await Field("Postcode district").FillAsync("tn23");
        await Button("Add household").ClickAsync();
        await ExpectErrorsAsync("The oldest age must be the same as or more than the youngest");
        await ExpectAxeCleanAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hearth-add-household-error.png"), FullPage = true });

        await Field("Youngest age approved (years)").FillAsync("5");
        await Field("Oldest age approved (years)").FillAsync("12");
        await Button("Add household").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync(reference);
        await Expect(Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Household added to the register");
        await ExpectAxeCleanAsync();
        var district = await App.WithDbAsync(db => db.CarerHouseholds.Where(h => h.Reference == reference).Select(h => h.PostcodeDistrict).SingleAsync());
        Assert.Equal("TN23", district);
        await SignOutAsync();

        await SignInAsync("administrator@medway.example", DemoData.DemoPassword);
        await VisitAsync("/households");
        await ExpectAxeCleanAsync();
        await Link("Your authority's area").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Your authority's area");
        await ExpectAxeCleanAsync();
        await Field("Postcode districts in the area").FillAsync("ME1 ME2 ME3 ME4 ME5 ME7 ME8 XX99");
        await Button("Save the area").ClickAsync();
        await ExpectErrorsAsync("Hearth does not know the postcode district XX99: check for typing mistakes, or import a gazetteer that has it");
        await ExpectAxeCleanAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hearth-area-error.png"), FullPage = true });
        AssertEveryPageChecked();
    }
}
