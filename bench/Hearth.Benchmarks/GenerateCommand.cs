using System.Diagnostics;
using Hearth.Benchmarks.Loading;
using Hearth.Domain.Common;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Benchmarks;

/// <summary>
/// <c>generate</c>: applies the real migrations, then bulk-loads a national-scale data set straight into the tables. The
/// rows are written as a data migration would write them: not through EF change tracking, so without audit rows (the
/// hash-chained audit trail records what people and systems change, and nobody changed these rows).
/// </summary>
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(DatabaseTarget target, int seed, double scale, TextWriter log)
    {
        var total = Stopwatch.StartNew();
        log.WriteLine($"Hearth national data generator: {target.Provider}, seed {seed}, scale {scale}");

        var clock = Stopwatch.StartNew();
        await using (var db = target.CreateContext())
        {
            await DatabaseSetup.MigrateAsync(db);
            if (await db.Organisations.AnyAsync())
            {
                await Console.Error.WriteLineAsync(
                    "The database already has organisations in it. The generator only loads an empty, freshly migrated database: " +
                    "point it at a new database (PostgreSQL: createdb; SQLite: a new file name).");
                return 1;
            }
        }
        log.WriteLine($"Migrations applied in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var generator = new NationalDataGenerator(seed, scale);
        var data = generator.Generate(message => log.WriteLine($"  {message}"));
        log.WriteLine($"Data built in memory in {clock.Elapsed.TotalSeconds:F1} s " +
                      $"({data.Placements.Length:N0} placements, {data.FeePeriodCount:N0} fee periods, " +
                      $"{data.Placements.Count(p => p.EndDate is null):N0} open on {NationalDataGenerator.AsOf:yyyy-MM-dd})");

        clock.Restart();
        long size;
        await using (var loader = await target.OpenLoaderAsync())
        {
            log.WriteLine("Loading:");
            await new NationalDataLoader(loader, log).LoadAsync(data);
            var loaded = clock.Elapsed.TotalSeconds;
            clock.Restart();
            await loader.CompleteAsync(NationalDataLoader.TablesWithIdentity);
            log.WriteLine($"Loaded in {loaded:F1} s; commit, identity reset and VACUUM ANALYZE in {clock.Elapsed.TotalSeconds:F1} s");
            size = await loader.DatabaseSizeAsync();
        }

        clock.Restart();
        await VerifyAsync(target, data, log);
        log.WriteLine($"Verified through EF Core in {clock.Elapsed.TotalSeconds:F1} s");
        log.WriteLine($"Database size: {size / 1024.0 / 1024.0:N0} MiB ({size:N0} bytes)");
        log.WriteLine($"Total: {total.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>Reads the load back through the app's own model: counts, and a sample of placements costed.</summary>
    private static async Task VerifyAsync(DatabaseTarget target, NationalDataSet data, TextWriter log)
    {
        await using var db = target.CreateContext();
        var placements = await db.Placements.CountAsync();
        var children = await db.Children.CountAsync();
        var organisations = await db.Organisations.CountAsync();
        if (placements != data.Placements.Length || children != data.Children.Length
            || organisations != data.Authorities.Count + data.Providers.Count)
            throw new InvalidOperationException($"Read back {organisations} organisations, {children} children, {placements} placements.");

        var sample = await db.Placements.AsNoTracking().Include(p => p.FeePeriods)
            .Where(p => p.Id % 1000 == 0).ToListAsync();
        var cost = Money.Zero;
        foreach (var placement in sample)
        {
            var periods = placement.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => new FeePeriod(f.EffectiveFrom, f.WeeklyFee)).ToArray();
            cost += NightCosting.TotalCost(placement.StartDate, placement.EndDate, NationalDataGenerator.AsOf, periods);
        }
        log.WriteLine($"Read back {organisations:N0} organisations, {children:N0} children, {placements:N0} placements; " +
                      $"every 1,000th placement ({sample.Count:N0}) costs {cost} to {NationalDataGenerator.AsOf:yyyy-MM-dd}");
    }
}
