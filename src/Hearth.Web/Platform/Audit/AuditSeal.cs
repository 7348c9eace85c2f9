using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hearth.Web.Data;

namespace Hearth.Web.Platform.Audit;

/// <summary>
/// How an audit entry is sealed (ADR 0026): HMAC-SHA256, under the key the entry names, over every column of the entry —
/// its id, time, actor, actor's and owner's organisations, record, action, changes, key id and the previous entry's
/// seal — each written with its length first, so no value can run into the next.
/// </summary>
public static class AuditSeal
{
    private const string Version = "hearth-audit-v2";

    /// <summary>The entry's seal under its own key id; null when that key is not in the ring.</summary>
    public static string? Compute(AuditEntry e, AuditKeyRing keys) => keys.Seal(e.KeyId, Canonical(e));

    /// <summary>Sets the entry's key id, previous seal and seal: the last step before it is written.</summary>
    public static void Apply(AuditEntry e, AuditKeyRing keys, string previousHash)
    {
        e.KeyId = keys.CurrentKeyId;
        e.PreviousHash = previousHash;
        e.Hash = Compute(e, keys)!;
    }

    public static byte[] Canonical(AuditEntry e)
    {
        using var buffer = new MemoryStream();
        Write(buffer, Version);
        Write(buffer, e.Id.ToString(CultureInfo.InvariantCulture));
        Write(buffer, e.At.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Write(buffer, e.ActorUserId?.ToString(CultureInfo.InvariantCulture));
        Write(buffer, e.ActorName);
        Write(buffer, e.ActorOrganisationId?.ToString(CultureInfo.InvariantCulture));
        Write(buffer, e.OwnerOrganisationId?.ToString(CultureInfo.InvariantCulture));
        Write(buffer, e.Entity);
        Write(buffer, e.EntityId);
        Write(buffer, ((int)e.Action).ToString(CultureInfo.InvariantCulture));
        Write(buffer, e.Changes);
        Write(buffer, e.KeyId);
        Write(buffer, e.PreviousHash);
        return buffer.ToArray();
    }

    /// <summary>A value as its UTF-8 length (4 bytes, big-endian; -1 for no value) and its bytes.</summary>
    private static void Write(Stream buffer, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            buffer.Write(length);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }

    /// <summary>
    /// The unkeyed SHA-256 of ADR 0003, kept only to check a trail written before ADR 0026 once, when it is re-sealed
    /// (<see cref="AuditChainUpgrade"/>). It is never accepted as a seal.
    /// </summary>
    public static string LegacyHash(AuditEntry e)
    {
        var text = string.Join('\u001f',
            e.PreviousHash,
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.ActorUserId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.ActorName,
            e.ActorOrganisationId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Entity,
            e.EntityId,
            ((int)e.Action).ToString(CultureInfo.InvariantCulture),
            e.Changes);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
