using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Finance;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Placements;

/// <summary>Tests that change Medway's spend run one at a time, so each sees the report move only by its own changes.</summary>
public static class MedwaySpend
{
    public const string Name = "Medway spend";
}

[CollectionDefinition(MedwaySpend.Name)]
public sealed class MedwaySpendCollection;

[Collection(MedwaySpend.Name)]
public sealed class ImportTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string Header = string.Join(",", PlacementImportRow.Columns);

    private sealed record Row(string Reference, string CaseReference, string Route, string Urn, string Framework, DateOnly Start, long FeePence, DateOnly? End, string Reason = "")
    {
        public string Csv(string? start = null, string? fee = null, string? end = null) => string.Join(",",
            Reference, CaseReference, "Sam", "Import", "14/05/2012", "F", Route, Urn, Framework, "Standard", "U6", "LookedAfterChildren", "BaseBudget",
            start ?? Start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            fee ?? (FeePence / 100m).ToString("0.00", CultureInfo.InvariantCulture),
            end ?? End?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "", Reason);
    }

    [Fact]
    public async Task Import_200GeneratedPlacements_ThroughThePage_MovesSpendByTheIndependentCostingToThePenny_AndReimportChangesNothing()
    {
        var rows = await GenerateAsync(200, seed: 2026);
        var csv = Header + "\r\n" + string.Join("\r\n", rows.Select(r => r.Csv())) + "\r\n";
        using var finance = await app.SignInAsync("finance@medway.example");
        var first = new FinancialYear(2021);
        var last = FinancialYear.Containing(TestClock.Today);
        var before = await SpendByYearAsync(finance, first, last);

        var (response, page) = await UploadAsync(finance, "placements.csv", csv);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, Errors(page));
        var (_, result) = await finance.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Equal("200 placements created, 0 updated", result.QuerySelector("#import-result")?.TextContent.Trim());

        var after = await SpendByYearAsync(finance, first, last);
        var expected = new Dictionary<string, long>();
        foreach (var row in rows)
            foreach (var (year, pence) in SpendReportTests.IndependentCost(row.Start, row.End, [(row.Start, row.FeePence)]))
                expected[year] = expected.GetValueOrDefault(year) + pence;
        foreach (var year in before.Keys.Union(after.Keys).Union(expected.Keys))
            Assert.True(expected.GetValueOrDefault(year) == after.GetValueOrDefault(year) - before.GetValueOrDefault(year),
                $"{year}: expected the spend to move by {expected.GetValueOrDefault(year)}p, it moved by {after.GetValueOrDefault(year) - before.GetValueOrDefault(year)}p");

        var (again, _) = await UploadAsync(finance, "placements.csv", csv);
        var (_, againPage) = await finance.GetPageAsync(again.Headers.Location!.ToString());
        Assert.Equal("0 placements created, 0 updated", againPage.QuerySelector("#import-result")?.TextContent.Trim());
        Assert.Equal(after, await SpendByYearAsync(finance, first, last));
    }

    [Fact]
    public async Task Import_BadRows_AreEachNamedByRowAndColumn_AndNothingIsSaved()
    {
        var rows = await GenerateAsync(6, seed: 7);
        var good = rows[0];
        var csv = string.Join("\r\n",
            Header,
            rows[0].Csv(),
            rows[1].Csv(start: "2025-13-01"),             // row 3: wrong format
            rows[2].Csv(start: "31/02/2025"),             // row 4: not a real date
            rows[3].Csv(fee: "-12.50"),                   // row 5: negative fee
            rows[4].Csv(start: "10/06/2024", end: "01/06/2024"), // row 6: ends before it starts
            (good with { CaseReference = rows[5].CaseReference }).Csv(), // row 7: the reference of row 2 again
            rows[5].Csv(fee: "20000.01"));                // row 8: over the maximum
        using var finance = await app.SignInAsync("finance@medway.example");
        var count = await MedwayPlacementsAsync();

        var (response, page) = await UploadAsync(finance, "bad.csv", csv);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Table(page);
        Assert.Contains((3, "StartDate", "The start date must be in the format dd/mm/yyyy, like 01/04/2025 ('2025-13-01' is not)"), errors);
        Assert.Contains((4, "StartDate", "The start date must be a real date ('31/02/2025' does not exist)"), errors);
        Assert.Contains((5, "WeeklyFee", "The weekly fee must be £0 or more"), errors);
        Assert.Contains((6, "EndDate", "The end date must be after the start date"), errors);
        Assert.Contains((8, "WeeklyFee", "The weekly fee must be £20,000.00 or less"), errors);
        var duplicate = $"The external reference '{good.Reference}' is used more than once in the file (rows 2 and 7)";
        Assert.Contains((2, "ExternalReference", duplicate), errors);
        Assert.Contains((7, "ExternalReference", duplicate), errors);
        Assert.Equal(7, errors.Count);
        Assert.Contains("Row 3, column StartDate: The start date must be in the format dd/mm/yyyy", UserSession.ErrorSummary(page));
        Assert.Equal(count, await MedwayPlacementsAsync());
    }

    [Fact]
    public async Task Import_WrongColumns_IsOneErrorListingTheExpectedHeader_AndNothingIsSaved()
    {
        var rows = await GenerateAsync(2, seed: 11);
        var csv = Header.Replace("WeeklyFee", "Fee", StringComparison.Ordinal) + ",Notes\r\n" + rows[0].Csv() + ",x\r\n";
        using var finance = await app.SignInAsync("finance@medway.example");
        var count = await MedwayPlacementsAsync();

        var (_, page) = await UploadAsync(finance, "columns.csv", csv);
        var error = Assert.Single(Table(page));
        Assert.Equal(1, error.Row);
        Assert.Equal("Header", error.Column);
        Assert.Contains("missing WeeklyFee", error.Message, StringComparison.Ordinal);
        Assert.Contains("not expected Fee, Notes", error.Message, StringComparison.Ordinal);
        Assert.Contains("Expected: " + Header, error.Message, StringComparison.Ordinal);
        Assert.Equal(count, await MedwayPlacementsAsync());
    }

    [Fact]
    public async Task Import_OtherFileTypesAndLargeFiles_AreRefusedClearly()
    {
        using var finance = await app.SignInAsync("finance@medway.example");
        var (_, notCsv) = await UploadAsync(finance, "placements.txt", Header);
        Assert.Equal("The selected file must be a CSV or XLSX", UserSession.ErrorSummary(notCsv));
        var (_, fakeXlsx) = await UploadAsync(finance, "placements.xlsx", Header);
        Assert.StartsWith("The selected file must be a CSV or XLSX", UserSession.ErrorSummary(fakeXlsx));
        var (_, nothing) = await UploadAsync(finance, "empty.csv", "");
        Assert.Equal("The selected file is empty", UserSession.ErrorSummary(nothing));

        // A 200MB upload: refused from its length before any of it is read, back on the page with the limit.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/placements/import") { Content = new LengthOnlyContent(200L * 1024 * 1024) };
        var response = await finance.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await finance.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Equal("The selected file must be smaller than 20MB", UserSession.ErrorSummary(page));
    }

    [Fact]
    public async Task Import_Xlsx_WithRealDateAndNumberCells_IsImported()
    {
        var rows = await GenerateAsync(2, seed: 5);
        var sheet = rows.Select(r =>
        {
            var cells = r.Csv().Split(',');
            var record = new Dictionary<string, object>();
            for (var i = 0; i < cells.Length; i++) record[PlacementImportRow.Columns[i]] = cells[i];
            record["StartDate"] = r.Start.ToDateTime(TimeOnly.MinValue); // a date cell, as Excel saves one
            record["WeeklyFee"] = (double)(r.FeePence / 100m);           // a number cell
            return record;
        }).ToList();
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, sheet, excelType: MiniExcelLibs.ExcelType.XLSX);
        using var finance = await app.SignInAsync("finance@medway.example");
        var token = await finance.AntiforgeryTokenAsync("/placements/import");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(stream.ToArray()), "file", "placements.xlsx");
        form.Add(new StringContent(token!), "__RequestVerificationToken");
        var response = await finance.Client.PostAsync("/placements/import", form, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, Errors(await UserSession.ParseAsync(response)));
        Assert.Contains("created=2", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportApi_AnswersCountsOrProblemDetailsWithEveryError()
    {
        var rows = await GenerateAsync(3, seed: 99);
        using var finance = await app.SignInAsync("finance@medway.example");
        var good = Header + "\r\n" + string.Join("\r\n", rows.Select(r => r.Csv()));
        var ok = await finance.Client.PostAsync("/api/v1/placements/import", new StringContent(good, Encoding.UTF8, "text/csv"), Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using (var json = JsonDocument.Parse(await ok.Content.ReadAsStringAsync(Ct)))
        {
            Assert.Equal(3, json.RootElement.GetProperty("created").GetInt32());
            Assert.Equal(0, json.RootElement.GetProperty("updated").GetInt32());
        }

        // Re-import: a new fee from a date on one row, an end date on another: two updates.
        var live = rows.First(r => r.End is null && r.Start < TestClock.Today.AddDays(-20));
        var ending = rows.First(r => r.End is null && r != live && r.Start < TestClock.Today.AddDays(-20));
        var feeFrom = live.Start.AddDays(10);
        var changed = Header + ",WeeklyFeeFrom\r\n" + string.Join("\r\n", rows.Select(r =>
            r == live ? r.Csv(fee: "1234.56") + "," + feeFrom.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : r == ending ? r.Csv(end: ending.Start.AddDays(5).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)) + ","
            : r.Csv() + ","));
        var updated = await finance.Client.PostAsync("/api/v1/placements/import", new StringContent(changed, Encoding.UTF8, "text/csv"), Ct);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        using (var json = JsonDocument.Parse(await updated.Content.ReadAsStringAsync(Ct)))
        {
            Assert.Equal(0, json.RootElement.GetProperty("created").GetInt32());
            Assert.Equal(2, json.RootElement.GetProperty("updated").GetInt32());
        }
        var fees = await app.WithDbAsync(db => db.Placements.Where(p => p.ExternalReference == live.Reference)
            .SelectMany(p => p.FeePeriods).OrderBy(f => f.EffectiveFrom).Select(f => f.WeeklyFee).ToListAsync(Ct));
        Assert.Equal([Money.FromPence(live.FeePence), Money.FromPence(1234_56)], fees);

        var bad = Header + "\r\n" + rows[0].Csv(start: "31/02/2025");
        var problem = await finance.Client.PostAsync("/api/v1/placements/import", new StringContent(bad, Encoding.UTF8, "text/csv"), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, problem.StatusCode);
        using (var json = JsonDocument.Parse(await problem.Content.ReadAsStringAsync(Ct)))
        {
            var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
            Assert.Equal(2, error.GetProperty("row").GetInt32());
            Assert.Equal("StartDate", error.GetProperty("column").GetString());
        }
    }

    /// <summary>
    /// Medway placements with references and children unique to this run: every route, a third of them ended, fees in
    /// pounds and pence, starts from April 2021 to a month ago.
    /// </summary>
    private async Task<List<Row>> GenerateAsync(int count, int seed)
    {
        var (urns, framework) = await app.WithDbAsync(async db =>
        {
            var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
            var urns = await db.Providers.OrderBy(p => p.Id).Select(p => p.OfstedUrn).Take(10).ToListAsync(Ct);
            var framework = await db.Frameworks.IgnoreQueryFilters().Where(f => f.Parties.Any(p => p.AuthorityId == medway))
                .OrderByDescending(f => f.StartDate).Select(f => f.Reference).FirstAsync(Ct);
            return (urns, framework);
        });
        var random = new Random(seed);
        var run = Guid.NewGuid().ToString("N")[..10];
        var today = TestClock.Today;
        var earliest = new DateOnly(2021, 4, 1);
        var span = today.AddDays(-30).DayNumber - earliest.DayNumber;
        var routes = new[] { "InHouse", "Framework", "Spot", "Block" };
        var rows = new List<Row>();
        for (var i = 0; i < count; i++)
        {
            var route = routes[i % routes.Length];
            var start = earliest.AddDays(random.Next(span));
            DateOnly? end = random.Next(3) == 0 ? start.AddDays(1 + random.Next(Math.Min(400, today.DayNumber - start.DayNumber - 1))) : null;
            rows.Add(new Row($"IMP-{run}-{i:000}", $"CHI-{run}-{i:000}", route,
                route == "InHouse" ? "" : urns[random.Next(urns.Count)], route == "Framework" ? framework : "",
                start, 300_00 + random.Next(150_000), end, end is null ? "" : "CARPL"));
        }
        return rows;
    }

    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(UserSession session, string fileName, string content)
    {
        var token = await session.AntiforgeryTokenAsync("/placements/import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new("text/csv");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token!), "__RequestVerificationToken");
        var response = await session.Client.PostAsync("/placements/import", form, Ct);
        return (response, await UserSession.ParseAsync(response));
    }

    private static List<(int Row, string Column, string Message)> Table(IHtmlDocument page) =>
        page.QuerySelectorAll("#import-errors-table tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(c => (int.TryParse(c[0], CultureInfo.InvariantCulture, out var row) ? row : 0, c[1], c[2])).ToList();

    private static string Errors(IHtmlDocument page) => string.Join(" | ", Table(page).Take(10).Select(e => $"{e.Row} {e.Column} {e.Message}")) + UserSession.ErrorSummary(page);

    private Task<int> MedwayPlacementsAsync() => app.WithDbAsync(db => db.Placements.CountAsync(p => p.AuthorityId ==
        db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).Single(), Ct));

    private static async Task<Dictionary<string, long>> SpendByYearAsync(UserSession session, FinancialYear first, FinancialYear last)
    {
        var json = await session.Client.GetStringAsync($"/api/v1/finance/spend?from={first}&to={last}", Ct);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .GroupBy(l => l.GetProperty("financialYear").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.GetProperty("amountPence").GetInt64()));
    }

    /// <summary>A request body that announces a length and sends nothing: the server must refuse it from the header alone.</summary>
    private sealed class LengthOnlyContent : HttpContent
    {
        public LengthOnlyContent(long length)
        {
            Headers.ContentType = new("multipart/form-data") { Parameters = { new("boundary", "hearth") } };
            Headers.ContentLength = length;
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => Task.CompletedTask;

        protected override bool TryComputeLength(out long length)
        {
            length = Headers.ContentLength ?? 0;
            return true;
        }
    }
}
