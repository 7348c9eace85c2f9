using System.Text;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>A provider attaches files to its bid (a refused file first, then a PDF), sees them on the bid, and removes one: axe clean throughout.</summary>
public sealed class BidFilesTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static readonly DemoSignIn ProviderUser = DemoData.SignIns.Single(s => s.Role == Roles.ProviderUser);
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "hearth-shots", "bid-files");

    private Task ShotAsync(string name)
    {
        Directory.CreateDirectory(Shots);
        return Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
    }

    private Task<int> PublishedTenderAsync() => App.WithDbAsync(async db =>
    {
        var kent = await db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync();
        var commissioner = await db.Users.Where(u => u.Email == "commissioner@kent.example").Select(u => u.Id).SingleAsync();
        var now = TestClock.Now;
        var today = TestClock.Today;
        var start = today.AddDays(90);
        var tender = Tender.Draft("BF-" + Guid.NewGuid().ToString("N")[..8], "Bid files tender", ProcurementRegime.Pcr2015LightTouch, kent, [], null,
            Money.FromPounds(500_000m), start, start.AddYears(2).AddDays(-1), null,
            new TenderTimeline(today, now.AddDays(5), now.AddDays(10), today.AddDays(12), today.AddDays(30), start), AgeBands.Default, Indexation.Firm);
        tender.AddLot("Standard", PlacementCategory.Standard, [],
            QualityQuestionnaire.Create([new(1, "How do you match children with carers?", QuestionKind.Scored, 100, null)]),
            EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 50), AwardBasis.AllQualifying, null);
        tender.AddEvaluator(commissioner, kent, "Sarah Chalk");
        tender.Publish(now, EnglandAndWalesBankHolidays.All);
        db.Tenders.Add(tender);
        await db.SaveChangesAsync();
        return tender.Id;
    });

    [Fact]
    public async Task AttachFiles_AsProviderUser_ErrorThenUploadThenRemove()
    {
        var id = await PublishedTenderAsync();
        await SignInAsync(ProviderUser.Email, DemoData.DemoPassword);
        await VisitAsync($"/bidding/{id}/lots/1");
        await Expect(MainHeading).ToHaveTextAsync("Your bid for Standard");
        await ExpectAxeCleanAsync();

        await Link("Attach files").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Files for your bid for Standard");
        await ExpectAxeCleanAsync();

        await Button("Attach file").ClickAsync();
        await ExpectErrorsAsync("Select a file");
        await ExpectAxeCleanAsync();

        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("plain text") });
        await Button("Attach file").ClickAsync();
        await ExpectErrorsAsync("The selected file must be a PDF, DOCX or XLSX");
        await ShotAsync("upload-error");
        await ExpectAxeCleanAsync();

        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "Safeguarding policy.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n% browser test\n%%EOF\n"),
        });
        await Field("Description (optional)").FillAsync("Safeguarding policy, 2026");
        await Button("Attach file").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner")).ToContainTextAsync("The file has been attached");
        await Expect(Page.Locator("#files")).ToContainTextAsync("Safeguarding policy.pdf");
        await ShotAsync("uploaded");
        await ExpectAxeCleanAsync();

        await Link("Back to your bid").First.ClickAsync();
        await Expect(Page.Locator("#bid-files")).ToContainTextAsync("Safeguarding policy.pdf");
        await ExpectAxeCleanAsync();

        await Link("Add or remove files").ClickAsync();
        await Expect(Page.Locator("#files")).ToContainTextAsync("Safeguarding policy.pdf");
        await ExpectAxeCleanAsync();
        await Button("Remove Safeguarding policy.pdf").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner")).ToContainTextAsync("The file has been removed");
        await Expect(Page.Locator("#no-files")).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();
        AssertEveryPageChecked();
    }
}
