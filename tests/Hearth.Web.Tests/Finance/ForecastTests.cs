using System.Net;
using System.Text.Json;
using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Hearth.Web.Tests.Placements;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Finance;

/// <summary>
/// Commitments and the forecast against an independent computation, for a set of Medway placements made by the test with a
/// provider of its own (so its lines are the test's alone). In the Medway spend collection: it adds to Medway's spend.
/// </summary>
[Collection(MedwaySpend.Name)]
public sealed class ForecastTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Made(int Id, KeyServiceLine Line, FundingSource Funding, DateOnly Start, DateOnly? End, DateOnly? Planned, List<(DateOnly From, long Pence)> Fees);

    [Fact]
    public async Task ForecastAndCommitments_MedwayPlacementSet_EqualAnIndependentComputationToThePenny()
    {
        var today = TestClock.Today;
        var year = FinancialYear.Containing(today);
        var (providerId, providerName, made) = await MakePlacementsAsync(today);

        // Independent: walk every night of the year up to each placement's committed end, split at tonight, round per fee period.
        var tomorrow = today.AddDays(1);
        var remaining = year.EndExclusive.DayNumber - tomorrow.DayNumber;
        var expected = new Dictionary<string, (long Actual, long Committed, long New, int Placements)>();
        var recentFees = new Dictionary<string, long>();
        foreach (var p in made)
        {
            var key = $"{p.Line}/{p.Funding}";
            if (p.Start >= today.AddDays(1 - 84) && p.Start <= today) recentFees[key] = recentFees.GetValueOrDefault(key) + p.Fees[0].Pence;
            var stop = p.End ?? (p.Planned is { } planned && planned > today && planned < year.EndExclusive ? planned : year.EndExclusive);
            if (stop > year.EndExclusive) stop = year.EndExclusive;
            var toDate = new Dictionary<int, int>();
            var all = new Dictionary<int, int>();
            for (var night = p.Start > year.Start ? p.Start : year.Start; night < stop; night = night.AddDays(1))
            {
                var period = p.Fees.FindLastIndex(f => f.From <= night);
                all[period] = all.GetValueOrDefault(period) + 1;
                if (night <= today) toDate[period] = toDate.GetValueOrDefault(period) + 1;
            }
            if (all.Count == 0) continue;
            long Cost(Dictionary<int, int> runs) => runs.Sum(r => (long)Math.Round(p.Fees[r.Key].Pence * (decimal)r.Value / 7m, MidpointRounding.AwayFromZero));
            var actual = Cost(toDate);
            var sum = expected.GetValueOrDefault(key);
            expected[key] = (sum.Actual + actual, sum.Committed + Cost(all) - actual, 0, sum.Placements + (new[] { p.Start, year.Start, tomorrow }.Max() < stop ? 1 : 0));
        }
        foreach (var (key, fees) in recentFees)
        {
            var e = expected.GetValueOrDefault(key);
            var cost = remaining == 0 ? 0 : (long)Math.Round(fees * (decimal)remaining * (remaining + 1) / (98m * 12), MidpointRounding.AwayFromZero);
            expected[key] = e with { New = cost };
        }

        using var finance = await app.SignInAsync("finance@medway.example");
        using var forecast = JsonDocument.Parse(await finance.Client.GetStringAsync($"/api/v1/finance/forecast?year={year}", Ct));
        var lines = forecast.RootElement.GetProperty("lines").EnumerateArray()
            .Where(l => l.GetProperty("providerId").ValueKind == JsonValueKind.Number && l.GetProperty("providerId").GetInt32() == providerId)
            .ToDictionary(l => $"{l.GetProperty("keyServiceLine").GetString()}/{l.GetProperty("fundingSource").GetString()}",
                l => (l.GetProperty("actualToDatePence").GetInt64(), l.GetProperty("committedPence").GetInt64(), l.GetProperty("expectedNewPence").GetInt64(),
                    l.GetProperty("committedPlacements").GetInt32()));
        Assert.Equal(expected.OrderBy(kv => kv.Key), lines.OrderBy(kv => kv.Key));

        using var commitments = JsonDocument.Parse(await finance.Client.GetStringAsync("/api/v1/finance/commitments", Ct));
        var committed = commitments.RootElement.GetProperty("lines").EnumerateArray()
            .Where(l => l.GetProperty("providerId").ValueKind == JsonValueKind.Number && l.GetProperty("providerId").GetInt32() == providerId)
            .Sum(l => l.GetProperty("committedPence").GetInt64());
        Assert.Equal(expected.Values.Sum(v => v.Committed), committed);

        // The pages read the same service: the provider's row shows the same totals.
        var (_, page) = await finance.GetPageAsync($"/finance/forecast?Year={year}&GroupBy=provider");
        var row = page.QuerySelectorAll("#forecast-table tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == providerName);
        Assert.Equal(Money.FromPence(expected.Values.Sum(v => v.Actual + v.Committed + v.New)).ToString(), row.QuerySelectorAll("td")[3].TextContent.Trim());
        var (_, commitmentsPage) = await finance.GetPageAsync("/finance/commitments?GroupBy=provider");
        var commitmentRow = commitmentsPage.QuerySelectorAll("#commitments-table tbody tr").SingleOrDefault(tr => tr.QuerySelector("th")!.TextContent.Trim() == providerName);
        if (remaining == 0)
        {
            // 31 March: the year ends tonight, nothing is left to commit in it, and the provider has no row (ADR 0027's edge).
            Assert.Equal(0, committed);
            Assert.Null(commitmentRow);
        }
        else
        {
            Assert.NotNull(commitmentRow);
            Assert.Equal(Money.FromPence(committed).ToString(), commitmentRow.QuerySelectorAll("td")[1].TextContent.Trim());
        }
    }

    [Fact]
    public async Task ForecastPage_ShowsTheMethodTableChartAndDownloads()
    {
        var session = await app.SessionForAsync("commissioner@medway.example");
        var (response, page) = await session.GetPageAsync("/finance/forecast");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (FinancialYear.Containing(TestClock.Today).End == TestClock.Today)
            // 31 March: the year ends tonight, so the method is what its placements cost, nothing more.
            Assert.Contains("Nothing more is committed or expected", page.QuerySelector("main")!.TextContent);
        else
            Assert.Contains("placements started", page.QuerySelector("#forecast-method")?.TextContent ?? page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("#forecast-table"));
        Assert.NotNull(page.QuerySelector("figure.hearth-chart svg[role=img][aria-label]"));
        var csv = await session.Client.GetStringAsync("/finance/forecast?handler=Csv&GroupBy=ksl", Ct);
        Assert.StartsWith("FinancialYear,AsOf,Authority,KeyServiceLine,FundingSource,Route,Provider,ActualToDate,Committed,ExpectedNewPlacements,Forecast", csv);
        var xlsx = await session.Client.GetAsync("/finance/commitments?handler=Xlsx", Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync(Ct))[..2]);
        var commitmentsCsv = await session.Client.GetStringAsync("/finance/commitments?handler=Csv", Ct);
        Assert.StartsWith("FinancialYear,CostedFrom,Authority,KeyServiceLine,FundingSource,Route,Provider,Placements,Committed,CommittedPence", commitmentsCsv);
    }

    [Fact]
    public async Task ForecastPage_YearNotStarted_SaysSo()
    {
        var session = await app.SessionForAsync("finance@medway.example");
        var next = FinancialYear.Containing(TestClock.Today).Next;
        var (_, page) = await session.GetPageAsync($"/finance/forecast?Year={next}");
        Assert.StartsWith("Select ", UserSession.ErrorSummary(page));
        Assert.Null(page.QuerySelector("#forecast-table"));
    }

    [Fact]
    public async Task ForecastApi_BadInput_IsProblemDetails()
    {
        var session = await app.SessionForAsync("finance@medway.example");
        var next = FinancialYear.Containing(TestClock.Today).Next;
        var notStarted = await session.Client.GetAsync($"/api/v1/finance/forecast?year={next}", Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notStarted.StatusCode);
        Assert.Equal("application/problem+json", notStarted.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await notStarted.Content.ReadAsStringAsync(Ct));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("Year", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await session.Client.GetAsync("/api/v1/finance/forecast?year=2025", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await session.Client.GetAsync("/api/v1/finance/forecast?recentWeeks=0", Ct)).StatusCode);
        var provider = await app.SessionForAsync("provider@brackenfold.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Client.GetAsync("/api/v1/finance/forecast", Ct)).StatusCode);
    }

    /// <summary>
    /// Medway placements with a new provider of their own, around today: open with and without a planned end, overdue,
    /// ended, leaving in the future, starting in the future, recent with a fee change, and one begun before the year.
    /// </summary>
    private async Task<(int ProviderId, string ProviderName, List<Made> Made)> MakePlacementsAsync(DateOnly t) => await app.WithDbAsync(async db =>
    {
        var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        string urn;
        var rng = new Random();
        do urn = $"SC{rng.Next(100_000, 999_999)}"; while (await db.Providers.AnyAsync(p => p.OfstedUrn == urn, Ct));
        var provider = Provider.Create($"Forecast Test Fostering {suffix}", $"FT{suffix[..4]}", urn, ProviderSector.Private, "1 Test Street, Rochester ME1 1AA");
        db.Providers.Add(provider);
        await db.SaveChangesAsync(Ct);

        var y = FinancialYear.Containing(t);
        var specs = new (int StartOffset, int? EndOffset, DateOnly? Planned, long Fee, KeyServiceLine Line, (int Offset, long Fee)? Change)[]
        {
            (-200, null, null, 84_000, KeyServiceLine.LookedAfterChildren, null),
            (-30, null, t.AddDays(40), 100_077, KeyServiceLine.Asylum, null),
            (-400, null, t.AddDays(-3), 70_000, KeyServiceLine.LookedAfterChildrenWithDisability, null),
            (-100, -10, null, 65_000, KeyServiceLine.LookedAfterChildren, null),
            (5, null, t.AddDays(20), 90_000, KeyServiceLine.LookedAfterChildren, null),
            (-10, null, y.End.AddDays(100), 123_456, KeyServiceLine.LookedAfterChildren, (-2, 130_000)),
            (-50, 7, null, 99_999, KeyServiceLine.Asylum, null),
            (y.Start.DayNumber - t.DayNumber - 300, null, t.AddDays(60), 80_001, KeyServiceLine.LookedAfterChildrenWithDisability, (y.Start.DayNumber - t.DayNumber + 10, 85_003)),
        };
        var made = new List<Made>();
        var n = 0;
        foreach (var s in specs)
        {
            var start = t.AddDays(s.StartOffset);
            var funding = s.Line == KeyServiceLine.Asylum ? FundingSource.UascGrant : FundingSource.BaseBudget;
            var child = Child.Register(medway, $"FT{suffix}{++n}", "Test", "Child", start.AddYears(-12), "F", "WBRI", s.Line == KeyServiceLine.Asylum,
                s.Line == KeyServiceLine.LookedAfterChildrenWithDisability, "ME1", t);
            db.Children.Add(child);
            await db.SaveChangesAsync(Ct);
            var planned = s.Planned is { } pl && pl > start ? pl : (DateOnly?)null;
            var placement = Placement.Start(medway, child.Id, PlacementRoute.Spot, provider.Id, null, null, PlacementCategory.Standard, "U6", s.Line, funding,
                start, Money.FromPence(s.Fee), planned);
            var fees = new List<(DateOnly, long)> { (start, s.Fee) };
            if (s.Change is { } c && t.AddDays(c.Offset) > start)
            {
                placement.ChangeFee(t.AddDays(c.Offset), Money.FromPence(c.Fee));
                fees.Add((t.AddDays(c.Offset), c.Fee));
            }
            DateOnly? end = s.EndOffset is { } e ? t.AddDays(e) : null;
            if (end is { } left) placement.EndWithoutReason(left);
            db.Placements.Add(placement);
            await db.SaveChangesAsync(Ct);
            made.Add(new Made(placement.Id, s.Line, funding, start, end, planned, fees));
        }
        return (provider.Id, provider.Name, made);
    });
}
