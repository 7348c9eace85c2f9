using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// The variations page of the 2022 framework with its reopening and indexation sections: accessible as shown and with
/// errors (a reopening without a decision or timeline is refused and what was typed is kept; nothing is saved).
/// </summary>
public sealed class FrameworkVariationPageTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static readonly DemoSignIn KentCommissioner =
        DemoData.SignIns.First(s => s.Organisation == DemoData.KentName && s.Role == Roles.Commissioner);

    [Fact]
    public async Task VariationsPage_ReopenAndIndexationSections_AsCommissioner()
    {
        await SignInAsync(KentCommissioner.Email, DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Frameworks", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Frameworks");
        await ExpectAxeCleanAsync();
        await Link("KM-IFP-2022").ClickAsync();
        await Expect(Page.Locator(".govuk-caption-l")).ToHaveTextAsync("Framework KM-IFP-2022");
        await ExpectAxeCleanAsync();

        await VisitAsync(new Uri(Page.Url).AbsolutePath + "/variations");
        await Expect(MainHeading).ToHaveTextAsync("Vary the framework");
        await Expect(Page.Locator("#reopen")).ToHaveTextAsync("Reopen the framework to new providers");
        await Expect(Page.Locator("#indexation")).ToHaveTextAsync("Apply indexation");
        await Expect(Page.GetByText("Prices on this framework are firm for the term")).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();

        await Field("Reference for the new round").FillAsync("KM-IFP-2022-R2");
        await Button("Draft the new round").ClickAsync();
        await Expect(ErrorSummary).ToContainTextAsync("Select the decision that authorises reopening the framework");
        await Expect(ErrorSummary).ToContainTextAsync("Enter the publication date");
        await Expect(Field("Reference for the new round")).ToHaveValueAsync("KM-IFP-2022-R2");
        await ExpectAxeCleanAsync();
        AssertEveryPageChecked();
    }
}
