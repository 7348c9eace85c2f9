using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Platform.Audit;

/// <summary>Checks that the whole audit trail is intact: every row links to the one before and its hash is right.</summary>
public static class AuditChain
{
    public sealed record Result(bool Intact, long Checked, long? BrokenAtId, string Message);

    public static async Task<Result> VerifyAsync(HearthDb db, CancellationToken ct = default)
    {
        var previous = "";
        long count = 0;
        long lastId = 0;
        const int batch = 5000;
        while (true)
        {
            // The chain is global, so it is read whole whoever asks; only the verdict is shown.
            var rows = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(batch).ToListAsync(ct);
            foreach (var row in rows)
            {
                if (row.PreviousHash != previous)
                    return new Result(false, count, row.Id, $"Entry {row.Id} does not follow the entry before it: an entry has been removed or changed.");
                if (AuditRecorder.ComputeHash(row) != row.Hash)
                    return new Result(false, count, row.Id, $"Entry {row.Id} has been altered: its contents no longer match its hash.");
                previous = row.Hash;
                count++;
            }
            if (rows.Count < batch) break;
            lastId = rows[^1].Id;
        }
        return new Result(true, count, null, $"The audit trail is intact: {count:N0} entries checked.");
    }
}
