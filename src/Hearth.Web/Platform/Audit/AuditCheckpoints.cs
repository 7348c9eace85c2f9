using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hearth.Web.Platform.Audit;

/// <summary>
/// Checkpoints of the audit chain's head, kept outside the database (ADR 0026): an append-only text file, one line per
/// checkpoint, each sealed with the audit chain key. Removing the latest entries from the table leaves a checkpoint that
/// names an entry no longer there, which <see cref="AuditChain"/> reports. One file per database (its name carries a
/// fingerprint of the database's location), so several databases can share a folder and several web nodes a file.
/// </summary>
public sealed class AuditCheckpoints
{
    private const string Version = "1";
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private readonly AuditKeyRing _keys;
    private readonly TimeProvider _clock;
    private readonly string _database;
    private readonly SemaphoreSlim _write = new(1, 1);

    public AuditCheckpoints(string folder, string databaseIdentity, AuditKeyRing keys, TimeProvider clock)
    {
        _keys = keys;
        _clock = clock;
        _database = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(databaseIdentity)))[..16];
        FilePath = Path.Combine(Path.GetFullPath(folder), $"audit-checkpoints-{_database}.log");
    }

    public string FilePath { get; }

    /// <summary>One checkpoint: at <see cref="WrittenAt"/> the chain's last entry was <see cref="EntryId"/>, sealed <see cref="EntryHash"/>.</summary>
    public sealed record Checkpoint(int Line, DateTimeOffset WrittenAt, long EntryId, string EntryHash, bool Authentic);

    /// <summary>Appends a checkpoint of the head, unless the last one already records it.</summary>
    public async Task WriteAsync(long entryId, string entryHash, CancellationToken cancellationToken)
    {
        await _write.WaitAsync(cancellationToken);
        try
        {
            var last = (await ReadAsync(cancellationToken)).LastOrDefault();
            if (last is not null && last.Authentic && last.EntryId == entryId && last.EntryHash == entryHash) return;
            var at = _clock.GetUtcNow().UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
            var id = entryId.ToString(CultureInfo.InvariantCulture);
            var seal = _keys.Seal(_keys.CurrentKeyId, Signed(at, id, entryHash, _keys.CurrentKeyId));
            var line = $"{Version} {at} {id} {entryHash} {_keys.CurrentKeyId} {seal}\n";
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            // Another web node may be appending to the same file: retry briefly while it holds the file.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read);
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(line), cancellationToken);
                    await stream.FlushAsync(cancellationToken);
                    return;
                }
                catch (IOException) when (attempt < 20)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(50), _clock, cancellationToken);
                }
            }
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>Every checkpoint in the file, in order; a line that is malformed or not sealed by a configured key is not authentic.</summary>
    public async Task<List<Checkpoint>> ReadAsync(CancellationToken cancellationToken)
    {
        var list = new List<Checkpoint>();
        if (!File.Exists(FilePath)) return list;
        string[] lines;
        await using (var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var reader = new StreamReader(stream, Encoding.ASCII))
            lines = (await reader.ReadToEndAsync(cancellationToken)).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var parts = lines[i].Split(' ');
            if (parts.Length != 6 || parts[0] != Version
                || !DateTimeOffset.TryParseExact(parts[1], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var writtenAt)
                || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var entryId))
            {
                list.Add(new Checkpoint(i + 1, default, 0, "", Authentic: false));
                continue;
            }
            var expected = _keys.Seal(parts[4], Signed(parts[1], parts[2], parts[3], parts[4]));
            var authentic = expected is not null
                && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[5]));
            list.Add(new Checkpoint(i + 1, writtenAt, entryId, parts[3], authentic));
        }
        return list;
    }

    /// <summary>What a checkpoint's seal covers: the format, this database, the time, the entry and its seal, the key id.</summary>
    private byte[] Signed(string at, string entryId, string entryHash, string keyId) =>
        Encoding.UTF8.GetBytes($"hearth-audit-checkpoint-v{Version}\n{_database}\n{at}\n{entryId}\n{entryHash}\n{keyId}");

    /// <summary>Names the database a chain lives in (its file, or its server and name), for the checkpoint file's name.</summary>
    public static string DatabaseIdentity(string provider, string connectionString)
    {
        if (provider == DatabaseSetup.Sqlite)
        {
            var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            return "sqlite:" + (string.IsNullOrEmpty(source) || source == ":memory:" ? source : Path.GetFullPath(source));
        }
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres:{b.Host}:{b.Port}/{b.Database}";
    }
}
