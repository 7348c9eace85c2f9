using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>A Kent commissioner reads the key decision register, adds a decision, and follows a framework to its decision.</summary>
public sealed class DecisionAndFrameworkTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static readonly DemoSignIn KentCommissioner =
        DemoData.SignIns.First(s => s.Organisation == DemoData.KentName && s.Role == Roles.Commissioner);

    [Fact]
    public async Task KeyDecisionsAndFrameworks_AsCommissioner()
    {
        await SignInAsync(KentCommissioner.Email, DemoData.DemoPassword);

        // The register, and decision 21/00077 with the frameworks it authorised.
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Key decisions", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Key decisions");
        await ExpectAxeCleanAsync();
        await Link("21/00077").ClickAsync();
        await Expect(Page.Locator(".govuk-caption-l")).ToHaveTextAsync("Decision 21/00077");
        var authorised = Page.Locator("#authorised");
        await Expect(authorised.GetByRole(AriaRole.Link, new() { Name = "KM-IFP-2018", Exact = true })).ToBeVisibleAsync();
        await Expect(authorised.GetByRole(AriaRole.Link, new() { Name = "KM-IFP-2022", Exact = true })).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();

        // A new decision: a value that is not money first, then a good one.
        await Link("Back to key decisions").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Key decisions");
        await ExpectAxeCleanAsync();
        await Link("Add a decision").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Add a decision");
        await ExpectAxeCleanAsync();
        var reference = "BT/" + Guid.NewGuid().ToString("N")[..8];
        const string title = "Browser test: supported lodgings pilot";
        await Field("Decision reference").FillAsync(reference);
        await Field("Title").FillAsync(title);
        await Field("Decision maker").FillAsync("Cabinet Member for Integrated Children’s Services");
        await Field("Value").FillAsync("a lot");
        await Field("Number of electoral divisions affected").FillAsync("3");
        await Button("Add decision").ClickAsync();
        await ExpectErrorsAsync("Enter the value as an amount in pounds, like £1,250,000 or 1250000.50");
        // What was typed is kept.
        await Expect(Field("Decision reference")).ToHaveValueAsync(reference);

        await Field("Value").FillAsync("1,250,000");
        await Button("Add decision").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Decision saved");
        await Expect(MainHeading).ToHaveTextAsync(title);
        await Expect(Page.Locator(".govuk-caption-l")).ToHaveTextAsync("Decision " + reference);
        await ExpectAxeCleanAsync();

        // The 2018 framework's extension to 31 March 2022, authorised by 21/00077.
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Frameworks", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Frameworks");
        await ExpectAxeCleanAsync();
        await Link("KM-IFP-2018").ClickAsync();
        await Expect(Page.Locator(".govuk-caption-l")).ToHaveTextAsync("Framework KM-IFP-2018");
        var extension = Page.Locator("#extensions tbody tr");
        await Expect(extension).ToHaveCountAsync(1);
        await Expect(extension.Locator("td").Nth(1)).ToHaveTextAsync("31 March 2022");
        await Expect(extension.GetByRole(AriaRole.Link, new() { Name = "decision 21/00077", Exact = true }))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/decisions/\d+$"));
        await ExpectAxeCleanAsync();
    }
}
