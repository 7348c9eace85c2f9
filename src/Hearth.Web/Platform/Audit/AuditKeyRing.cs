using System.Security.Cryptography;
using System.Text;

namespace Hearth.Web.Platform.Audit;

/// <summary>
/// The secret keys the audit chain is sealed with (HMAC-SHA256, ADR 0026). They live outside the database, so a person who
/// can write to the database cannot recompute the chain. New entries are sealed with the current key; every entry names
/// its key id, so entries sealed before a rotation verify with the retired key kept under <c>Audit:PreviousChainKeys</c>.
/// </summary>
public sealed class AuditKeyRing
{
    public const int MinimumKeyBytes = 32;
    public const string KeyFileName = "hearth-audit.key";

    private readonly Dictionary<string, byte[]> _keys;

    public AuditKeyRing(string currentKeyId, IReadOnlyDictionary<string, byte[]> keys)
    {
        if (!keys.ContainsKey(currentKeyId)) throw new ArgumentException("The current key must be one of the keys.", nameof(currentKeyId));
        CurrentKeyId = currentKeyId;
        _keys = new Dictionary<string, byte[]>(keys, StringComparer.Ordinal);
    }

    /// <summary>The id new entries and checkpoints are sealed under.</summary>
    public string CurrentKeyId { get; }

    /// <summary>Where the key came from, for the start-up log: configuration, or the generated key file.</summary>
    public string Source { get; private init; } = "configuration";

    public bool Knows(string keyId) => _keys.ContainsKey(keyId);

    public IReadOnlyCollection<string> KeyIds => _keys.Keys;

    /// <summary>HMAC-SHA256 of <paramref name="data"/> under the named key, lower-case hex; null when the key is not configured.</summary>
    public string? Seal(string keyId, ReadOnlySpan<byte> data) =>
        _keys.TryGetValue(keyId, out var key) ? Convert.ToHexStringLower(HMACSHA256.HashData(key, data)) : null;

    /// <summary>A key's id when none is configured: "k-" and the first 12 hex digits of its SHA-256 (names it, never reveals it).</summary>
    public static string Fingerprint(byte[] key) => "k-" + Convert.ToHexStringLower(SHA256.HashData(key))[..12];

    /// <summary>
    /// Reads the key ring from configuration: <c>Audit:ChainKey</c> (base64, at least 32 bytes) with an optional
    /// <c>Audit:ChainKeyId</c>, and retired keys under <c>Audit:PreviousChainKeys:&lt;id&gt;</c>. Without a key, the
    /// embedded SQLite database gets a generated key in a file beside the database file (with a warning); any other
    /// database refuses to start, because a key kept only on the database server protects nothing.
    /// </summary>
    public static AuditKeyRing Load(IConfiguration configuration, string provider, string? dataFolder, ILogger? logger)
    {
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var previous in configuration.GetSection("Audit:PreviousChainKeys").GetChildren())
        {
            if (string.IsNullOrWhiteSpace(previous.Value)) continue;
            keys[CheckId(previous.Key, $"Audit:PreviousChainKeys:{previous.Key}")] = Decode(previous.Value, $"Audit:PreviousChainKeys:{previous.Key}");
        }

        // A generated key from an earlier demo run still verifies the entries it sealed, even once a key is configured.
        var file = dataFolder is null ? null : Path.Combine(dataFolder, KeyFileName);
        (string Id, byte[] Key)? generated = file is not null && File.Exists(file) ? ReadKeyFile(file) : null;
        if (generated is { } g) keys.TryAdd(g.Id, g.Key);

        var configured = configuration["Audit:ChainKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var key = Decode(configured, "Audit:ChainKey");
            var idSetting = configuration["Audit:ChainKeyId"];
            var id = string.IsNullOrWhiteSpace(idSetting) ? Fingerprint(key) : CheckId(idSetting.Trim(), "Audit:ChainKeyId");
            if (keys.TryGetValue(id, out var other) && !other.AsSpan().SequenceEqual(key))
                throw new HearthStartupException($"Audit:ChainKeyId '{id}' is also the id of a different key under Audit:PreviousChainKeys. Give each key its own id.");
            keys[id] = key;
            return new AuditKeyRing(id, keys);
        }

        if (provider != DatabaseSetup.Sqlite || file is null)
            throw new HearthStartupException(
                "Audit:ChainKey is not set. Hearth seals its audit trail with a secret key kept outside the database, so that " +
                "someone who can change the database cannot rewrite the trail unnoticed. Generate one (for example " +
                "`openssl rand -base64 32`) and set it in the environment as Audit__ChainKey, from your secret store, never in a file in the repository.");

        if (generated is null)
        {
            var key = RandomNumberGenerator.GetBytes(MinimumKeyBytes);
            generated = ("local-" + Fingerprint(key)[2..], key);
            try
            {
                WriteKeyFile(file, generated.Value.Id, key);
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another process wrote it first: use that one.
                generated = ReadKeyFile(file);
            }
            keys[generated.Value.Id] = generated.Value.Key;
            logger?.LogWarning(
                "Audit:ChainKey is not set: generated an audit chain key in {KeyFile}. Fine for the demo; for a live service set Audit:ChainKey " +
                "from your secret store, and keep that file if you want the entries it sealed to stay verifiable.", file);
        }
        else
        {
            logger?.LogWarning("Audit:ChainKey is not set: sealing the audit trail with the generated key in {KeyFile}. Set Audit:ChainKey for a live service.", file);
        }
        return new AuditKeyRing(generated.Value.Id, keys) { Source = file };
    }

    private static string CheckId(string id, string setting)
    {
        if (id.Length is 0 or > 40 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new HearthStartupException($"{setting}: a key id is 1 to 40 letters, digits, '-', '_' or '.' (it is '{id}').");
        return id;
    }

    private static byte[] Decode(string value, string setting)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            throw new HearthStartupException($"{setting} is not base64. Generate a key with `openssl rand -base64 32`.");
        }
        if (key.Length < MinimumKeyBytes)
            throw new HearthStartupException($"{setting} is {key.Length} bytes; an audit chain key must be at least {MinimumKeyBytes} random bytes (`openssl rand -base64 32`).");
        return key;
    }

    /// <summary>The key file holds one line: the key id, a space, the key in base64.</summary>
    private static (string, byte[]) ReadKeyFile(string file)
    {
        var parts = File.ReadAllText(file).Trim().Split(' ', 2);
        if (parts.Length != 2) throw new HearthStartupException($"The audit key file {file} is not in the form '<id> <base64 key>'. Restore it from a backup.");
        return (CheckId(parts[0], file), Decode(parts[1], file));
    }

    private static void WriteKeyFile(string file, string id, byte[] key)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var stream = new FileStream(file, options);
        stream.Write(Encoding.ASCII.GetBytes($"{id} {Convert.ToBase64String(key)}\n"));
    }
}
