using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// ADR 0023 pages as people would use them: a Medway commissioner changes the response deadlines (a field error first),
/// a manager opens the offers waiting for approval from the menu, an administrator reads the outbox. Axe on every page.
/// </summary>
public sealed class DeadlinesAndApprovalsTests(HearthBrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task CommissionerChangesDeadlines_ManagerOpensApprovals_AdministratorReadsOutbox()
    {
        await SignInAsync("commissioner@medway.example", DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Response deadlines", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Response deadlines");
        await ExpectAxeCleanAsync();
        await Field("Emergency deadline, in hours").FillAsync("25");
        await Button("Save deadlines").ClickAsync();
        await ExpectErrorsAsync("Emergency deadline must be between 1 and 24 hours");
        await ExpectAxeCleanAsync();
        await Expect(Field("Emergency deadline, in hours")).ToHaveValueAsync("25");
        await Field("Emergency deadline, in hours").FillAsync("6");
        await Button("Save deadlines").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Response deadlines saved");
        await Expect(Page.Locator(".govuk-summary-list")).ToContainTextAsync("6 hours");
        await ExpectAxeCleanAsync();
        var folder = Environment.GetEnvironmentVariable("HEARTH_SCREENSHOTS") is { Length: > 0 } configured ? configured : Path.Combine(Path.GetTempPath(), "hearth-shots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, "response-deadlines.png"), FullPage = true });
        await SignOutAsync();

        await SignInAsync($"{DemoData.ReferralManagerSlug}@medway.example", DemoData.DemoPassword);
        await Expect(Page.GetByText("waiting for your approval")).ToBeVisibleAsync();
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Offer approvals", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Offers waiting for approval");
        await ExpectAxeCleanAsync();
        await SignOutAsync();

        await SignInAsync("administrator@medway.example", DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Outbox", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Outbox");
        await Expect(Page.GetByRole(AriaRole.Columnheader, new() { Name = "Delivery" })).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();
        AssertEveryPageChecked();
    }
}
