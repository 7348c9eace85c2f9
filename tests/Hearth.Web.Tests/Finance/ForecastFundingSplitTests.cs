using System.Net;
using System.Text.Json;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Finance;

/// <summary>
/// The forecast, commitments and budgets apply the funding split as the stored cost lines do (ADR 0019): adding a share
/// through the page moves exactly the share's pence from the main source to the paying one, and the budget line (kept per key
/// service line, whoever pays) does not move. Medway records only.
/// </summary>
[Collection(Placements.MedwaySpend.Name)]
public sealed class ForecastFundingSplitTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => TestClock.Today;
    private static FinancialYear ThisYear => FinancialYear.Containing(Today);

    [Fact]
    public async Task FundingSplit_AddedThroughThePage_MovesTheForecastAndCommitmentsByExactlyTheSharesPence()
    {
        var p = await app.WithDbAsync(async db =>
        {
            var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
            var before = ThisYear.Start.AddDays(-30);
            return await db.Placements.Include(x => x.FeePeriods)
                .Where(x => x.AuthorityId == medway && x.EndDate == null && x.Route != PlacementRoute.Framework && x.StartDate < before
                    && x.PreviousPlacementId == null && x.FundingSource == FundingSource.BaseBudget && x.ExternalReference == null
                    && !db.Set<PlacementFundingShare>().Any(s => s.PlacementId == x.Id))
                .OrderByDescending(x => x.Id).Skip(4).FirstAsync(Ct); // not the scoping matrix's nor HighestCostWeeklyCostTests'
        });
        using var finance = await app.SignInAsync("finance@medway.example");
        var forecastBefore = await ForecastAsync(finance);
        var committedBefore = await CommittedAsync(finance);
        var budgetBefore = await BudgetForecastAsync(finance, p.KeyServiceLine);

        var response = await finance.PostFormAsync($"/placements/{p.Id}/funding-split", new Dictionary<string, string>
        {
            ["Input.Version"] = p.Version.ToString(), ["Input.FundingSource"] = "UascGrant",
            ["Input.From.Day"] = ThisYear.Start.Day.ToString(), ["Input.From.Month"] = ThisYear.Start.Month.ToString(), ["Input.From.Year"] = ThisYear.Start.Year.ToString(),
            ["Input.How"] = "Share", ["Input.Share"] = "37.5",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(response)));

        // Independently: each fee period's nights this year, floor(fee × 37.5%) a week, rounded once per run; to date = to
        // tonight, committed = to the planned end when it is still ahead this year, else the year end.
        var fees = p.FeePeriods.OrderBy(f => f.EffectiveFrom).ToList();
        var tomorrow = Today.AddDays(1);
        var stop = p.PlannedEndDate is { } planned && planned >= tomorrow && planned < ThisYear.EndExclusive ? planned : ThisYear.EndExclusive;
        long Share(DateOnly until)
        {
            long pence = 0;
            for (var i = 0; i < fees.Count; i++)
            {
                var from = fees[i].EffectiveFrom > ThisYear.Start ? fees[i].EffectiveFrom : ThisYear.Start;
                var to = i + 1 < fees.Count && fees[i + 1].EffectiveFrom < until ? fees[i + 1].EffectiveFrom : until;
                if (to <= from) continue;
                var weekly = fees[i].WeeklyFee.Pence * 3750 / 10000;
                pence += (long)Math.Round(weekly * (decimal)(to.DayNumber - from.DayNumber) / 7m, MidpointRounding.AwayFromZero);
            }
            return pence;
        }
        var actual = Share(tomorrow);
        var committed = Share(stop) - actual;
        // Nights remain after tonight on every day but 31 March, when the year ends tonight and nothing is left to commit.
        Assert.True(actual > 0 && (committed > 0 || FinancialYear.Containing(Today).End == Today), $"actual {actual}, committed {committed}");

        var forecastAfter = await ForecastAsync(finance);
        Assert.Equal((actual, committed), Delta(forecastAfter, forecastBefore, "UascGrant"));
        Assert.Equal((-actual, -committed), Delta(forecastAfter, forecastBefore, "BaseBudget"));
        var committedAfter = await CommittedAsync(finance);
        Assert.Equal(committed, committedAfter.GetValueOrDefault("UascGrant") - committedBefore.GetValueOrDefault("UascGrant"));
        Assert.Equal(-committed, committedAfter.GetValueOrDefault("BaseBudget") - committedBefore.GetValueOrDefault("BaseBudget"));
        // The budget line is per key service line, whoever pays: the split moves nothing in or out of it.
        Assert.Equal(budgetBefore, await BudgetForecastAsync(finance, p.KeyServiceLine));
        // The spend report (stored cost lines) agrees with the forecast's actual to date for the paying source.
        using var spend = JsonDocument.Parse(await finance.Client.GetStringAsync($"/api/v1/finance/spend?from={ThisYear}&to={ThisYear}", Ct));
        var uascSpend = spend.RootElement.EnumerateArray().Where(l => l.GetProperty("fundingSource").GetString() == "UascGrant").Sum(l => l.GetProperty("amountPence").GetInt64());
        Assert.Equal(uascSpend, forecastAfter.Where(kv => kv.Key == "UascGrant").Sum(kv => kv.Value.Actual));
    }

    private static (long, long) Delta(Dictionary<string, (long Actual, long Committed)> after, Dictionary<string, (long Actual, long Committed)> before, string source) =>
        (after.GetValueOrDefault(source).Actual - before.GetValueOrDefault(source).Actual, after.GetValueOrDefault(source).Committed - before.GetValueOrDefault(source).Committed);

    private static async Task<Dictionary<string, (long Actual, long Committed)>> ForecastAsync(UserSession session)
    {
        using var doc = JsonDocument.Parse(await session.Client.GetStringAsync($"/api/v1/finance/forecast?year={ThisYear}", Ct));
        return doc.RootElement.GetProperty("lines").EnumerateArray().GroupBy(l => l.GetProperty("fundingSource").GetString()!)
            .ToDictionary(g => g.Key, g => (g.Sum(l => l.GetProperty("actualToDatePence").GetInt64()), g.Sum(l => l.GetProperty("committedPence").GetInt64())));
    }

    private static async Task<Dictionary<string, long>> CommittedAsync(UserSession session)
    {
        using var doc = JsonDocument.Parse(await session.Client.GetStringAsync("/api/v1/finance/commitments", Ct));
        return doc.RootElement.GetProperty("lines").EnumerateArray().GroupBy(l => l.GetProperty("fundingSource").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.GetProperty("committedPence").GetInt64()));
    }

    private static async Task<long?> BudgetForecastAsync(UserSession session, KeyServiceLine line)
    {
        using var doc = JsonDocument.Parse(await session.Client.GetStringAsync($"/api/v1/finance/budgets?year={ThisYear}", Ct));
        var budget = doc.RootElement.EnumerateArray().Single(b => b.GetProperty("keyServiceLine").GetString() == line.ToString());
        return budget.GetProperty("forecastPence").ValueKind == JsonValueKind.Number ? budget.GetProperty("forecastPence").GetInt64() : null;
    }
}
