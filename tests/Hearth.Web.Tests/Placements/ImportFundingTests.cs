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

/// <summary>
/// The import's funding split and additional weekly cost columns (ADR 0008 addendum): the spend report by funding source
/// moves by the §3 rule computed independently, to the penny; re-importing changes nothing; a changed split or cost is a
/// correction; bad values are named by row and column and nothing is saved.
/// </summary>
[Collection(MedwaySpend.Name)]
public sealed class ImportFundingTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string Header = string.Join(",", PlacementImportRow.TemplateColumns);
    private static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    private static string Pounds(long pence) => (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private sealed record Share(FundingSource Source, long? WeeklyPence, int? BasisPoints)
    {
        public string Cell => WeeklyPence is { } p ? Pounds(p) : (BasisPoints!.Value / 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
    }

    private sealed record Cost(string Description, FundingSource Source, DateOnly From, DateOnly? To, long WeeklyPence);

    private sealed record Row(string Reference, string CaseReference, string Urn, FundingSource Main, DateOnly Start, long FeePence, DateOnly? End,
        List<Share> Shares, DateOnly? SplitFrom, Cost? Cost)
    {
        public string Csv()
        {
            var cells = new Dictionary<string, string>
            {
                ["ExternalReference"] = Reference, ["ChildCaseReference"] = CaseReference, ["ChildGivenName"] = "Sam", ["ChildFamilyName"] = "Split",
                ["ChildDateOfBirth"] = "14/05/2012", ["ChildSex"] = "M", ["Route"] = "Spot", ["ProviderOfstedUrn"] = Urn, ["Category"] = "Standard",
                ["PlaceCode"] = "U4", ["KeyServiceLine"] = "LookedAfterChildren", ["FundingSource"] = Main.ToString(), ["StartDate"] = Date(Start),
                ["WeeklyFee"] = Pounds(FeePence), ["EndDate"] = End is { } e ? Date(e) : "", ["EndReasonCode"] = End is null ? "" : "CARPL",
                [PlacementImportRow.FundingSplitFromColumn] = SplitFrom is { } f ? Date(f) : "",
            };
            foreach (var share in Shares) cells[PlacementImportRow.ShareColumns[share.Source]] = share.Cell;
            if (Cost is { } c)
            {
                cells[PlacementImportRow.CostColumn] = Pounds(c.WeeklyPence);
                cells[PlacementImportRow.CostDescriptionColumn] = c.Description;
                cells[PlacementImportRow.CostFundingSourceColumn] = c.Source.ToString();
                cells[PlacementImportRow.CostFromColumn] = Date(c.From);
                cells[PlacementImportRow.CostToColumn] = c.To is { } t ? Date(t) : "";
            }
            return string.Join(",", PlacementImportRow.TemplateColumns.Select(column => cells.GetValueOrDefault(column, "")));
        }

        /// <summary>This row's spend to date by (year, source), by the rule written out in the test (SpendReportTests).</summary>
        public IEnumerable<(string Year, FundingSource Source, long Pence)> Expected() =>
            SpendReportTests.IndependentCostBySource(Start, End, [(Start, FeePence)], Main,
                Shares.Select(s => (s.Source, SplitFrom ?? Start, (DateOnly?)null, s.WeeklyPence, s.BasisPoints)).ToList(),
                Cost is { } c ? [(c.Source, c.From, c.To, c.WeeklyPence)] : []);
    }

    [Fact]
    public async Task Import_SplitsAndWeeklyCosts_MoveSpendBySourceByTheIndependentCostingToThePenny_ReimportChangesNothing_AChangeIsACorrection()
    {
        var rows = await GenerateAsync(60, seed: 4242);
        using var finance = await app.SignInAsync("finance@medway.example");
        var first = new FinancialYear(2021);
        var last = FinancialYear.Containing(TestClock.Today);
        var before = await SpendBySourceAsync(finance, first, last);

        var (response, page) = await UploadAsync(finance, Csv(rows));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, Errors(page));
        Assert.Contains("created=60&updated=0", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var after = await SpendBySourceAsync(finance, first, last);
        AssertMoved(before, after, rows.SelectMany(r => r.Expected()));
        Assert.True(rows.Sum(r => r.Shares.Count) > 40 && rows.Count(r => r.Cost is not null) > 20, "the generator gave splits and costs");

        // The same file again: nothing changes, not even a correction.
        var (again, _) = await UploadAsync(finance, Csv(rows));
        Assert.Contains("created=0&updated=0&unchanged=60", again.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(after, await SpendBySourceAsync(finance, first, last));

        // A changed split on one row (a new source, the old ones set to 0) and a changed cost on another: two updates, kept as corrections.
        var splitRow = rows.First(r => r.Shares.Count > 0 && r.Shares.All(s => s.Source != FundingSource.HealthContribution) && r.Main != FundingSource.HealthContribution);
        var costRow = rows.First(r => r.Cost is not null && r != splitRow);
        var changed = rows.Select(r =>
            r == splitRow ? r with { Shares = [new Share(FundingSource.HealthContribution, null, 1250), .. r.Shares.Select(s => new Share(s.Source, 0, null))] }
            : r == costRow ? r with { Cost = r.Cost! with { WeeklyPence = r.Cost!.WeeklyPence + 33_33 } }
            : r).ToList();
        var (update, updatePage) = await UploadAsync(finance, Csv(changed));
        Assert.True(update.StatusCode == HttpStatusCode.Redirect, Errors(updatePage));
        Assert.Contains("created=0&updated=2&unchanged=58", update.Headers.Location!.ToString(), StringComparison.Ordinal);
        AssertMoved(before, await SpendBySourceAsync(finance, first, last), changed.SelectMany(r => r.Expected()));
        var corrections = await app.WithDbAsync(db => db.Placements.Where(p => p.ExternalReference == splitRow.Reference || p.ExternalReference == costRow.Reference)
            .SelectMany(p => p.Corrections).Select(c => new { c.Field, c.NewValue, c.Reason }).ToListAsync(Ct));
        Assert.All(corrections, c => Assert.Equal(Placement.ImportCorrectionReason, c.Reason));
        Assert.Equal(splitRow.Shares.Count, corrections.Count(c => c.Field == "FundingShare" && c.NewValue == "removed"));
        Assert.Single(corrections, c => c.Field == "AdditionalCost");

        // Blank share cells say nothing: re-importing the row with them blank keeps the health contribution it holds.
        var blanked = changed.Select(r => r.Reference == splitRow.Reference ? r with { Shares = [] } : r).ToList();
        var (blank, blankPage) = await UploadAsync(finance, Csv(blanked));
        Assert.True(blank.StatusCode == HttpStatusCode.Redirect, Errors(blankPage));
        Assert.Contains("created=0&updated=0&unchanged=60", blank.Headers.Location!.ToString(), StringComparison.Ordinal);
        AssertMoved(before, await SpendBySourceAsync(finance, first, last), changed.SelectMany(r => r.Expected()));
    }

    [Fact]
    public async Task Import_BadSplitAndCostValues_AreEachNamedByRowAndColumn_AndNothingIsSaved()
    {
        var rows = await GenerateAsync(6, seed: 17);
        var plain = rows.Select(r => r with { Shares = [], SplitFrom = null, Cost = null, Main = FundingSource.BaseBudget }).ToList();
        var live = plain.Where(r => r.End is null).ToList();
        var cost = new Cost("Support worker", FundingSource.BaseBudget, plain[4].Start, null, 100_00);
        var csv = string.Join("\r\n",
            Header,
            plain[0].Csv(),                                                                                       // row 2: fine
            (plain[1] with { Shares = [new Share(FundingSource.UascGrant, null, 10_050)] }).Csv(),                 // row 3: 100.5%
            (plain[2] with { Shares = [new Share(FundingSource.EducationContribution, -5_00, null)] }).Csv(),      // row 4: negative
            (plain[3] with { Shares = [new Share(FundingSource.HealthContribution, null, 2000)], SplitFrom = plain[3].Start.AddDays(-1) }).Csv(), // row 5
            (plain[4] with { Cost = cost with { From = plain[4].Start.AddDays(-1) } }).Csv(),                     // row 6: cost before the start
            (plain[5] with { Shares = [new Share(FundingSource.BaseBudget, null, 1000)] }).Csv());                 // row 7: the main source
        using var finance = await app.SignInAsync("finance@medway.example");
        var count = await MedwayPlacementsAsync();

        var (response, page) = await UploadAsync(finance, csv + "\r\n");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Table(page);
        Assert.Equal(
        [
            (3, "UascGrantShare", "The share of the UASC grant must be no more than 100% ('100.5%' is more)"),
            (4, "EducationContributionShare", "The amount a week from the education contribution must be £0 or more ('-5.00' is not)"),
            (5, "FundingSplitFrom", "The date the funding split applies from must be on or after the start date"),
            (6, "AdditionalWeeklyCostFrom", "The date the additional weekly cost starts must be on or after the start date"),
            (7, "BaseBudgetShare", "Leave BaseBudgetShare blank: the placement's main funding source (BaseBudget) already gets the rest of the fee"),
        ], errors);
        Assert.Equal(count, await MedwayPlacementsAsync());
        Assert.NotEmpty(live);
    }

    [Fact]
    public async Task Template_HasTheSplitAndCostColumns_AndTheGuidanceDescribesThem()
    {
        using var finance = await app.SignInAsync("finance@medway.example");
        var template = await finance.Client.GetStringAsync("/placements/import?handler=Template", Ct);
        Assert.Equal(Header, template.TrimEnd());
        var (_, page) = await finance.GetPageAsync("/placements/import");
        var guidance = page.QuerySelector("#import-columns")!.TextContent;
        foreach (var column in PlacementImportRow.OptionalColumns) Assert.Contains(column, guidance, StringComparison.Ordinal);
    }

    private static string Csv(IEnumerable<Row> rows) => Header + "\r\n" + string.Join("\r\n", rows.Select(r => r.Csv())) + "\r\n";

    private static void AssertMoved(Dictionary<(string, string), long> before, Dictionary<(string, string), long> after,
        IEnumerable<(string Year, FundingSource Source, long Pence)> expectedLines)
    {
        var expected = expectedLines.GroupBy(l => (l.Year, l.Source.ToString())).ToDictionary(g => g.Key, g => g.Sum(l => l.Pence));
        foreach (var key in before.Keys.Union(after.Keys).Union(expected.Keys))
            Assert.True(expected.GetValueOrDefault(key) == after.GetValueOrDefault(key) - before.GetValueOrDefault(key),
                $"{key}: expected the spend to move by {expected.GetValueOrDefault(key)}p, it moved by {after.GetValueOrDefault(key) - before.GetValueOrDefault(key)}p");
    }

    /// <summary>
    /// Medway spot placements unique to this run, from April 2021 to a month ago, a third ended; most with a split of up to
    /// three other sources (shares to two decimal places or amounts a week, from the start or a later date) and half with an
    /// additional weekly cost under any source, some stopping before the placement ends.
    /// </summary>
    private async Task<List<Row>> GenerateAsync(int count, int seed)
    {
        var urns = await app.WithDbAsync(db => db.Providers.OrderBy(p => p.Id).Select(p => p.OfstedUrn).Take(10).ToListAsync(Ct));
        var random = new Random(seed);
        var run = Guid.NewGuid().ToString("N")[..10];
        var today = TestClock.Today;
        var earliest = new DateOnly(2021, 4, 1);
        var span = today.AddDays(-30).DayNumber - earliest.DayNumber;
        var sources = Enum.GetValues<FundingSource>();
        var rows = new List<Row>();
        for (var i = 0; i < count; i++)
        {
            var start = earliest.AddDays(random.Next(span));
            DateOnly? end = random.Next(3) == 0 ? start.AddDays(2 + random.Next(Math.Min(400, today.DayNumber - start.DayNumber - 2))) : null;
            var lastNight = (end ?? today.AddDays(1)).AddDays(-1);
            var nights = lastNight.DayNumber - start.DayNumber + 1;
            var fee = 300_00 + random.Next(150_000);
            var main = random.Next(4) == 0 ? FundingSource.UascGrant : FundingSource.BaseBudget;
            var shares = sources.Where(s => s != main && random.Next(2) == 0)
                .Select(s => random.Next(2) == 0 ? new Share(s, null, 1 + random.Next(3000)) : new Share(s, 1_00 + random.Next(fee * 3 / 10 - 1_00), null)).ToList();
            DateOnly? splitFrom = shares.Count > 0 && random.Next(2) == 0 ? start.AddDays(random.Next(nights)) : null;
            Cost? cost = null;
            if (random.Next(2) == 0)
            {
                var from = start.AddDays(random.Next(nights));
                DateOnly? to = random.Next(2) == 0 ? from.AddDays(1 + random.Next(Math.Max(1, (end ?? today.AddDays(60)).DayNumber - from.DayNumber - 1))) : null;
                if (to is { } t && end is { } e && t > e) to = e;
                cost = new Cost($"Support worker {i}", sources[random.Next(sources.Length)], from, to, 1_00 + random.Next(50_000));
            }
            rows.Add(new Row($"IMS-{run}-{i:000}", $"CHS-{run}-{i:000}", urns[random.Next(urns.Count)], main, start, fee, end, shares, splitFrom, cost));
        }
        return rows;
    }

    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(UserSession session, string content)
    {
        var token = await session.AntiforgeryTokenAsync("/placements/import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new("text/csv");
        form.Add(file, "file", "placements.csv");
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

    private static async Task<Dictionary<(string Year, string Source), long>> SpendBySourceAsync(UserSession session, FinancialYear first, FinancialYear last)
    {
        var json = await session.Client.GetStringAsync($"/api/v1/finance/spend?from={first}&to={last}", Ct);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .GroupBy(l => (l.GetProperty("financialYear").GetString()!, l.GetProperty("fundingSource").GetString()!))
            .ToDictionary(g => g.Key, g => g.Sum(l => l.GetProperty("amountPence").GetInt64()));
    }
}
