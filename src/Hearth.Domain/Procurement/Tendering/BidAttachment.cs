using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement.Tendering;

/// <summary>
/// A file a provider attaches to its bid for a lot (a policy, a CV, a pricing workbook): PDF, DOCX or XLSX, judged by its
/// extension AND its first bytes (%PDF, or a zip holding word/ or xl/), at most <see cref="MaximumBytes"/>, never empty.
/// The row is immutable once added: removing a file that a submission holds only marks it removed from the draft, so the
/// submitted version keeps its files; a file never submitted is deleted.
/// </summary>
public sealed class BidAttachment
{
    /// <summary>10 MB (10 × 1024 × 1024 bytes) is allowed; one byte more is not.</summary>
    public const long MaximumBytes = 10L * 1024 * 1024;
    public const int MaximumPerBid = 10;
    public const int MaximumNameLength = 120;
    public const int MaximumDescriptionLength = 200;

    public const string TypeMessage = "The selected file must be a PDF, DOCX or XLSX";
    public const string SizeMessage = "The selected file must be smaller than 10 MB";
    public const string EmptyMessage = "The selected file is empty";
    public const string MissingMessage = "Select a file";

    private BidAttachment() { }

    public int Id { get; private set; }
    public int BidId { get; private set; }
    public string FileName { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    /// <summary>SHA-256 of the bytes, lower-case hex: what a submission's receipt covers.</summary>
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }
    /// <summary>Set when removed from the draft after a submission included it (the submission keeps it).</summary>
    public DateTimeOffset? RemovedAt { get; private set; }
    /// <summary>True once any submission includes this file: it is then never deleted.</summary>
    public bool Submitted { get; private set; }
    /// <summary>The bytes, kept in their own row so listing a bid's files never loads them.</summary>
    public BidAttachmentContent Content { get; private set; } = null!;

    public bool IsRemoved => RemovedAt is not null;

    internal static BidAttachment Create(string? fileName, string? description, byte[]? bytes, DateTimeOffset now)
    {
        if (bytes is null || string.IsNullOrWhiteSpace(fileName)) throw new DomainException("File", MissingMessage);
        var contentType = ContentTypeFor(fileName) ?? throw new DomainException("File", TypeMessage);
        if (bytes.LongLength > MaximumBytes) throw new DomainException("File", SizeMessage);
        if (bytes.Length == 0) throw new DomainException("File", EmptyMessage);
        if (!SignatureMatches(contentType, bytes)) throw new DomainException("File", TypeMessage);
        var text = (description ?? "").Trim();
        if (text.Length > MaximumDescriptionLength)
            throw new DomainException("Description", $"The description must be {MaximumDescriptionLength} characters or fewer");
        return new BidAttachment
        {
            FileName = SanitiseName(fileName),
            Description = text,
            ContentType = contentType,
            Size = bytes.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            AddedAt = now,
            Content = new BidAttachmentContent(bytes),
        };
    }

    internal void MarkSubmitted() => Submitted = true;

    internal void MarkRemoved(DateTimeOffset now) => RemovedAt = now;

    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The content type for an allowed extension (.pdf, .docx, .xlsx, any case); null for anything else.</summary>
    public static string? ContentTypeFor(string fileName) =>
        Path.GetExtension(fileName.Trim()).ToLowerInvariant() switch
        {
            ".pdf" => Pdf,
            ".docx" => Docx,
            ".xlsx" => Xlsx,
            _ => null,
        };

    /// <summary>
    /// Whether the first bytes say the same as the extension: a PDF starts "%PDF-"; a DOCX or XLSX is a zip ("PK\x03\x04")
    /// whose entries include word/ or xl/ respectively (entry names are stored uncompressed in the zip's headers).
    /// </summary>
    public static bool SignatureMatches(string contentType, ReadOnlySpan<byte> bytes)
    {
        if (contentType == Pdf) return bytes.StartsWith("%PDF-"u8);
        if (!bytes.StartsWith("PK\u0003\u0004"u8)) return false;
        return contentType switch
        {
            Docx => bytes.IndexOf("word/"u8) >= 0,
            Xlsx => bytes.IndexOf("xl/"u8) >= 0,
            _ => false,
        };
    }

    /// <summary>
    /// A safe file name: the last path segment only, no control or reserved characters (&lt;&gt;:"/\|?*), spaces collapsed,
    /// no leading dots, at most <see cref="MaximumNameLength"/> characters with the extension kept.
    /// </summary>
    public static string SanitiseName(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c)) text.Append(' ');
            else if (!char.IsControl(c) && !"<>:\"|?*;".Contains(c, StringComparison.Ordinal)) text.Append(c);
        }
        var cleaned = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var extension = Path.GetExtension(cleaned).ToLowerInvariant();
        var stem = cleaned[..^extension.Length].Trim(' ', '.');
        if (stem.Length == 0) stem = "attachment";
        if (stem.Length + extension.Length > MaximumNameLength) stem = stem[..(MaximumNameLength - extension.Length)].TrimEnd();
        return stem + extension;
    }

    /// <summary>"2.4 MB", "120 KB", "800 bytes".</summary>
    public static string SizeText(long bytes) =>
        bytes >= 1024 * 1024 ? (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : bytes >= 1024 ? (bytes / 1024d).ToString("0", CultureInfo.InvariantCulture) + " KB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
}

/// <summary>The bytes of a <see cref="BidAttachment"/>.</summary>
public sealed class BidAttachmentContent
{
    private BidAttachmentContent() { }

    internal BidAttachmentContent(byte[] bytes) => Bytes = bytes;

    public int AttachmentId { get; private set; }
    public byte[] Bytes { get; private set; } = [];
}

/// <summary>A file as a submission froze it: the receipt hash covers its SHA-256.</summary>
public sealed record SubmittedFile(int AttachmentId, string FileName, string Description, string ContentType, long Size, string Sha256);
