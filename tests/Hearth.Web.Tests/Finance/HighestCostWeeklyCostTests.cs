using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Features.Placements;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Finance;

/// <summary>
/// The highest-cost list ranks by the current weekly cost: the fee in force today plus the additional weekly costs running
/// today (not ended ones, not future ones, not one-off costs). Medway records only.
/// </summary>
[Collection(Placements.MedwaySpend.Name)]
public sealed class HighestCostWeeklyCostTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => TestClock.Today;

    [Fact]
    public async Task HighestCost_AdditionalWeeklyCostRunningToday_CountsInTheRankAndTheBreakdown()
    {
        var (id, fee) = await app.WithDbAsync(async db =>
        {
            var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
            var yearStart = FinancialYear.Containing(Today).Start.AddDays(-30);
            var p = await db.Placements.WithCosting()
                .Where(x => x.AuthorityId == medway && x.EndDate == null && x.Route != PlacementRoute.Framework && x.StartDate < yearStart && x.PreviousPlacementId == null && x.ExternalReference == null)
                .OrderByDescending(x => x.Id).Skip(2).FirstAsync(Ct); // the first is the scoping matrix's
            // Running today: £14,000.00 and £1,000.01 a week. Not running today: one that ended today, one from tomorrow, a one-off.
            p.AddWeeklyCost("Two-to-one support", FundingSource.BaseBudget, Today.AddDays(-7), null, Money.FromPence(14_000_00), Today);
            p.AddWeeklyCost("Waking nights", FundingSource.HealthContribution, Today, Today.AddDays(1), Money.FromPence(1_000_01), Today);
            p.AddWeeklyCost("Ended support", FundingSource.BaseBudget, Today.AddDays(-7), Today, Money.FromPence(9_000_00), Today);
            p.AddWeeklyCost("Future support", FundingSource.BaseBudget, Today.AddDays(1), null, Money.FromPence(9_000_00), Today);
            p.AddOneOffCost("Setting-up grant", FundingSource.BaseBudget, Today, Money.FromPence(50_000_00), Today);
            await db.SaveChangesAsync(Ct);
            return (p.Id, p.FeePeriods.Where(f => f.EffectiveFrom <= Today).OrderByDescending(f => f.EffectiveFrom).First().WeeklyFee);
        });

        var session = await app.SessionForAsync("commissioner@medway.example");
        var (_, page) = await session.GetPageAsync("/finance/highest-cost");
        var rows = page.QuerySelectorAll("#highest-cost tbody tr").ToList();
        var costs = rows.Select(r => Money.TryParse(r.QuerySelectorAll("td")[3].TextContent.Trim(), out var m) ? m.Pence : -1).ToList();
        Assert.Equal(costs.OrderByDescending(c => c), costs);
        var row = rows.Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/placements/{id}");
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal((fee + Money.FromPence(15_000_01)).ToString(), cells[3]);
        Assert.Equal(fee.ToString(), cells[4]);
        Assert.Equal(Money.FromPence(15_000_01).ToString(), cells[5]);
        // Every fee in the demo data is below £15,000.01 a week, so the placement now ranks first.
        Assert.Same(rows[0], row);
    }
}
