using Hearth.Domain.Common;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Finance;

public sealed class HighestCostTests(DemoApp app)
{
    [Fact]
    public async Task HighestCost_Kent_ListsTheHighestFeesFirstAndOnlyKentsPlacements()
    {
        var session = await app.SessionForAsync("commissioner@kent.example");
        var (_, page) = await session.GetPageAsync("/finance/highest-cost");
        var rows = page.QuerySelectorAll("#highest-cost tbody tr").ToList();
        Assert.Equal(50, rows.Count);
        var fees = rows.Select(r => Money.TryParse(r.QuerySelectorAll("td")[3].TextContent.Trim(), out var m) ? m.Pence : -1).ToList();
        Assert.Equal(fees.OrderByDescending(f => f), fees);

        var today = TestClock.Today;
        var highest = await app.WithDbAsync(async db =>
        {
            var kent = await db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync();
            var live = await db.Placements.Where(p => p.AuthorityId == kent && p.StartDate <= today && (p.EndDate == null || p.EndDate > today))
                .Select(p => p.FeePeriods.Where(f => f.EffectiveFrom <= today).OrderByDescending(f => f.EffectiveFrom).Select(f => f.WeeklyFee).First())
                .ToListAsync();
            return live.Max(f => f.Pence);
        });
        Assert.Equal(highest, fees[0]);
        var ids = rows.Select(r => int.Parse(r.QuerySelector("a")!.GetAttribute("href")!.Split('/').Last())).ToList();
        var authorities = await app.WithDbAsync(db => db.Placements.Where(p => ids.Contains(p.Id)).Select(p => p.AuthorityId).Distinct().ToListAsync());
        Assert.Single(authorities);
    }
}
