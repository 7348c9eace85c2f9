using System.Net;
using System.Net.Http.Json;
using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data.Demo;
using Hearth.Web.Features.Finance;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Finance;

public sealed class AverageWeeklyCostTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_Kent202425_NightsPerBandMatchANightByNightCount_AndCostsAddUpToTheSpendReport()
    {
        var session = await app.SessionForAsync("finance@kent.example");
        var cells = await session.Client.GetFromJsonAsync<List<AnalysisApi.WeeklyCostDto>>("/api/v1/finance/average-weekly-cost?year=2024-25", Ct);
        Assert.NotNull(cells);

        // Independently: every night of 2024-25 of Kent's placements, in the band of the child's age that night.
        var year = new FinancialYear(2024);
        var until = TestClock.Today.AddDays(1);
        var placements = await app.WithDbAsync(async db =>
        {
            var kent = await db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync(Ct);
            return await (from p in db.Placements
                          where p.AuthorityId == kent && p.StartDate < year.EndExclusive && (p.EndDate == null || p.EndDate > year.Start)
                          join c in db.Children on p.ChildId equals c.Id
                          select new { p.Route, p.StartDate, p.EndDate, c.DateOfBirth }).ToListAsync(Ct);
        });
        var expected = new Dictionary<(string Route, string Band), int>();
        foreach (var p in placements)
        {
            var route = p.Route == PlacementRoute.InHouse ? "InHouse" : "External";
            for (var night = p.StartDate < year.Start ? year.Start : p.StartDate; night < year.EndExclusive && night < until && (p.EndDate is null || night < p.EndDate); night = night.AddDays(1))
            {
                var age = Child.AgeOn(p.DateOfBirth, night);
                var band = age <= 4 ? "ZeroToFour" : age <= 10 ? "FiveToTen" : age <= 15 ? "ElevenToFifteen" : age <= 17 ? "SixteenToSeventeen" : "EighteenAndOver";
                expected[(route, band)] = expected.GetValueOrDefault((route, band)) + 1;
            }
        }
        var actual = cells.Where(c => c.Category is null && c.AgeBand is not null).ToDictionary(c => (c.Route, c.AgeBand!), c => c.Nights);
        Assert.Equal(expected.OrderBy(e => e.Key).ToList(), actual.OrderBy(e => e.Key).ToList());

        var spend = await session.Client.GetFromJsonAsync<List<FinanceApi.SpendLineDto>>("/api/v1/finance/spend?from=2024-25&to=2024-25", Ct);
        Assert.Equal(spend!.Sum(l => l.AmountPence), cells.Where(c => c.Category is null && c.AgeBand is null).Sum(c => c.CostPence));
        foreach (var c in cells) Assert.Equal(WeeklyCostAverages.Average(Money.FromPence(c.CostPence), c.Nights).Pence, c.AverageWeeklyCostPence);
    }

    [Fact]
    public async Task Page_ShowsATableAndChartPerRoute_AndTheExportsDownload()
    {
        var session = await app.SessionForAsync("commissioner@kent.example");
        var (response, page) = await session.GetPageAsync("/finance/average-weekly-cost?Year=2024-25");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#average-by-category tbody tr").ToList();
        Assert.Contains(rows, r => r.QuerySelector("th")!.TextContent.Trim() == "Standard");
        Assert.Equal("All categories", rows[^1].QuerySelector("th")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("figure svg[role=img]"));
        Assert.Equal(["0 to 4", "5 to 10", "11 to 15", "16 to 17", "All ages"],
            page.QuerySelectorAll("#bands-standard tbody th").Select(th => th.TextContent.Trim()).Where(t => t != "18 and over"));

        var csv = await session.Client.GetAsync("/finance/average-weekly-cost?handler=Csv&Year=2024-25", Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("FinancialYear,Authority,Route,Category,AgeBand,Placements,Nights,PlacementWeeks,Cost,CostPence,AverageWeeklyCost", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("2024-25,Kent County Council,External,All categories,All ages,", StringComparison.Ordinal));

        var xlsx = await session.Client.GetAsync("/finance/average-weekly-cost?handler=Xlsx&Year=2024-25", Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_YearNotAFinancialYear_ShowsTheErrorOnTheField()
    {
        var session = await app.SessionForAsync("finance@kent.example");
        var (_, page) = await session.GetPageAsync("/finance/average-weekly-cost?Year=2024-27");
        Assert.Contains("Select a financial year", UserSession.ErrorSummary(page), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#average-by-category"));
    }
}
