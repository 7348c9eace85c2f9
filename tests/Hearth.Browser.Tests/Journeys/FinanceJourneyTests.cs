using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// Issue 5's finance journey, as one Medway finance officer: import placements (no file, bad rows, a good row) → the spend
/// by year report and its chart → the XLSX download → a fee change on the imported placement → the report moves by exactly
/// the amount the costing rule gives. Axe clean on every page and state.
/// </summary>
public sealed class FinanceJourneyTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static readonly DemoSignIn MedwayFinance =
        DemoData.SignIns.First(s => s.Organisation == DemoData.MedwayName && s.Role == Roles.FinanceOfficer);

    [Fact]
    public async Task ImportReportExportFeeChange_ReportMovesExactly_AsFinanceOfficer()
    {
        var run = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var caseReference = $"FJ{run}";
        await SignInAsync(MedwayFinance.Email, DemoData.DemoPassword);

        // Import: nothing chosen, then two bad rows (each named), then one good row.
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Placements", Exact = true }).ClickAsync();
        await ExpectAxeCleanAsync();
        await Link("Import placements from a spreadsheet").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Import placements");
        await ExpectAxeCleanAsync();
        await Button("Import placements").ClickAsync();
        await Expect(ErrorSummary).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();

        var header = string.Join(',', PlacementImportRow.Columns);
        // £700 a week is £100 a night, so every whole night costs whole pounds and the expected movement needs no rounding.
        string Row(string reference, string caseRef, string fee, string start) =>
            $"{reference},{caseRef},Robin,Ashby,03/05/2012,F,InHouse,,,Standard,U6,LookedAfterChildren,BaseBudget,{start},{fee},,";
        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "bad.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"{header}\n{Row($"B{run}", $"FB{run}", "-5", "01/04/2018")}\n{Row($"C{run}", $"FC{run}", "450", "2018-13-01")}\n"),
        });
        await Button("Import placements").ClickAsync();
        await Expect(Page.Locator("#import-errors-table tbody tr")).ToHaveCountAsync(2);
        await ExpectAxeCleanAsync();
        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "good.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"{header}\n{Row($"G{run}", caseReference, "700.00", "01/04/2018")}\n"),
        });
        await Button("Import placements").ClickAsync();
        await Expect(Page.Locator("#import-result")).ToHaveTextAsync("1 placement created, 0 updated");
        await ExpectAxeCleanAsync();

        // The report for 2018-19 (a year no other journey changes), with its chart.
        await OpenFinanceAsync("Spend by financial year");
        await Expect(MainHeading).ToHaveTextAsync("Spend by financial year");
        await ExpectAxeCleanAsync();
        await Field("From").SelectOptionAsync(new SelectOptionValue { Label = "2018-19" });
        await Field("To").SelectOptionAsync(new SelectOptionValue { Label = "2018-19" });
        await Button("Update report").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("From=2018"));
        var reportUrl = Page.Url;
        var chart = Page.Locator("figure").GetByRole(AriaRole.Img);
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart).ToHaveAttributeAsync("aria-label", new Regex("^Bar chart of spend by financial year: .*2018-19 £"));
        await ExpectAxeCleanAsync();
        var before = await YearTotalAsync(Page.Locator("#spend-table"));

        var download = await Page.RunAndWaitForDownloadAsync(() => Link("Excel (XLSX)").ClickAsync());
        Assert.Null(await download.FailureAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.True(bytes.Length > 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K', "The XLSX download is not a zip (it does not start PK).");

        // The imported placement: a fee change from 1 March 2019 to £770 a week (£110 a night).
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Placements", Exact = true }).ClickAsync();
        await ExpectAxeCleanAsync();
        await Field("Case reference or last name").FillAsync(caseReference);
        await Button("Apply filters").ClickAsync();
        await ExpectAxeCleanAsync();
        await Link("Robin Ashby").ClickAsync();
        await Expect(MainHeading).ToContainTextAsync("Placement of Robin Ashby");
        await ExpectAxeCleanAsync();
        await Link("Record a fee change").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Record a fee change");
        await ExpectAxeCleanAsync();
        await Button("Record fee change").ClickAsync();
        await ExpectErrorsAsync("Enter the date the new fee takes effect", "Enter the new weekly fee");
        await Field("Day").FillAsync("1");
        await Field("Month").FillAsync("3");
        await Field("Year").FillAsync("2019");
        await Field("New weekly fee").FillAsync("770.00");
        await Button("Record fee change").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("New weekly fee of £770.00 from 1 March 2019 recorded");
        await ExpectAxeCleanAsync();

        // Back to the report: 2018-19 moved by the 31 nights from 1 to 31 March 2019 at £10 a night more, exactly £310.00.
        await VisitAsync(new Uri(reportUrl).PathAndQuery);
        var after = await YearTotalAsync(Page.Locator("#spend-table"));
        Assert.Equal(before + 310.00m, after);
    }

    /// <summary>The Total cell of the 2018-19 row, in pounds.</summary>
    private static async Task<decimal> YearTotalAsync(ILocator table)
    {
        var row = table.Locator("tbody tr").Filter(new() { Has = table.Page.Locator("th", new() { HasTextString = "2018-19" }) });
        await Expect(row).ToHaveCountAsync(1);
        var total = (await row.Locator("td").Last.TextContentAsync() ?? "").Trim();
        Assert.Matches(@"^£[\d,]+\.\d\d$", total);
        return decimal.Parse(total.TrimStart('£'), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}
