using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Platform;

/// <summary>
/// Writes the cost lines of a database that has placements but no cost lines: one migrated from before the
/// PlacementCostLines migration (ADR 0014). Run at start-up after the migrations. Both checks are a single-row look-up, so
/// start-up still reads no placements once the lines exist. The lines are written in one transaction (the caller's, if any): an interrupted
/// backfill leaves no lines, so the next start-up does it again.
/// </summary>
public static class CostLineBackfill
{
    private const int BatchSize = 1_000;

    /// <summary>Returns the number of placements costed (0 when nothing was needed).</summary>
    public static async Task<int> RunAsync(HearthDb db, ILogger logger, CancellationToken cancellationToken)
    {
        if (!await db.Placements.AnyAsync(cancellationToken) || await db.CostLines.AnyAsync(cancellationToken)) return 0;
        logger.LogInformation("Writing the cost lines of existing placements (once, after the PlacementCostLines migration)");
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var lastId = 0;
        var costed = 0;
        while (true)
        {
            var batch = await db.Placements.AsNoTracking().Include(p => p.FeePeriods).Include(p => p.AdditionalCosts).Include(p => p.FundingShares).AsSplitQuery()
                .Where(p => p.Id > lastId).OrderBy(p => p.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            await db.RewriteCostLinesAsync(batch, [], cancellationToken);
            lastId = batch[^1].Id;
            costed += batch.Count;
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }
        logger.LogInformation("Wrote the cost lines of {Count} placements", costed);
        return costed;
    }
}
