using System.Text;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// A Kent commissioner looks at sufficiency (their authority, then the joint framework by quarter) and the average weekly
/// cost; a Medway finance officer imports a large file and follows its progress to the result. Axe clean throughout.
/// </summary>
public sealed class AnalysisTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static string Shots => Environment.GetEnvironmentVariable("HEARTH_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "hearth-shots");

    private async Task ShotAsync(string name)
    {
        Directory.CreateDirectory(Shots);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task Sufficiency_ThenAverageWeeklyCost_AsCommissioner_AxeClean()
    {
        var commissioner = DemoData.SignIns.First(s => s.Organisation == DemoData.KentName && s.Role == Roles.Commissioner);
        await SignInAsync(commissioner.Email, DemoData.DemoPassword);
        await OpenFinanceAsync("Sufficiency");
        await Expect(MainHeading).ToHaveTextAsync("Sufficiency");
        await Expect(Page.Locator("#sufficiency-table tbody tr").First).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();

        await Field("Show each").SelectOptionAsync(new SelectOptionValue { Label = "Quarter" });
        await Field("For").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Button("Update report").ClickAsync();
        await Expect(Page.Locator("#sufficiency-area")).ToContainTextAsync("combined");
        await Expect(Page.Locator("#sufficiency-table tbody tr th").First).ToContainTextAsync("Q1");
        await ExpectAxeCleanAsync();
        await ShotAsync("sufficiency-joint-quarters");

        await Link("average weekly cost by category and age band").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Average weekly cost by category and age band");
        await Expect(Page.Locator("#average-by-category")).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();
        await ShotAsync("average-weekly-cost");
    }

    [Fact]
    public async Task LargeImport_RunsInTheBackground_ProgressThenResult_AsFinanceOfficer_AxeClean()
    {
        var finance = DemoData.SignIns.First(s => s.Organisation == DemoData.MedwayName && s.Role == Roles.FinanceOfficer);
        var run = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await SignInAsync(finance.Email, DemoData.DemoPassword);
        await VisitAsync("/placements/import");
        await ExpectAxeCleanAsync();

        var csv = new StringBuilder(string.Join(',', PlacementImportRow.Columns)).Append('\n');
        for (var i = 0; i < 10; i++)
            csv.Append($"BB{run}{i},BBC{run}{i},Robin,Ashby,03/05/2015,F,InHouse,,,Standard,U6,LookedAfterChildren,BaseBudget,0{1 + i % 9}/05/2025,455.50,,\n");
        while (csv.Length <= 1024 * 1024 + 10) csv.Append('\n'); // blank lines are skipped: just over the size that runs in the background
        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "large.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv.ToString()) });
        await Button("Import placements").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Import of large.csv");
        await ExpectAxeCleanAsync();

        // The page's script follows the progress and, when the import has finished, offers the result (unless it had
        // already finished when the page loaded).
        if (!await Page.Locator("#import-result").IsVisibleAsync())
        {
            await Expect(Link("Show the result")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Expect(Page.Locator("#import-progress")).ToHaveTextAsync("Finished: 10 rows imported");
            await Link("Show the result").ClickAsync();
        }
        await Expect(Page.Locator("#import-result")).ToHaveTextAsync("10 placements created, 0 updated");
        await Expect(Page.Locator("#import-status")).ToHaveTextAsync("Imported");
        await ExpectAxeCleanAsync();
        await ShotAsync("import-background-done");
    }
}
