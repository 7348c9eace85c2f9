using System.Net;
using System.Net.Http.Json;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Features.Finance;
using Hearth.Web.Tests.Infrastructure;
using Hearth.Web.Tests.Placements;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Finance;

/// <summary>In the Medway spend collection: the joint figures count Medway's placements, which the import tests add to.</summary>
[Collection(MedwaySpend.Name)]
public sealed class SufficiencyTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly Census = new(2025, 3, 31);

    private sealed record Expected(int Live, int InHouse, int Spot, int External, int Known, int InArea);

    private Task<Expected> CountAsync(params string[] authorities) => app.WithDbAsync(async db =>
    {
        var ids = await db.Authorities.Where(a => authorities.Contains(a.Name)).Select(a => a.Id).ToListAsync(Ct);
        var live = await db.Placements.Where(p => ids.Contains(p.AuthorityId) && p.StartDate <= Census && (p.EndDate == null || p.EndDate > Census))
            .Select(p => new { p.Route, p.HouseholdId }).ToListAsync(Ct);
        var districts = await db.CarerHouseholds.ToDictionaryAsync(h => h.Id, h => h.PostcodeDistrict, Ct);
        var area = (await db.AreaPostcodeDistricts.Where(d => ids.Contains(d.AuthorityId)).Select(d => d.PostcodeDistrict).ToListAsync(Ct)).ToHashSet();
        var known = live.Where(p => p.HouseholdId is { } h && districts[h].Length > 0).ToList();
        return new Expected(live.Count, live.Count(p => p.Route == PlacementRoute.InHouse), live.Count(p => p.Route == PlacementRoute.Spot),
            live.Count(p => p.Route != PlacementRoute.InHouse), known.Count, known.Count(p => area.Contains(districts[p.HouseholdId!.Value])));
    });

    [Fact]
    public async Task Api_Kent202425_CountsThePlacementsLiveOn31March()
    {
        var session = await app.SessionForAsync("commissioner@kent.example");
        var result = await session.Client.GetFromJsonAsync<AnalysisApi.SufficiencyDto>("/api/v1/finance/sufficiency?from=2024-25&to=2024-25", Ct);
        var year = Assert.Single(result!.Periods);
        Assert.Equal(Census, year.CensusDate);
        var expected = await CountAsync(DemoData.KentName);
        Assert.Equal(expected, new Expected(year.LivePlacements, year.InHouse, year.Spot, year.External, year.LocationKnown, year.InArea));
        Assert.InRange(year.InHousePercent!.Value, 50m, 95m); // the demo's in-house majority
        Assert.True(year.InArea > 0);
    }

    [Fact]
    public async Task Api_JointFramework_AddsUpBothParties_AndBothSeeTheSameFigures()
    {
        var kent = await app.SessionForAsync("commissioner@kent.example");
        var medway = await app.SessionForAsync("finance@medway.example");
        var framework = await app.WithDbAsync(db => db.Frameworks.Where(f => f.Reference == "KM-IFP-2022").Select(f => f.Id).SingleAsync(Ct));
        var url = $"/api/v1/finance/sufficiency?from=2024-25&to=2024-25&framework={framework}";
        var fromKent = await kent.Client.GetFromJsonAsync<AnalysisApi.SufficiencyDto>(url, Ct);
        var fromMedway = await medway.Client.GetFromJsonAsync<AnalysisApi.SufficiencyDto>(url, Ct);
        var expected = await CountAsync(DemoData.KentName, DemoData.MedwayName);
        var year = Assert.Single(fromKent!.Periods);
        Assert.Equal(expected, new Expected(year.LivePlacements, year.InHouse, year.Spot, year.External, year.LocationKnown, year.InArea));
        Assert.Equal([DemoData.KentName, DemoData.MedwayName], fromKent.Authorities);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(fromKent), System.Text.Json.JsonSerializer.Serialize(fromMedway));
    }

    [Fact]
    public async Task Page_ByQuarter_ListsEachQuarter_WithAChart_AndTheCsvDownloads()
    {
        var session = await app.SessionForAsync("finance@medway.example");
        var (response, page) = await session.GetPageAsync("/finance/sufficiency?From=2024-25&To=2024-25&Period=quarter");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#sufficiency-table tbody tr").ToList();
        Assert.Equal(4, rows.Count);
        Assert.StartsWith("2024-25 Q1 (Apr to Jun)", rows[0].QuerySelector("th")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Medway Council", page.QuerySelector("#sufficiency-area")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("figure svg[role=img]"));

        var csv = await session.Client.GetAsync("/finance/sufficiency?handler=Csv&From=2024-25&To=2024-25&Period=quarter", Ct);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("Area,Period,CensusDate,ToDate,LivePlacements,InHouse,External,InHousePercent", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_FrameworkTheAuthorityIsNotPartyTo_IsNotFound()
    {
        var session = await app.SessionForAsync("commissioner@kent.example");
        var response = await session.Client.GetAsync("/api/v1/finance/sufficiency?from=2024-25&to=2024-25&framework=999999", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
