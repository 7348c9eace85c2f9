using System.Text.RegularExpressions;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// A Medway finance officer reads the forecast (with its method), the commitments and the budgets with their status, then
/// sets a budget for a past year. Screenshots go to $HEARTH_SCREENSHOTS (or hearth-shots in the temp folder).
/// </summary>
public sealed class ForecastAndBudgetTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static readonly DemoSignIn MedwayFinance =
        DemoData.SignIns.First(s => s.Organisation == DemoData.MedwayName && s.Role == Roles.FinanceOfficer);

    [Fact]
    public async Task ForecastCommitmentsAndBudgets_AsFinanceOfficer_AxeClean()
    {
        await SignInAsync(MedwayFinance.Email, DemoData.DemoPassword);

        await OpenFinanceAsync("Forecast");
        await Expect(MainHeading).ToHaveTextAsync("Forecast to the year end");
        await Expect(Page.Locator("#forecast-method")).ToContainTextAsync("placements started");
        await Expect(Page.Locator("figure").GetByRole(AriaRole.Img)).ToHaveAttributeAsync("aria-label", new Regex("^Bar chart of the forecast: "));
        await ExpectAxeCleanAsync();
        await ShotAsync("forecast");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Finance reports" }).GetByRole(AriaRole.Link, new() { Name = "Commitments", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Commitments");
        await Expect(Page.Locator("#commitments-total")).ToHaveTextAsync(new Regex("^£[0-9,]+\\.[0-9]{2}$"));
        await ExpectAxeCleanAsync();
        await ShotAsync("commitments");

        await OpenFinanceAsync("Budgets");
        await Expect(MainHeading).ToHaveTextAsync("Budgets");
        await Expect(Page.Locator("#budgets-table tbody .govuk-tag")).ToHaveCountAsync(3);
        await ExpectAxeCleanAsync();
        await ShotAsync("budgets");

        await Field("Financial year").SelectOptionAsync(new SelectOptionValue { Label = "2018-19" });
        await Button("Show budgets").ClickAsync();
        await Expect(Page.Locator("#budgets-table caption")).ToContainTextAsync("2018-19");
        await ExpectAxeCleanAsync();
        await Link("Set budget for Asylum").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Set the budget for Asylum");
        await ExpectAxeCleanAsync();
        await Field("Budget for the year").FillAsync("12.345");
        await Button("Save budget").ClickAsync();
        await ExpectErrorsAsync("Enter the budget in pounds and pence, like £1,250,000.00");
        await Field("Budget for the year").FillAsync("480,000.00");
        await Button("Save budget").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Asylum budget for 2018-19 set to £480,000.00");
        await ExpectAxeCleanAsync();
    }

    private async Task ShotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("HEARTH_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "hearth-shots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"finance-{name}.png"), FullPage = true });
    }
}
