using System.Globalization;
using System.IO.Compression;
using System.Net;
using CsvHelper;
using CsvHelper.Configuration;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Platform;

/// <summary>
/// Issue 12, finding 4: text that reaches a CSV download never arrives as a live spreadsheet formula. Every CSV export is
/// fetched from the demo data with formulas in every organisation's name and the other free text; no cell may start
/// with = + - @ tab or CR unless it is a number.
/// </summary>
public sealed class CsvInjectionTests(HostileDemoApp app) : IClassFixture<HostileDemoApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every CSV download in Hearth, with who may fetch it. "{decision}" and "{tender}" are filled in from the data.</summary>
    public static TheoryData<string, string, bool> Exports => new()
    {
        { "finance@kent.example", "/finance/payments?handler=Csv&Kind=monthly&Start=2025-10-01", true },
        { "finance@kent.example", "/finance/spend?handler=Csv&From=2023-24&To=2025-26&GroupBy=provider", true },
        { "finance@kent.example", "/finance/commitments?handler=Csv&GroupBy=provider", false },
        { "finance@kent.example", "/finance/forecast?handler=Csv&GroupBy=provider", false },
        { "finance@kent.example", "/finance/budgets?handler=Csv", true },
        { "finance@kent.example", "/finance/average-weekly-cost?handler=Csv&Year=2024-25", true },
        { "finance@kent.example", "/finance/sufficiency?handler=Csv&From=2024-25&To=2024-25&Period=quarter", false },
        { "finance@kent.example", "/finance/uasc?handler=Csv&From=2023-24&To=2025-26", true },
        { "commissioner@kent.example", "/spot-purchases?handler=Csv", true },
        { "commissioner@kent.example", "/tenders/{tender}/lots/1?handler=Export&format=csv", true },
        { "auditor@kent.example", "/call-off-decisions/{decision}?handler=Csv", true },
        { "auditor@kent.example", "/audit?handler=Export", true },
        { "finance@kent.example", "/placements/import?handler=Template", false },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task CsvExport_HostileText_NoCellStartsAFormula(string email, string url, bool showsHostileText)
    {
        if (url.Contains("/audit", StringComparison.Ordinal)) await MakeAnAuditedChangeAsHostileActorAsync();
        using var session = await app.SignInAsync(email);
        var response = await session.Client.GetAsync(await FillAsync(url), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CsvExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        var cells = Cells(await response.Content.ReadAsStringAsync(Ct));
        Assert.NotEmpty(cells);

        var live = cells.Where(c => c.Length > 0 && CsvExport.FormulaTriggers.Contains(c[0])
            && !decimal.TryParse(c, NumberStyles.Number, CultureInfo.InvariantCulture, out _)).ToList();
        Assert.True(live.Count == 0, $"{url} wrote cells a spreadsheet runs as formulas: {string.Join(" | ", live.Take(5))}");
        if (showsHostileText)
            Assert.Contains(cells, c => c.StartsWith('\'') && c.Contains(HostileDemoApp.Formula, StringComparison.Ordinal)
                || c.StartsWith("'=", StringComparison.Ordinal) || c.StartsWith("'+", StringComparison.Ordinal) || c.StartsWith("'@", StringComparison.Ordinal));
    }

    [Fact]
    public void CsvExport_NegativeAmounts_StayNumbers()
    {
        // The spend export writes amounts as numbers: the cell is "-12.5", not "'-12.5" (refunds and corrections add up).
        var csv = CsvExport.Records([new { Provider = "-Refund", Amount = -12.50m, Pence = -1250L }]);
        var cells = Cells(System.Text.Encoding.UTF8.GetString(csv));
        Assert.Equal(["Provider", "Amount", "Pence", "'-Refund", "-12.50", "-1250"], cells);
        var table = Cells(System.Text.Encoding.UTF8.GetString(CsvExport.Table(["Text", "Number"], [["\tTab", -3], ["\rReturn", 4.5m], ["@At", null]])));
        Assert.Equal(["Text", "Number", "'\tTab", "-3", "'\rReturn", "4.5", "'@At", ""], table);
    }

    [Theory]
    [InlineData("finance@kent.example", "/finance/payments?handler=Xlsx&Kind=monthly&Start=2025-10-01")]
    [InlineData("finance@kent.example", "/finance/spend?handler=Xlsx&From=2023-24&To=2025-26&GroupBy=provider")]
    [InlineData("commissioner@kent.example", "/tenders/{tender}/lots/1?handler=Export&format=xlsx")]
    public async Task XlsxExport_HostileText_IsTextNotAFormula(string email, string url)
    {
        using var session = await app.SignInAsync(email);
        var response = await session.Client.GetAsync(await FillAsync(url), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sheets);
        foreach (var sheet in sheets)
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = await reader.ReadToEndAsync(Ct);
            Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
        }
    }

    private static List<string> Cells(string csv)
    {
        using var parser = new CsvParser(new StringReader(csv), new CsvConfiguration(CultureInfo.InvariantCulture));
        var cells = new List<string>();
        while (parser.Read()) cells.AddRange(parser.Record ?? []);
        return cells;
    }

    private async Task<string> FillAsync(string url)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDb>();
        if (url.Contains("{tender}", StringComparison.Ordinal))
            url = url.Replace("{tender}", (await db.Tenders.SingleAsync(t => t.Reference == DemoTender2022.Reference && t.Status == TenderStatus.Awarded, Ct)).Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (url.Contains("{decision}", StringComparison.Ordinal))
            url = url.Replace("{decision}", app.DecisionId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return url;
    }

    /// <summary>A change by the finance officer whose display name is a formula, so it is the actor in Kent's audit trail.</summary>
    private async Task MakeAnAuditedChangeAsHostileActorAsync()
    {
        using var finance = await app.SignInAsync("finance@kent.example");
        const string url = "/finance/budgets/2019-20/Asylum";
        var (_, form) = await finance.GetPageAsync(url);
        var version = ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("input[name='Input.Version']")!).Value;
        var saved = await finance.PostFormAsync(url, new() { ["Input.Amount"] = "1000", ["Input.Version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}
