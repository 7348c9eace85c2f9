using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Features.Placements;
using Hearth.Web.Tests.Infrastructure;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Placements;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Finance;

/// <summary>
/// Stored cost lines (ADR 0014) are rewritten with every change to a placement, on every path, and the spend report summed
/// from them in SQL equals an independent night-by-night costing. Medway placements only (Kent stays unmutated).
/// </summary>
[Collection(MedwaySpend.Name)]
public sealed class CostLineTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => TestClock.Today;

    [Fact]
    public async Task Lines_EveryDemoPlacement_AreExactlyWhatTheDomainWritesForIt()
    {
        var mismatches = await app.WithDbAsync(async db =>
        {
            // One snapshot for both reads: tests in other collections create and change placements meanwhile, and a
            // placement read before its save with lines read after it would look like a mismatch.
            await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, Ct);
            var placements = await db.Placements.AsNoTracking().WithCosting().ToListAsync(Ct);
            var stored = (await db.CostLines.AsNoTracking().ToListAsync(Ct)).ToLookup(l => l.PlacementId);
            return placements.Where(p => !Same(PlacementCostLines.For(p, Today), stored[p.Id])).Select(p => p.Id).ToList();
        });
        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task Rewrite_TwoTransactionsAtOnce_TakeTurnsAndLeaveExactlyTheDomainsLines()
    {
        // The first rewrites and holds its transaction open; the second starts meanwhile. Without a lock on the placement
        // the second deletes nothing it can see yet and then inserts line numbers the first has written: on PostgreSQL a
        // duplicate key. With it, the second waits, replaces the first's lines, and both commit.
        var id = await MedwayLivePlacementAsync(skip: 2);
        var firstHasWritten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await db.RewriteCostLinesAsync([], [id], Ct);
            firstHasWritten.SetResult();
            await Task.Delay(TimeSpan.FromMilliseconds(800), Ct);
            await transaction.CommitAsync(Ct);
            return 0;
        });
        await firstHasWritten.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var second = app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await db.RewriteCostLinesAsync([], [id], Ct);
            await transaction.CommitAsync(Ct);
            return 0;
        });
        await Task.WhenAll(first, second);
        await AssertLinesMatchAsync(id);
    }

    [Fact]
    public async Task Backfill_DatabaseWithPlacementsButNoLines_WritesEveryPlacementsLines_AndOtherwiseDoesNothing()
    {
        var (nothingToDo, costed, total, mismatches) = await app.WithDbAsync(async db =>
        {
            var nothingToDo = await CostLineBackfill.RunAsync(db, NullLogger.Instance, Ct);
            await using var transaction = await db.Database.BeginTransactionAsync(Ct); // rolled back: other tests keep their lines
            await db.CostLines.ExecuteDeleteAsync(Ct);
            var costed = await CostLineBackfill.RunAsync(db, NullLogger.Instance, Ct);
            var placements = await db.Placements.AsNoTracking().WithCosting().ToListAsync(Ct);
            var stored = (await db.CostLines.AsNoTracking().ToListAsync(Ct)).ToLookup(l => l.PlacementId);
            var mismatches = placements.Where(p => !Same(PlacementCostLines.For(p, Today), stored[p.Id])).Select(p => p.Id).ToList();
            await transaction.RollbackAsync(Ct);
            return (nothingToDo, costed, placements.Count, mismatches);
        });
        Assert.Equal(0, nothingToDo);
        Assert.Equal(total, costed);
        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task FeeChangeThroughTheApi_RewritesTheLines_WithTheNewFeePeriod()
    {
        var id = await MedwayLivePlacementAsync(skip: 0);
        var (version, lastFrom) = await app.WithDbAsync(async db => (
            await db.Placements.Where(p => p.Id == id).Select(p => p.Version).SingleAsync(Ct),
            await db.Placements.Where(p => p.Id == id).SelectMany(p => p.FeePeriods).MaxAsync(f => f.EffectiveFrom, Ct)));
        var effective = lastFrom.AddDays(Math.Max(1, (Today.DayNumber - lastFrom.DayNumber) / 2));
        using var finance = await app.SignInAsync("finance@medway.example");

        var response = await finance.Client.PostAsJsonAsync($"/api/v1/placements/{id}/fee-changes",
            new { effectiveFrom = effective, weeklyFeePence = 1_111_11L, version }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = await AssertLinesMatchAsync(id);
        Assert.Contains(lines, l => l.FeePeriodStart == effective && l.WeeklyFeePence == 1_111_11L);
    }

    [Fact]
    public async Task FeeCorrectionAndEnding_RewriteTheLines()
    {
        var id = await MedwayLivePlacementAsync(skip: 1);
        var (start, fee) = await app.WithDbAsync(async db =>
        {
            var placement = await db.Placements.Include(p => p.FeePeriods).SingleAsync(p => p.Id == id, Ct);
            var first = placement.FeePeriods.OrderBy(f => f.EffectiveFrom).First();
            var fee = first.WeeklyFee + Money.FromPence(7_07);
            placement.CorrectFee(first.EffectiveFrom, fee, "Recorded wrongly", Today);
            await db.SaveChangesAsync(Ct);
            return (first.EffectiveFrom, fee);
        });
        var corrected = await AssertLinesMatchAsync(id);
        Assert.All(corrected.Where(l => l.FeePeriodStart == start), l => Assert.Equal(fee.Pence, l.WeeklyFeePence));
        Assert.Contains(corrected, l => l.FeePeriodStart == start);

        await app.WithDbAsync(async db =>
        {
            var placement = await db.Placements.Include(p => p.FeePeriods).SingleAsync(p => p.Id == id, Ct);
            placement.End(Today, "CARPL", true, EndingRequestedBy.Authority);
            await db.SaveChangesAsync(Ct);
            return 0;
        });
        var ended = await AssertLinesMatchAsync(id);
        Assert.DoesNotContain(ended, l => l.IsOpen);
        Assert.Equal(Today.DayNumber, ended.Max(l => l.EndDay));
    }

    [Fact]
    public async Task EndDateCorrection_MovesNightsBetweenYears_InTheLinesAndTheReport()
    {
        // An ended Medway placement that left in a past financial year, with its last fee in force for over a week.
        var (id, start, end, fees) = await app.WithDbAsync(async db =>
        {
            var medway = await MedwayIdAsync(db);
            var lastYearEnd = FinancialYear.Containing(Today).Start.AddDays(-1);
            var p = await db.Placements.AsNoTracking().Include(x => x.FeePeriods)
                .Where(x => x.AuthorityId == medway && x.EndDate != null && x.EndDate < lastYearEnd.AddDays(-400) && x.EndDate > x.StartDate.AddDays(10))
                .Where(x => x.FeePeriods.Max(f => f.EffectiveFrom) < x.EndDate!.Value.AddDays(-7))
                .OrderBy(x => x.Id).FirstAsync(Ct);
            return (p.Id, p.StartDate, p.EndDate!.Value, p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => (f.EffectiveFrom, f.WeeklyFee.Pence)).ToList());
        });
        var year = FinancialYear.Containing(end.AddDays(-1));
        var movedTo = year.Next.Start.AddDays(20); // 20 nights into the next year
        using var finance = await app.SignInAsync("finance@medway.example");
        var before = await SpendAsync(finance, year, year.Next);

        await app.WithDbAsync(async db =>
        {
            var placement = await db.Placements.Include(p => p.FeePeriods).SingleAsync(p => p.Id == id, Ct);
            placement.CorrectEndDate(movedTo, "The child left later than recorded", Today);
            await db.SaveChangesAsync(Ct);
            return 0;
        });

        var lines = await AssertLinesMatchAsync(id);
        Assert.Contains(lines, l => l.FinancialYear == year.Next.StartYear && l.Nights == 20);
        var after = await SpendAsync(finance, year, year.Next);
        var was = SpendReportTests.IndependentCost(start, end, fees);
        var now = SpendReportTests.IndependentCost(start, movedTo, fees);
        foreach (var y in new[] { year, year.Next })
        {
            var delta = now.Where(c => c.Year == y.ToString()).Sum(c => c.Pence) - was.Where(c => c.Year == y.ToString()).Sum(c => c.Pence);
            Assert.Equal(delta, after.GetValueOrDefault(y.ToString()) - before.GetValueOrDefault(y.ToString()));
        }
        Assert.True(after[year.Next.ToString()] > before.GetValueOrDefault(year.Next.ToString()));
    }

    [Fact]
    public async Task Reimport_WithAnEndDateAndANewFee_RewritesTheLines()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var start = Today.AddDays(-200);
        string Row(string n, string end, string fee, string feeFrom) => string.Join(",",
            $"CL-{run}-{n}", $"CLC-{run}-{n}", "Sam", "Import", "14/05/2012", "F", "InHouse", "", "", "Standard", "U6", "LookedAfterChildren",
            "BaseBudget", start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), fee, end, "", feeFrom);
        var header = string.Join(",", PlacementImportRow.Columns) + ",WeeklyFeeFrom";
        using var finance = await app.SignInAsync("finance@medway.example");
        async Task Import(string csv)
        {
            var response = await finance.Client.PostAsync("/api/v1/placements/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        }

        await Import($"{header}\r\n{Row("1", "", "600.00", "")}\r\n{Row("2", "", "700.00", "")}\r\n");
        var ids = await app.WithDbAsync(db => db.Placements.Where(p => p.ExternalReference!.StartsWith($"CL-{run}-")).OrderBy(p => p.ExternalReference)
            .Select(p => p.Id).ToListAsync(Ct));
        Assert.Equal(2, ids.Count);
        Assert.True((await AssertLinesMatchAsync(ids[0])).Last().IsOpen);

        var leftOn = Today.AddDays(-30).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var feeFrom = Today.AddDays(-100).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await Import($"{header}\r\n{Row("1", leftOn, "600.00", "")}\r\n{Row("2", "", "750.00", feeFrom)}\r\n");

        Assert.DoesNotContain(await AssertLinesMatchAsync(ids[0]), l => l.IsOpen);
        Assert.Contains(await AssertLinesMatchAsync(ids[1]), l => l.WeeklyFeePence == 750_00 && l.FeePeriodStart == Today.AddDays(-100));
    }

    [Fact]
    public async Task Report_FromLinesWrittenInEarlierYears_IsTheSameAndEqualsTheIndependentCosting()
    {
        // Lines written a year or two ago have open lines that reach into this year (nobody rewrote them on 1 April): the
        // report costs those in SQL. It must equal both the report from today's lines and the night-by-night costing.
        using var finance = await app.SignInAsync("finance@medway.example");
        var current = FinancialYear.Containing(Today);
        var first = current.Previous.Previous.Previous;
        var fresh = await SpendAsync(finance, first, current);
        try
        {
            foreach (var yearsAgo in new[] { 1, 2 })
            {
                await RewriteMedwayAsync(Today.AddYears(-yearsAgo));
                Assert.True(await app.WithDbAsync(db => db.CostLines.AnyAsync(l => l.EndDay == null && l.FirstNightDay <= Today.DayNumber, Ct)));
                Assert.Equal(fresh.OrderBy(kv => kv.Key), (await SpendAsync(finance, first, current)).OrderBy(kv => kv.Key));
            }
            var expected = await app.WithDbAsync(async db =>
            {
                var medway = await MedwayIdAsync(db);
                var rows = await db.Placements.AsNoTracking().Where(p => p.AuthorityId == medway)
                    .Select(p => new { p.StartDate, p.EndDate, Fees = p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => new { f.EffectiveFrom, f.WeeklyFee }).ToList() })
                    .ToListAsync(Ct);
                // Additional costs other tests record (ADR 0019) counted independently: a one-off in the year of its date, a
                // weekly cost by its nights in each year (rounded once per cost and year); a funding split moves pence between
                // sources and leaves each year's total as it was.
                var extras = (await db.Placements.AsNoTracking().Include(p => p.AdditionalCosts).Where(p => p.AuthorityId == medway && p.AdditionalCosts.Any())
                    .ToListAsync(Ct)).SelectMany(p => p.AdditionalCosts.Select(c => new { p.StartDate, p.EndDate, c.Kind, c.From, c.To, c.Amount })).ToList();
                var tomorrow = Today.AddDays(1);
                var extraCosts = extras.SelectMany(c =>
                {
                    if (c.Kind == AdditionalCostKind.OneOff)
                        return c.From < tomorrow ? [(Year: FinancialYear.Containing(c.From).ToString(), Pence: c.Amount.Pence)] : Array.Empty<(string Year, long Pence)>();
                    var stop = new[] { c.To, c.EndDate, (DateOnly?)tomorrow }.Where(d => d is not null).Min()!.Value;
                    var nights = new Dictionary<string, int>();
                    for (var night = c.From > c.StartDate ? c.From : c.StartDate; night < stop; night = night.AddDays(1))
                        nights[FinancialYear.Containing(night).ToString()] = nights.GetValueOrDefault(FinancialYear.Containing(night).ToString()) + 1;
                    return nights.Select(n => (Year: n.Key, Pence: (long)Math.Round(c.Amount.Pence * (decimal)n.Value / 7m, MidpointRounding.AwayFromZero))).ToArray();
                });
                return rows.SelectMany(r => SpendReportTests.IndependentCost(r.StartDate, r.EndDate, r.Fees.Select(f => (f.EffectiveFrom, f.WeeklyFee.Pence)).ToList()))
                    .Concat(extraCosts)
                    .Where(c => string.CompareOrdinal(c.Year, first.ToString()) >= 0 && string.CompareOrdinal(c.Year, current.ToString()) <= 0)
                    .GroupBy(c => c.Year).ToDictionary(g => g.Key, g => g.Sum(c => c.Pence));
            });
            Assert.Equal(expected.OrderBy(kv => kv.Key), fresh.OrderBy(kv => kv.Key));
        }
        finally
        {
            await RewriteMedwayAsync(Today);
        }
    }

    private async Task RewriteMedwayAsync(DateOnly asOf) => await app.WithDbAsync(async db =>
    {
        var medway = await MedwayIdAsync(db);
        var placements = await db.Placements.AsNoTracking().WithCosting().Where(p => p.AuthorityId == medway).ToListAsync(Ct);
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        await db.RewriteCostLinesAsync(placements, [], Ct, asOf);
        await transaction.CommitAsync(Ct);
        return placements.Count;
    });

    private static Task<int> MedwayIdAsync(HearthDb db) => db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);

    private Task<int> MedwayLivePlacementAsync(int skip) => app.WithDbAsync(async db =>
    {
        var medway = await MedwayIdAsync(db);
        return await db.Placements.Where(p => p.AuthorityId == medway && p.EndDate == null && p.StartDate < Today.AddDays(-60)
                && p.FeePeriods.Max(f => f.EffectiveFrom) < Today.AddDays(-20) && p.ExternalReference == null)
            .OrderByDescending(p => p.Id).Skip(10 + skip).Select(p => p.Id).FirstAsync(Ct);
    });

    /// <summary>Asserts the stored lines of a placement are what the domain writes for it now, and returns them.</summary>
    private async Task<List<PlacementCostLine>> AssertLinesMatchAsync(int id)
    {
        var (expected, stored) = await app.WithDbAsync(async db =>
        {
            var placement = await db.Placements.AsNoTracking().WithCosting().SingleAsync(p => p.Id == id, Ct);
            return (PlacementCostLines.For(placement, Today), await db.CostLines.AsNoTracking().Where(l => l.PlacementId == id).ToListAsync(Ct));
        });
        Assert.True(Same(expected, stored), $"Placement {id}: stored {Describe(stored)}; expected {Describe(expected)}");
        return stored.OrderBy(l => l.FirstNightDay).ToList();
    }

    private static bool Same(IEnumerable<PlacementCostLine> expected, IEnumerable<PlacementCostLine> stored) =>
        expected.Select(Key).Order().SequenceEqual(stored.Select(Key).Order());

    private static string Key(PlacementCostLine l) => string.Join("|", l.PlacementId, l.AuthorityId, l.FinancialYear, l.FeePeriodStart.ToString("o", CultureInfo.InvariantCulture),
        l.KeyServiceLine, l.FundingSource, l.Route, l.ProviderId, l.FirstNightDay, l.EndDay, l.Nights, l.WeeklyFeePence, l.AmountPence);

    private static string Describe(IEnumerable<PlacementCostLine> lines) => string.Join("; ", lines.Select(Key).Order());

    private static async Task<Dictionary<string, long>> SpendAsync(UserSession session, FinancialYear first, FinancialYear last)
    {
        var json = await session.Client.GetStringAsync($"/api/v1/finance/spend?from={first}&to={last}", Ct);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .GroupBy(l => l.GetProperty("financialYear").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.GetProperty("amountPence").GetInt64()));
    }
}
