using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>An auditor filters the audit trail, checks its chain of hashes and downloads it; nobody else can see it.</summary>
public sealed class AuditTests(HearthBrowserFixture app) : BrowserTest(app)
{
    /// <summary>Every sealed column, so the export can be checked on its own with the key (ADR 0026).</summary>
    private const string CsvHeader =
        "Id,At (UTC),Actor,Entity,Entity id,Action,Changes,Previous hash,Hash,Key id,Actor user id,Actor organisation id,Owner organisation id,At (UTC ticks)";

    private static readonly DemoSignIn KentAuditor =
        DemoData.SignIns.First(s => s.Organisation == DemoData.KentName && s.Role == Roles.Auditor);

    private static readonly DemoSignIn KentBroker =
        DemoData.SignIns.First(s => s.Organisation == DemoData.KentName && s.Role == Roles.Broker);

    [Fact]
    public async Task AuditTrail_FilterCheckAndDownload_AsAuditor()
    {
        await SignInAsync(KentAuditor.Email, DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Audit trail", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Audit trail");
        await ExpectAxeCleanAsync();

        await Field("Record type").SelectOptionAsync(new SelectOptionValue { Label = "Authority" });
        await Button("Apply filters").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"Query\.Entity=Authority"));
        await Expect(Field("Record type").Locator("option:checked")).ToHaveTextAsync("Authority");
        var rows = Page.Locator("table.govuk-table tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        // Every entry shown is about an authority (the Record column reads "Authority {id}").
        var records = await rows.Locator("td:nth-child(3)").AllTextContentsAsync();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.StartsWith("Authority ", r.Trim(), StringComparison.Ordinal));
        await ExpectAxeCleanAsync();

        await Button("Check the chain").ClickAsync();
        var banner = Page.Locator(".govuk-notification-banner--success");
        await Expect(banner.GetByRole(AriaRole.Heading, new() { Name = "Success" })).ToBeVisibleAsync();
        await Expect(banner).ToContainTextAsync("The audit trail is intact");
        await ExpectAxeCleanAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => Link("Download these as CSV").ClickAsync());
        Assert.Equal("audit-trail.csv", download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
        var path = await download.PathAsync();
        using var reader = new StreamReader(path);
        Assert.Equal(CsvHeader, await reader.ReadLineAsync(TestContext.Current.CancellationToken));
        Assert.Matches(@"^\d+,", await reader.ReadLineAsync(TestContext.Current.CancellationToken) ?? "");
        // The download left the page where it was.
        await Expect(MainHeading).ToHaveTextAsync("Audit trail");
    }

    [Fact]
    public async Task AuditTrail_Broker_IsToldTheyDoNotHavePermission()
    {
        await SignInAsync(KentBroker.Email, DemoData.DemoPassword);

        var response = await VisitAsync("/audit");

        Assert.Equal(403, response?.Status);
        await Expect(MainHeading).ToHaveTextAsync("You do not have permission to view this page");
        await Expect(ServiceNavigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(ExpectedMenu.For(Roles.Broker));
    }
}
