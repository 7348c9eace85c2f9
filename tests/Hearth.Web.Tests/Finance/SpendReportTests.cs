using System.Net;
using System.Text.Json;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Finance;

public sealed class SpendReportTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SpendApi_KentByYear_EqualsAnIndependentNightByNightCostingToThePenny()
    {
        using var session = await app.SessionForAsync("finance@kent.example");
        var json = await session.Client.GetStringAsync("/api/v1/finance/spend?from=2018-19&to=2021-22", Ct);
        using var document = JsonDocument.Parse(json);
        var reported = document.RootElement.EnumerateArray()
            .GroupBy(l => l.GetProperty("financialYear").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.GetProperty("amountPence").GetInt64()));

        var expected = await app.WithDbAsync(async db =>
        {
            var kent = await db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync(Ct);
            var rows = await db.Placements.AsNoTracking().Where(p => p.AuthorityId == kent)
                .Select(p => new { p.StartDate, p.EndDate, Fees = p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => new { f.EffectiveFrom, f.WeeklyFee }).ToList() })
                .ToListAsync(Ct);
            return rows.Select(r => IndependentCost(r.StartDate, r.EndDate, r.Fees.Select(f => (f.EffectiveFrom, f.WeeklyFee.Pence)).ToList()));
        });
        var totals = new Dictionary<string, long>();
        foreach (var placement in expected)
            foreach (var (year, pence) in placement)
                if (year is "2018-19" or "2019-20" or "2020-21" or "2021-22") totals[year] = totals.GetValueOrDefault(year) + pence;

        Assert.Equal(totals.OrderBy(kv => kv.Key), reported.OrderBy(kv => kv.Key));
    }

    /// <summary>
    /// This year and last: open placements are costed to today, so most of this year's lines are costed in SQL from their
    /// fee and first night (ADR 0014); every fee's remainder modulo 7 occurs among Kent's placements.
    /// </summary>
    [Fact]
    public async Task SpendApi_KentThisYearAndLast_EqualsAnIndependentNightByNightCostingToThePenny()
    {
        var current = FinancialYear.Containing(TestClock.Today);
        using var session = await app.SessionForAsync("finance@kent.example");
        var json = await session.Client.GetStringAsync($"/api/v1/finance/spend?from={current.Previous}&to={current}", Ct);
        using var document = JsonDocument.Parse(json);
        var reported = document.RootElement.EnumerateArray()
            .GroupBy(l => l.GetProperty("financialYear").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.GetProperty("amountPence").GetInt64()));

        var (expected, residues) = await app.WithDbAsync(async db =>
        {
            var kent = await db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync(Ct);
            var rows = await db.Placements.AsNoTracking().Where(p => p.AuthorityId == kent && (p.EndDate == null || p.EndDate > current.Previous.Start))
                .Select(p => new { p.StartDate, p.EndDate, Fees = p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => new { f.EffectiveFrom, f.WeeklyFee }).ToList() })
                .ToListAsync(Ct);
            var residues = rows.Where(r => r.EndDate == null).Select(r => r.Fees[^1].WeeklyFee.Pence % 7).Distinct().Count();
            return (rows.SelectMany(r => IndependentCost(r.StartDate, r.EndDate, r.Fees.Select(f => (f.EffectiveFrom, f.WeeklyFee.Pence)).ToList())), residues);
        });
        var totals = expected.Where(c => c.Year == current.ToString() || c.Year == current.Previous.ToString())
            .GroupBy(c => c.Year).ToDictionary(g => g.Key, g => g.Sum(c => c.Pence));

        Assert.Equal(7, residues);
        Assert.Equal(totals.OrderBy(kv => kv.Key), reported.OrderBy(kv => kv.Key));
    }

    [Fact]
    public async Task SpendPage_ByRoute_ShowsTableChartAndDownloads()
    {
        using var session = await app.SessionForAsync("commissioner@kent.example");
        var (response, page) = await session.GetPageAsync("/finance/spend?From=2018-19&To=2020-21&GroupBy=route");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headers = page.QuerySelectorAll("#spend-table thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains("In-house", headers);
        Assert.Contains("Framework", headers);
        Assert.Equal(["2018-19", "2019-20", "2020-21", "All years"], page.QuerySelectorAll("#spend-table tbody th").Select(th => th.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("figure.hearth-chart svg[role=img][aria-label]"));

        var csv = await session.Client.GetStringAsync("/finance/spend?handler=Csv&From=2018-19&To=2020-21&GroupBy=route", Ct);
        Assert.StartsWith("FinancialYear,Authority,KeyServiceLine,FundingSource,Route,Provider,Amount,AmountPence", csv);
        var xlsx = await session.Client.GetAsync("/finance/spend?handler=Xlsx&From=2018-19&To=2020-21&GroupBy=route", Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task SpendPage_ToBeforeFrom_SaysSo()
    {
        using var session = await app.SessionForAsync("finance@medway.example");
        var (_, page) = await session.GetPageAsync("/finance/spend?From=2022-23&To=2019-20");
        Assert.Equal("The last financial year must be the same as or after the first", UserSession.ErrorSummary(page));
        Assert.Null(page.QuerySelector("#spend-table"));
    }

    [Fact]
    public async Task SpendApi_BadYears_IsAProblem()
    {
        using var session = await app.SessionForAsync("finance@medway.example");
        Assert.Equal(HttpStatusCode.BadRequest, (await session.Client.GetAsync("/api/v1/finance/spend?from=2018&to=2020-21", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await session.Client.GetAsync("/api/v1/finance/spend?from=2021-22&to=2020-21", Ct)).StatusCode);
    }

    /// <summary>
    /// The costing rule written out plainly, apart from the app's code: walk every night, note which fee period and
    /// financial year it falls in, then round each (period, year) run to the nearest penny, halves away from zero.
    /// Open placements are costed to the end of yesterday, as the report does.
    /// </summary>
    internal static List<(string Year, long Pence)> IndependentCost(DateOnly start, DateOnly? end, List<(DateOnly From, long WeeklyPence)> fees)
    {
        // Spend to date: tonight is the last night counted, also for a placement whose leaving day is still to come.
        var tomorrow = TestClock.Today.AddDays(1);
        var stop = end is { } e && e < tomorrow ? e : tomorrow;
        var runs = new Dictionary<(int Period, string Year), int>();
        for (var night = start; night < stop; night = night.AddDays(1))
        {
            var period = fees.FindLastIndex(f => f.From <= night);
            var yearStart = night.Month >= 4 ? night.Year : night.Year - 1;
            var year = $"{yearStart}-{(yearStart + 1) % 100:00}";
            runs[(period, year)] = runs.GetValueOrDefault((period, year)) + 1;
        }
        return runs.Select(r => (r.Key.Year, (long)Math.Round(fees[r.Key.Period].WeeklyPence * (decimal)r.Value / 7m, MidpointRounding.AwayFromZero))).ToList();
    }

    /// <summary>
    /// The rule by funding source for a placement with a funding split and additional weekly costs (ADR 0019), written out
    /// plainly like <see cref="IndependentCost"/>: each (fee period, year) run is costed once and falls to the main source;
    /// a share's weekly amount is its amount, or the fee × share rounded down to whole pence, and its part of each run is
    /// its own §3 rounding over the run's nights it covers, moved from the main source to its own; an additional weekly
    /// cost is costed once per year over its nights within the placement's, under its own source. Spend to date.
    /// </summary>
    internal static List<(string Year, FundingSource Source, long Pence)> IndependentCostBySource(DateOnly start, DateOnly? end,
        List<(DateOnly From, long WeeklyPence)> fees, FundingSource main,
        List<(FundingSource Source, DateOnly From, DateOnly? To, long? WeeklyPence, int? BasisPoints)> shares,
        List<(FundingSource Source, DateOnly From, DateOnly? To, long WeeklyPence)> weeklyCosts)
    {
        var tomorrow = TestClock.Today.AddDays(1);
        var stop = end is { } e && e < tomorrow ? e : tomorrow;
        static string YearOf(DateOnly night)
        {
            var yearStart = night.Month >= 4 ? night.Year : night.Year - 1;
            return $"{yearStart}-{(yearStart + 1) % 100:00}";
        }
        static long Round(long weekly, int nights) => (long)Math.Round(weekly * (decimal)nights / 7m, MidpointRounding.AwayFromZero);
        static bool Covers(DateOnly from, DateOnly? to, DateOnly night) => night >= from && (to is null || night < to);

        var runs = new Dictionary<(int Period, string Year), int>();
        var shareRuns = new Dictionary<(int Share, int Period, string Year), int>();
        var costRuns = new Dictionary<(int Cost, string Year), int>();
        for (var night = start; night < stop; night = night.AddDays(1))
        {
            var period = fees.FindLastIndex(f => f.From <= night);
            var year = YearOf(night);
            runs[(period, year)] = runs.GetValueOrDefault((period, year)) + 1;
            for (var s = 0; s < shares.Count; s++)
                if (Covers(shares[s].From, shares[s].To, night)) shareRuns[(s, period, year)] = shareRuns.GetValueOrDefault((s, period, year)) + 1;
            for (var c = 0; c < weeklyCosts.Count; c++)
                if (Covers(weeklyCosts[c].From, weeklyCosts[c].To, night)) costRuns[(c, year)] = costRuns.GetValueOrDefault((c, year)) + 1;
        }
        var lines = runs.Select(r => (r.Key.Year, main, Round(fees[r.Key.Period].WeeklyPence, r.Value))).ToList();
        foreach (var ((s, period, year), nights) in shareRuns)
        {
            var fee = fees[period].WeeklyPence;
            var weekly = shares[s].WeeklyPence ?? fee * shares[s].BasisPoints!.Value / 10_000; // whole pence, rounded down
            var part = Round(weekly, nights);
            lines.Add((year, shares[s].Source, part));
            lines.Add((year, main, -part));
        }
        foreach (var ((c, year), nights) in costRuns) lines.Add((year, weeklyCosts[c].Source, Round(weeklyCosts[c].WeeklyPence, nights)));
        return lines;
    }
}
