using System.Globalization;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Platform.Audit;

/// <summary>
/// Once, at start-up, seals an audit trail written before ADR 0026 (unkeyed SHA-256, no key id) under the current key.
/// The old chain is checked first and the outcome is recorded in an entry of its own, with the old chain's last hash, so
/// an auditor holding an earlier export can match it. Only a trail with no keyed entry at all is upgraded: an unkeyed
/// entry after that is a forgery, which <see cref="AuditChain"/> reports rather than anything here blessing it.
/// </summary>
public static class AuditChainUpgrade
{
    public const string Entity = "AuditChain";

    /// <summary>Re-seals the legacy trail if there is one; returns how many entries were re-sealed (0 when none).</summary>
    public static async Task<int> RunAsync(HearthDb db, AuditKeyRing keys, ILogger logger, CancellationToken ct)
    {
        if (!await db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => a.KeyId == "", ct)) return 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LockAuditChainAsync(ct);
        if (await db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => a.KeyId != "", ct))
        {
            logger.LogError("The audit trail has entries without a seal key after sealed ones: they were written outside Hearth. Check the chain from the audit page.");
            return 0;
        }

        var legacyPrevious = "";
        long? legacyBrokenAt = null;
        var sealedPrevious = "";
        var count = 0;
        long after = long.MinValue;
        while (true)
        {
            var rows = await db.AuditEntries.IgnoreQueryFilters().Where(a => a.Id > after).OrderBy(a => a.Id).Take(1000).ToListAsync(ct);
            if (rows.Count == 0) break;
            foreach (var row in rows)
            {
                if (legacyBrokenAt is null && (row.PreviousHash != legacyPrevious || AuditSeal.LegacyHash(row) != row.Hash)) legacyBrokenAt = row.Id;
                legacyPrevious = row.Hash;
                AuditSeal.Apply(row, keys, sealedPrevious);
                sealedPrevious = row.Hash;
                count++;
            }
            after = rows[^1].Id;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        var verdict = legacyBrokenAt is { } broken
            ? $"broken at entry {broken}: entries up to it are sealed as they were found"
            : "intact";
        await db.RecordAccessAsync(new SensitiveAccess(AuditAction.Update, Entity, keys.CurrentKeyId, null,
        [
            new("Sealed", $"{count.ToString(CultureInfo.InvariantCulture)} entries written before ADR 0026, under key {keys.CurrentKeyId}"),
            new("UnkeyedChain", verdict),
            new("UnkeyedLastHash", legacyPrevious),
        ]), ct);
        await transaction.CommitAsync(ct);
        if (legacyBrokenAt is null)
            logger.LogInformation("Sealed {Count} audit entries under key {KeyId}; the unkeyed chain was intact", count, keys.CurrentKeyId);
        else
            logger.LogWarning("Sealed {Count} audit entries under key {KeyId}; the unkeyed chain was broken at entry {Entry} (recorded in the trail)",
                count, keys.CurrentKeyId, legacyBrokenAt);
        return count;
    }
}
