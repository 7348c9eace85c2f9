using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Platform.Audit;

/// <summary>
/// Checks the whole audit trail (ADR 0026): every entry is sealed by a configured key over all its columns, follows the
/// entry before it, and every checkpoint written outside the database still finds the entry it recorded. Stops at the
/// first problem and says exactly where it is. An intact trail gets a fresh checkpoint.
/// </summary>
public sealed class AuditChain(HearthDb db, AuditKeyRing keys, AuditCheckpoints checkpoints)
{
    /// <param name="BrokenAtId">The first entry found wrong, when one is (null for removed entries at the end).</param>
    /// <param name="LastGoodId">The last entry that checked out before the problem.</param>
    /// <param name="Warning">Something the auditor should know that is not a break (no checkpoints yet).</param>
    public sealed record Result(bool Intact, long Checked, long? BrokenAtId, long? LastGoodId, string Message, string? Warning = null);

    public async Task<Result> VerifyAsync(CancellationToken ct = default)
    {
        var marks = await checkpoints.ReadAsync(ct);
        if (marks.FirstOrDefault(m => !m.Authentic) is { } forged)
            return new Result(false, 0, null, null,
                $"Line {forged.Line} of the checkpoint file {checkpoints.FilePath} is not sealed by any configured audit key: " +
                "the checkpoint file has been altered, or it was written with a key that is no longer configured.");
        // Every checkpoint for an entry must match it (ids can come round again after entries are removed).
        var expected = marks.GroupBy(m => m.EntryId).ToDictionary(g => g.Key, g => g.ToList());

        var previous = "";
        long count = 0;
        long? lastGood = null;
        const int batch = 5000;
        while (true)
        {
            // The chain is global, so it is read whole whoever asks; only the verdict is shown.
            var after = lastGood ?? long.MinValue;
            var rows = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.Id > after).OrderBy(a => a.Id).Take(batch).ToListAsync(ct);
            foreach (var row in rows)
            {
                if (Problem(row, previous, lastGood, expected) is { } problem)
                    return new Result(false, count, row.Id, lastGood, problem);
                expected.Remove(row.Id);
                previous = row.Hash;
                lastGood = row.Id;
                count++;
            }
            if (rows.Count < batch) break;
        }

        // Every checkpoint must have found its entry: any left over names entries that are gone.
        if (expected.Values.SelectMany(m => m).OrderBy(m => m.EntryId).FirstOrDefault() is { } missing)
        {
            var where = lastGood is { } last && missing.EntryId > last
                ? $"The audit trail ends at entry {last}, but the checkpoint written {When(missing.WrittenAt)} recorded entry {missing.EntryId} as its last: the entries after {last} have been removed."
                : lastGood is null
                    ? $"The audit trail is empty, but the checkpoint written {When(missing.WrittenAt)} recorded entry {missing.EntryId} as its last: every entry has been removed."
                    : $"Entry {missing.EntryId}, recorded by the checkpoint written {When(missing.WrittenAt)}, is missing: entries have been removed.";
            return new Result(false, count, null, lastGood, where);
        }

        string? warning = null;
        if (marks.Count == 0 && lastGood is not null)
            warning = $"There were no checkpoints in {checkpoints.FilePath}, so the removal of the latest entries before this check cannot be ruled out. A checkpoint has now been written.";
        if (lastGood is { } head) await checkpoints.WriteAsync(head, previous, ct);
        var sealedWith = string.Join(", ", await db.AuditEntries.IgnoreQueryFilters().Select(a => a.KeyId).Distinct().OrderBy(k => k).ToListAsync(ct));
        return new Result(true, count, null, lastGood,
            $"The audit trail is intact: {count:N0} entries checked" + (count > 0 ? $", sealed with key {sealedWith}" : "") +
            (marks.Count > 0 ? $", and {marks.Count:N0} checkpoints match." : "."), warning);
    }

    private string? Problem(AuditEntry row, string previous, long? lastGood, Dictionary<long, List<AuditCheckpoints.Checkpoint>> expected)
    {
        if (row.KeyId.Length == 0)
            return $"Entry {row.Id} has no seal key: it was written or changed outside Hearth.";
        if (!keys.Knows(row.KeyId))
            return $"Entry {row.Id} is sealed with key '{row.KeyId}', which is not configured. If that key was retired, add it under " +
                $"Audit:PreviousChainKeys:{row.KeyId}; otherwise the entry was forged.";
        if (row.PreviousHash != previous)
            return lastGood is { } last
                ? $"Entry {row.Id} does not follow entry {last}: entries between them have been removed, or entry {row.Id} was inserted."
                : $"Entry {row.Id} is the first entry but does not start the trail: earlier entries have been removed.";
        var seal = AuditSeal.Compute(row, keys)!;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(seal), Encoding.ASCII.GetBytes(row.Hash)))
            return $"Entry {row.Id} has been altered: its contents no longer match its seal.";
        if (expected.TryGetValue(row.Id, out var found) && found.FirstOrDefault(m => m.EntryHash != row.Hash) is { } mark)
            return $"Entry {row.Id} is not the entry the checkpoint written {When(mark.WrittenAt)} recorded: the trail has been replaced from there.";
        return null;
    }

    private static string When(DateTimeOffset at) =>
        "at " + Hearth.Domain.Common.London.ToLondon(at).ToString("d MMM yyyy HH:mm:ss", CultureInfo.GetCultureInfo("en-GB"));
}
