using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Hearth.Web.Features.Finance;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Benchmarks;

/// <summary>
/// <c>spend-report</c>: times the spend-by-year report as the app runs it (<see cref="SpendReport.ByYearAsync"/> on a new
/// <see cref="HearthDb"/> per run, as per request) and a hand-written SQL aggregate over the same cost lines, side by side
/// in one run (alternating, after warm-ups), checks that both give the same pence in every cell, and prints the medians.
/// Optionally also times the report as it was before ADR 0009 (every placement loaded and costed in memory) for reference.
/// </summary>
internal static class SpendReportCommand
{
    public static async Task<int> RunAsync(DatabaseTarget target, FinancialYear first, FinancialYear last, string? organisation,
        int runs, int warmUps, int oldPathRuns, int? postmasterPid, TextWriter log)
    {
        var scope = OrganisationScope.System();
        int? authorityId = null;
        if (organisation is not null)
        {
            await using var system = target.CreateContext();
            var authority = await system.Organisations.OfType<Authority>().AsNoTracking().SingleOrDefaultAsync(o => o.Name == organisation);
            if (authority is null)
            {
                await Console.Error.WriteLineAsync($"There is no authority named '{organisation}'.");
                return 1;
            }
            authorityId = authority.Id;
            scope = AuthorityScope(authority.Id);
        }

        var tomorrow = London.Today(Program.Clock).AddDays(1);
        var until = (tomorrow < last.EndExclusive ? tomorrow : last.EndExclusive).DayNumber;
        long placements, lines;
        await using (var db = target.CreateContext(scope))
        {
            placements = await db.VisiblePlacements.LongCountAsync();
            lines = await db.VisibleCostLines.LongCountAsync();
        }
        log.WriteLine($"Spend by year {first} to {last}, costed to {DateOnly.FromDayNumber(until):yyyy-MM-dd} (exclusive), " +
                      $"{(organisation is null ? "system scope (every authority)" : $"{organisation} (id {authorityId})")}: " +
                      $"{placements:N0} placements, {lines:N0} cost lines; {warmUps} warm-ups, {runs} timed runs each, alternating.");

        var app = new List<double>();
        var sql = new List<double>();
        var appCpu = new List<double>();
        var sqlCpu = new List<double>();
        Dictionary<string, long>? appCells = null, sqlCells = null;
        for (var i = -warmUps; i < runs; i++)
        {
            var cpu0 = CpuMilliseconds(postmasterPid);
            var (appTime, appResult) = await TimeAsync(() => AppPathAsync(target, scope, first, last));
            var cpu1 = CpuMilliseconds(postmasterPid);
            var (sqlTime, sqlResult) = await TimeAsync(() => HandWrittenAsync(target, first, last, until, authorityId));
            var cpu2 = CpuMilliseconds(postmasterPid);
            if (i < 0) continue;
            appCpu.Add(cpu1 - cpu0);
            sqlCpu.Add(cpu2 - cpu1);
            app.Add(appTime);
            sql.Add(sqlTime);
            appCells = appResult;
            sqlCells = sqlResult;
        }

        var same = appCells!.Count == sqlCells!.Count && appCells.All(kv => sqlCells.TryGetValue(kv.Key, out var v) && v == kv.Value);
        log.WriteLine($"Cells: app {appCells.Count:N0}, SQL {sqlCells.Count:N0}; identical to the penny: {(same ? "yes" : "NO")}; " +
                      $"total {Money.FromPence(appCells.Values.Sum())}");
        foreach (var year in appCells.GroupBy(kv => kv.Key[..7]).OrderBy(g => g.Key))
            log.WriteLine($"  {year.Key}: {Money.FromPence(year.Sum(kv => kv.Value))}");
        log.WriteLine($"App path (SpendReport.ByYearAsync):  median {Median(app),8:F1} ms  (min {app.Min():F1}, max {app.Max():F1})  runs: {Runs(app)}");
        log.WriteLine($"Hand-written SQL aggregate:          median {Median(sql),8:F1} ms  (min {sql.Min():F1}, max {sql.Max():F1})  runs: {Runs(sql)}");
        log.WriteLine($"Ratio app / SQL (medians): {Median(app) / Median(sql):F2}");
        if (postmasterPid is not null)
        {
            log.WriteLine($"CPU time (this process + the PostgreSQL server's processes), the time on an otherwise idle core:");
            log.WriteLine($"  App path:          median {Median(appCpu),8:F0} ms  runs: {Runs(appCpu)}");
            log.WriteLine($"  Hand-written SQL:  median {Median(sqlCpu),8:F0} ms  runs: {Runs(sqlCpu)}");
            log.WriteLine($"  Ratio app / SQL (medians): {Median(appCpu) / Median(sqlCpu):F2}");
        }

        for (var i = 0; i < oldPathRuns; i++)
        {
            var (oldTime, oldResult) = await TimeAsync(() => OldPathAsync(target, scope, first, last));
            var oldSame = oldResult.Count == appCells.Count && oldResult.All(kv => appCells.TryGetValue(kv.Key, out var v) && v == kv.Value);
            log.WriteLine($"Before ADR 0009 (placements loaded and costed in memory): {oldTime:F1} ms; same cells: {(oldSame ? "yes" : "NO")}");
        }
        return same ? 0 : 1;
    }

    /// <summary>
    /// CPU time used so far by this process and, given the postmaster's pid, by the PostgreSQL server (the postmaster and
    /// its child processes: backends and parallel workers), from /proc, in milliseconds. On a shared machine wall-clock
    /// times include waiting for a CPU; CPU time is what the work would take on an idle core.
    /// </summary>
    private static double CpuMilliseconds(int? postmasterPid)
    {
        var total = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        if (postmasterPid is not { } root) return total;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); } catch (IOException) { continue; } catch (UnauthorizedAccessException) { continue; }
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // fields from the 3rd (state) on
            var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
            if (pid != root && parent != root) continue;
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture); // utime + stime
            total += ticks * 10.0; // USER_HZ is 100 on Linux
        }
        return total;
    }

    private static OrganisationScope AuthorityScope(int id)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(HearthClaims.OrganisationId, id.ToString(CultureInfo.InvariantCulture)),
                new Claim(HearthClaims.OrganisationKind, nameof(OrganisationKind.Authority)),
            ], "benchmark");
        return new OrganisationScope(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) } });
    }

    private static async Task<(double Milliseconds, T Result)> TimeAsync<T>(Func<Task<T>> action)
    {
        var clock = Stopwatch.StartNew();
        var result = await action();
        return (clock.Elapsed.TotalMilliseconds, result);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Runs(List<double> values) => string.Join(", ", values.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)));

    private static string Cell(int year, int authority, int ksl, int funding, int route, int? provider) =>
        string.Create(CultureInfo.InvariantCulture, $"{new FinancialYear(year)}|{authority}|{ksl}|{funding}|{route}|{provider}");

    /// <summary>The report exactly as the page, API and home card run it: a new context, then SpendReport.</summary>
    private static async Task<Dictionary<string, long>> AppPathAsync(DatabaseTarget target, OrganisationScope scope, FinancialYear first, FinancialYear last)
    {
        await using var db = target.CreateContext(scope);
        var result = await new SpendReport(db, Program.Clock).ByYearAsync(first, last, CancellationToken.None);
        return result.ToDictionary(l => Cell(l.Key.Year.StartYear, l.Key.AuthorityId, (int)l.Key.KeyServiceLine, (int)l.Key.FundingSource, (int)l.Key.Route, l.Key.ProviderId),
            l => l.Amount.Pence);
    }

    /// <summary>
    /// The same totals in one hand-written statement over PlacementCostLines, read with plain ADO.NET: closed lines by
    /// their year, open lines spread over the years asked for.
    /// </summary>
    private static async Task<Dictionary<string, long>> HandWrittenAsync(DatabaseTarget target, FinancialYear first, FinancialYear last, int until, int? authorityId)
    {
        await using var db = target.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var scope = authorityId is null ? "" : " AND \"AuthorityId\" = @org";
        var years = new StringBuilder();
        for (var y = first; y <= last && y.Start.DayNumber < until; y = y.Next)
        {
            if (years.Length > 0) years.Append(" UNION ALL ");
            years.Append(CultureInfo.InvariantCulture,
                $"SELECT {y.StartYear} AS y, {y.Start.DayNumber} AS ys, {Math.Min(y.EndExclusive.DayNumber, until)} AS ye");
        }
        var sql = $"""
            SELECT "FinancialYear", "AuthorityId", "KeyServiceLine", "FundingSource", "Route", "ProviderId",
                   SUM(CASE WHEN "EndDay" <= @until THEN "AmountPence" ELSE "Sign" * (("WeeklyFeePence" * (@until - "FirstNightDay") + 3) / 7) END)
            FROM "PlacementCostLines"
            WHERE "EndDay" IS NOT NULL AND "FinancialYear" >= @first AND "FinancialYear" <= @last AND "FirstNightDay" < @until{scope}
            GROUP BY "FinancialYear", "AuthorityId", "KeyServiceLine", "FundingSource", "Route", "ProviderId"
            UNION ALL
            SELECT t.y, "AuthorityId", "KeyServiceLine", "FundingSource", "Route", "ProviderId",
                   SUM("Sign" * (("WeeklyFeePence" * (t.ye - CASE WHEN "FirstNightDay" > t.ys THEN "FirstNightDay" ELSE t.ys END) + 3) / 7))
            FROM "PlacementCostLines" JOIN ({(years.Length == 0 ? "SELECT 0 AS y, 0 AS ys, 0 AS ye" : years.ToString())}) t ON "FirstNightDay" < t.ye
            WHERE "EndDay" IS NULL{scope}
            GROUP BY t.y, "AuthorityId", "KeyServiceLine", "FundingSource", "Route", "ProviderId"
            """;
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "until", until);
        Add(command, "first", first.StartYear);
        Add(command, "last", last.StartYear);
        if (authorityId is { } org) Add(command, "org", org);
        var cells = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var key = Cell(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5));
            cells[key] = cells.GetValueOrDefault(key) + reader.GetInt64(6);
        }
        return cells;
    }

    private static void Add(DbCommand command, string name, int value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The report as it was before ADR 0009: the placements with their fee periods, costed by SpendCalculator.</summary>
    private static async Task<Dictionary<string, long>> OldPathAsync(DatabaseTarget target, OrganisationScope scope, FinancialYear first, FinancialYear last)
    {
        await using var db = target.CreateContext(scope);
        var tomorrow = London.Today(Program.Clock).AddDays(1);
        var from = first.Start;
        var to = last.EndExclusive;
        var rows = await db.VisiblePlacements.AsNoTracking()
            .Where(p => p.StartDate < to && (p.EndDate == null || p.EndDate > from))
            .Select(p => new
            {
                p.AuthorityId, p.KeyServiceLine, p.FundingSource, p.Route, p.ProviderId, p.StartDate, p.EndDate,
                Fees = p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => new FeePeriod(f.EffectiveFrom, f.WeeklyFee)).ToList(),
            })
            .ToListAsync();
        var placements = rows.Select(r => new CostedPlacement(r.AuthorityId, r.KeyServiceLine, r.FundingSource, r.Route, r.ProviderId, r.StartDate, r.EndDate, r.Fees));
        return SpendCalculator.ByYear(placements, first, last, tomorrow).ToDictionary(
            kv => Cell(kv.Key.Year.StartYear, kv.Key.AuthorityId, (int)kv.Key.KeyServiceLine, (int)kv.Key.FundingSource, (int)kv.Key.Route, kv.Key.ProviderId),
            kv => kv.Value.Pence);
    }
}
