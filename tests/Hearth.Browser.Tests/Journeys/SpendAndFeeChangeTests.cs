using System.Globalization;
using System.Text.RegularExpressions;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Common;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// A Medway finance officer reads the spend report, downloads it, records a fee change on a live framework placement
/// and sees the current year's spend move.
/// </summary>
public sealed class SpendAndFeeChangeTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static readonly DemoSignIn MedwayFinance =
        DemoData.SignIns.First(s => s.Organisation == DemoData.MedwayName && s.Role == Roles.FinanceOfficer);

    [Fact]
    public async Task Spend_ReportDownloadAndFeeChange_AsFinanceOfficer()
    {
        var placement = await App.LiveMedwayFrameworkPlacementAsync(fromEnd: 0);
        var today = London.Today(TimeProvider.System);
        var year = FinancialYear.Containing(today);
        // A date in this financial year, after the last fee change, and before today (tonight is not yet costed).
        var effective = year.Start.AddDays(3) > placement.LastFeeFrom ? year.Start.AddDays(3) : placement.LastFeeFrom.AddDays(1);
        Assert.True(effective < today, $"Placement {placement.Id}'s last fee change ({placement.LastFeeFrom}) leaves no night to re-cost before today.");
        var newFee = Money.FromPounds(placement.WeeklyFee.Pounds + 123.45m);

        await SignInAsync(MedwayFinance.Email, DemoData.DemoPassword);

        // The report, by key service line over three years.
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Spend", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Spend by financial year");
        await ExpectAxeCleanAsync();
        await Field("Show spend by").SelectOptionAsync(new SelectOptionValue { Label = "Key service line" });
        await Field("From").SelectOptionAsync(new SelectOptionValue { Label = year.Previous.Previous.ToString() });
        await Field("To").SelectOptionAsync(new SelectOptionValue { Label = year.ToString() });
        await Button("Update report").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("GroupBy=ksl"));
        var table = Page.GetByRole(AriaRole.Table, new() { Name = "Spend by key service line" });
        await Expect(table).ToBeVisibleAsync();
        await Expect(table.Locator("tbody th")).ToHaveTextAsync(
            [year.Previous.Previous.ToString(), year.Previous.ToString(), year.ToString(), "All years"]);
        var chart = Page.Locator("figure").GetByRole(AriaRole.Img);
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart).ToHaveAttributeAsync("aria-label", new Regex("^Bar chart of spend by financial year: .*" + Regex.Escape(year.ToString()) + " £"));
        await ExpectAxeCleanAsync();
        var before = await YearTotalAsync(table, year);

        var download = await Page.RunAndWaitForDownloadAsync(() => Link("Excel (XLSX)").ClickAsync());
        Assert.Null(await download.FailureAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.True(bytes.Length > 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K', "The XLSX download is not a zip (it does not start PK).");
        await Expect(MainHeading).ToHaveTextAsync("Spend by financial year");

        // The placement, found through the framework filter.
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Placements", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Placements");
        await ExpectAxeCleanAsync();
        await Field("Route").SelectOptionAsync(new SelectOptionValue { Label = "Framework" });
        await Field("Case reference or last name").FillAsync(placement.CaseReference);
        await Button("Apply filters").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("Route=Framework"));
        await Expect(Page.Locator("table.govuk-table tbody td:nth-child(4)")).ToHaveTextAsync(["Framework"]);
        await ExpectAxeCleanAsync();
        await Link(placement.Child).ClickAsync();
        await Expect(MainHeading).ToContainTextAsync("Placement of " + placement.Child);
        await ExpectAxeCleanAsync();

        // The fee change: first with nothing entered, then a new fee from a date after the last one.
        await Link("Record a fee change").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Record a fee change");
        await ExpectAxeCleanAsync();
        await Button("Record fee change").ClickAsync();
        await ExpectErrorsAsync("Enter the date the new fee takes effect", "Enter the new weekly fee");

        await Field("Day").FillAsync(effective.Day.ToString(CultureInfo.InvariantCulture));
        await Field("Month").FillAsync(effective.Month.ToString(CultureInfo.InvariantCulture));
        await Field("Year").FillAsync(effective.Year.ToString(CultureInfo.InvariantCulture));
        await Field("New weekly fee").FillAsync(newFee.Pounds.ToString("0.00", CultureInfo.InvariantCulture));
        await Button("Record fee change").ClickAsync();
        var banner = Page.Locator(".govuk-notification-banner--success");
        await Expect(banner).ToContainTextAsync($"New weekly fee of {newFee} from {effective:d MMMM yyyy} recorded");
        var fees = Page.GetByRole(AriaRole.Table, new() { Name = "Weekly fees" });
        await Expect(fees.Locator("tbody tr").Last.Locator("td")).ToHaveTextAsync([effective.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), newFee.ToString()]);
        await ExpectAxeCleanAsync();

        // Back to the report: the current year has moved.
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Spend", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Spend by financial year");
        await ExpectAxeCleanAsync();
        var after = await YearTotalAsync(Page.Locator("#spend-table"), year);
        Assert.NotEqual(before, after);
    }

    /// <summary>The Total cell of the year's row.</summary>
    private static async Task<string> YearTotalAsync(ILocator table, FinancialYear year)
    {
        var row = table.Locator("tbody tr").Filter(new() { Has = table.Page.Locator("th", new() { HasTextString = year.ToString() }) });
        await Expect(row).ToHaveCountAsync(1);
        var total = (await row.Locator("td").Last.TextContentAsync() ?? "").Trim();
        Assert.Matches(@"^£[\d,]+\.\d\d$", total);
        return total;
    }
}
