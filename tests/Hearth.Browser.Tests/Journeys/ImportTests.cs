using System.Text;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>A Kent finance officer imports placements: no file, a file with bad rows, then a good one; axe clean throughout.</summary>
public sealed class ImportTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static readonly DemoSignIn KentFinance =
        DemoData.SignIns.First(s => s.Organisation == DemoData.KentName && s.Role == Roles.FinanceOfficer);

    [Fact]
    public async Task Import_NoFileThenBadRowsThenGoodRows_AsFinanceOfficer()
    {
        var run = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await SignInAsync(KentFinance.Email, DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Placements", Exact = true }).ClickAsync();
        await ExpectAxeCleanAsync();
        await Link("Import placements from a spreadsheet").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Import placements");
        await ExpectAxeCleanAsync();

        await Button("Import placements").ClickAsync();
        await Expect(ErrorSummary).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();

        var header = string.Join(',', PlacementImportRow.Columns);
        string Row(string reference, string fee, string start) =>
            $"{reference},BT{reference},Robin,Ashby,03/05/2015,F,InHouse,,,Standard,U6,LookedAfterChildren,BaseBudget,{start},{fee},,";
        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "bad.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"{header}\n{Row($"B{run}", "-5", "01/04/2025")}\n{Row($"C{run}", "450", "2025-13-01")}\n"),
        });
        await Button("Import placements").ClickAsync();
        await Expect(Page.Locator("#import-errors-table tbody tr")).ToHaveCountAsync(2);
        await ExpectAxeCleanAsync();

        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "good.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes($"{header}\n{Row($"G{run}", "455.50", "01/04/2025")}\n"),
        });
        await Button("Import placements").ClickAsync();
        await Expect(Page.Locator("#import-result")).ToHaveTextAsync("1 placement created, 0 updated");
        await ExpectAxeCleanAsync();
    }
}
