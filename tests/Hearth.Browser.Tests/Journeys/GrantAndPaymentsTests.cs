using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// A finance officer reads the UASC grant, tries an overlapping rate, and reads the payments schedule; a provider user
/// reads its own schedule. Every page is checked with axe (and photographed to HEARTH_SCREENSHOTS or the temp folder).
/// </summary>
public sealed class GrantAndPaymentsTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static string Shot(string name)
    {
        var folder = Environment.GetEnvironmentVariable("HEARTH_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "hearth-shots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    [Fact]
    public async Task GrantRatesAndPayments_AsFinanceOfficer_AxeClean()
    {
        var finance = DemoData.SignIns.First(s => s.Organisation == DemoData.MedwayName && s.Role == Roles.FinanceOfficer);
        await SignInAsync(finance.Email, DemoData.DemoPassword);

        await OpenFinanceAsync("UASC grant");
        await Expect(MainHeading).ToHaveTextAsync("UASC grant");
        await Expect(Page.Locator("#uasc-years tbody tr")).ToHaveCountAsync(3);
        await Expect(Page.Locator("figure.hearth-chart svg[role=img]")).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();
        await Page.ScreenshotAsync(new() { Path = Shot("uasc-grant"), FullPage = false });

        await Link("UASC grant rates").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("UASC grant rates");
        await ExpectAxeCleanAsync();
        await Page.GetByLabel("Under 16", new() { Exact = true }).CheckAsync();
        var start = Page.GetByRole(AriaRole.Group, new() { Name = "Start date" });
        await start.GetByLabel("Day").FillAsync("1");
        await start.GetByLabel("Month").FillAsync("10");
        await start.GetByLabel("Year").FillAsync("2023");
        await Field("Nightly rate").FillAsync("150");
        await Button("Add rate").ClickAsync();
        await ExpectErrorsAsync("The dates overlap the under 16 rate of £143.00 a night from 1 April 2022 with no end date");
        await Page.ScreenshotAsync(new() { Path = Shot("uasc-rates-error"), FullPage = true });

        await Page.Locator("#uasc-rates tbody a").First.ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Change a UASC grant rate");
        await ExpectAxeCleanAsync();

        await OpenFinanceAsync("Payments schedule");
        await Expect(MainHeading).ToHaveTextAsync("Payments schedule");
        await ExpectAxeCleanAsync();
        await Field("Period").SelectOptionAsync(new SelectOptionValue { Label = "Four-weekly" });
        var first = Page.GetByRole(AriaRole.Group, new() { Name = "First night of the period" });
        await first.GetByLabel("Day").FillAsync("20");
        await first.GetByLabel("Month").FillAsync("3");
        await first.GetByLabel("Year").FillAsync("2025");
        await Button("Show schedule").ClickAsync();
        await Expect(Page.Locator("#period")).ToContainTextAsync("20 March 2025 to 16 April 2025");
        await Expect(Page.Locator("#payment-lines tbody tr").First).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();
        await Page.ScreenshotAsync(new() { Path = Shot("payments-finance"), FullPage = false });

        await Field("Period").SelectOptionAsync(new SelectOptionValue { Label = "Monthly" });
        await Button("Show schedule").ClickAsync();
        await ExpectErrorsAsync("A monthly period starts on the 1st of a month");
        AssertEveryPageChecked();
    }

    [Fact]
    public async Task Payments_AsProviderUser_OnlyItsOwnSchedule_AxeClean()
    {
        var provider = DemoData.SignIns.Single(s => s.Role == Roles.ProviderUser);
        await SignInAsync(provider.Email, DemoData.DemoPassword);
        await OpenFinanceAsync("Payments schedule");
        await Expect(MainHeading).ToHaveTextAsync("Payments schedule");
        await Expect(Page.Locator("#payment-totals thead th").First).ToHaveTextAsync("Authority");
        await ExpectAxeCleanAsync();
        await Page.ScreenshotAsync(new() { Path = Shot("payments-provider"), FullPage = false });
        await Link("Previous period").ClickAsync();
        await Expect(Page.Locator("#period")).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();
        AssertEveryPageChecked();
    }
}
