using System.Net;
using System.Text.Json;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Procurement;

/// <summary>A framework's lots on its page and through the API: members in rank order with status and contracted prices; a provider sees only its own line.</summary>
public sealed class FrameworkLotsTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A Kent-led framework of the test's own with one lot: the demo provider ranked 2nd, another provider 1st.</summary>
    private Task<(int Id, string Rival)> FrameworkWithLotAsync() => app.WithDbAsync(async db =>
    {
        var kent = await db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync(Ct);
        var brackenfold = await db.Providers.Where(p => p.Name == DemoData.FirstProviderName).Select(p => p.Id).SingleAsync(Ct);
        var rival = await db.Providers.Where(p => p.Id != brackenfold).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync(Ct);
        var framework = Framework.Establish("LOTS-" + Guid.NewGuid().ToString("N")[..8], "Framework with lots", ProcurementRegime.Pcr2015LightTouch,
            new DateOnly(2027, 4, 1), new DateOnly(2031, 3, 31), kent, [], null);
        framework.AwardedFrom(0, Indexation.Fixed(250));
        static IEnumerable<BidPrice> Prices(long first) =>
            [.. Enumerable.Range(0, 4).Select(b => new BidPrice("CAT-1", b, first + b * 10_00)), new BidPrice("SUP-SIBLING", 0, 50_00)];
        framework.AdmitToLot(1, "Standard fostering", PlacementCategory.Standard, brackenfold, 2, Prices(900_00), "0, 5, 11, 16", new DateOnly(2027, 4, 1), null);
        framework.AdmitToLot(1, "Standard fostering", PlacementCategory.Standard, rival.Id, 1, Prices(800_00), "0, 5, 11, 16", new DateOnly(2027, 4, 1), null);
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync(Ct);
        return (framework.Id, rival.Name);
    });

    [Fact]
    public async Task Lots_AsCommissioner_ShowMembersInRankOrderWithPricesOnThePageAndTheApi()
    {
        var (id, rival) = await FrameworkWithLotAsync();
        var session = await app.SessionForAsync("commissioner@kent.example");

        var (response, page) = await session.GetPageAsync($"/frameworks/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#lot-1 tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal([$"1|{rival}|Active|£800.00|£810.00|£820.00|£830.00", $"2|{DemoData.FirstProviderName}|Active|£900.00|£910.00|£920.00|£930.00"], rows);
        Assert.Contains("2.5% a year, each 1 April", page.QuerySelector("#lots")!.TextContent, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await session.Client.GetStringAsync($"/api/v1/frameworks/{id}/lots", Ct));
        var lot = json.RootElement.GetProperty("lots").EnumerateArray().Single();
        Assert.Equal("Standard", lot.GetProperty("category").GetString());
        var members = lot.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal([1, 2], members.Select(m => m.GetProperty("rank").GetInt32()));
        Assert.Equal("Active", members[0].GetProperty("status").GetString());
        // The category's four age bands; the lot's supplements follow with their own row codes.
        var prices = members[0].GetProperty("prices").EnumerateArray().Where(p => p.GetProperty("rowCode").GetString() == "CAT-1").ToList();
        Assert.Equal(4, prices.Count);
        Assert.Equal(800_00, prices[0].GetProperty("pence").GetInt64());
        Assert.Equal("0–4", prices[0].GetProperty("ageBand").GetString());

        Assert.Contains("/api/v1/frameworks/{id}/lots", await session.Client.GetStringAsync("/openapi/v1.json", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lots_AsMemberProvider_ShowOnlyItsOwnLine()
    {
        var (id, rival) = await FrameworkWithLotAsync();
        var session = await app.SessionForAsync("provider@brackenfold.example");

        var (response, page) = await session.GetPageAsync($"/frameworks/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#lot-1 tbody tr").ToList();
        Assert.Single(rows);
        Assert.Contains(DemoData.FirstProviderName, rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(rival, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("£800.00", page.Body!.TextContent, StringComparison.Ordinal);

        var api = await session.Client.GetStringAsync($"/api/v1/frameworks/{id}/lots", Ct);
        Assert.DoesNotContain(rival, api, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(api);
        var members = json.RootElement.GetProperty("lots").EnumerateArray().Single().GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(2, Assert.Single(members).GetProperty("rank").GetInt32());
    }
}
