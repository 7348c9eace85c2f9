using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement.Tendering;

public enum BidStatus
{
    Draft = 1,
    Submitted = 2,
    Withdrawn = 3,
}

/// <summary>A weekly price for one cell of a bid's price schedule.</summary>
public sealed record BidPrice(string RowCode, int BandIndex, long Pence);

/// <summary>A bidder's answer to one question: text for a scored question, a yes/no for a pass/fail one.</summary>
public sealed record BidAnswer(int QuestionNumber, string Text, bool? Passes);

/// <summary>
/// A provider's bid for one lot. The provider saves drafts, submits, revises or withdraws until the submission
/// deadline. Each submission is an immutable <see cref="BidSubmission"/> with a receipt (time and SHA-256 of its content).
/// </summary>
public sealed class Bid
{
    public const int MaximumAnswerLength = 10_000;

    private readonly List<BidSubmission> _submissions = [];
    private readonly List<BidAttachment> _attachments = [];

    private Bid() { }

    public int Id { get; private set; }
    public int TenderId { get; private set; }
    public int LotNumber { get; private set; }
    public int ProviderId { get; private set; }
    public BidStatus Status { get; private set; } = BidStatus.Draft;
    public List<BidPrice> Prices { get; private set; } = [];
    public List<BidAnswer> Answers { get; private set; } = [];
    public bool DeclarationsAccepted { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<BidSubmission> Submissions => _submissions;

    /// <summary>Every file row of the bid, including ones removed from the draft that a submission still holds.</summary>
    public IReadOnlyList<BidAttachment> Attachments => _attachments;

    /// <summary>The draft's files, in the order they were added.</summary>
    public IReadOnlyList<BidAttachment> CurrentAttachments => _attachments.Where(a => !a.IsRemoved).OrderBy(a => a.AddedAt).ThenBy(a => a.Id).ToList();

    public BidSubmission? LatestSubmission => _submissions.Count == 0 ? null : _submissions.MaxBy(s => s.Sequence);

    public static Bid Start(Tender tender, int lotNumber, int providerId, DateTimeOffset now)
    {
        EnsureOpen(tender, now);
        tender.Lot(lotNumber);
        return new Bid { TenderId = tender.Id, LotNumber = lotNumber, ProviderId = providerId, UpdatedAt = now };
    }

    /// <summary>
    /// Saves the draft: prices are checked cell by cell (a bad price is refused with the cell named), answers for
    /// length; completeness is only required to submit. A submitted bid goes back to draft when revised.
    /// </summary>
    public void SaveDraft(Tender tender, IReadOnlyList<BidPrice> prices, IReadOnlyList<BidAnswer> answers, bool declarationsAccepted, DateTimeOffset now, string categoryName)
    {
        EnsureOpen(tender, now);
        if (Status == BidStatus.Withdrawn) throw new DomainException("Status", "This bid was withdrawn, so it cannot be changed or submitted again");
        var lot = tender.Lot(LotNumber);
        var schedule = lot.EmptySchedule(tender.AgeBands, categoryName);
        foreach (var price in prices)
        {
            if (price.BandIndex < 0 || price.BandIndex >= schedule.Bands.Bands.Count || schedule.Rows.All(r => r.Code != price.RowCode))
                throw new DomainException(PriceSchedule.CellField(price.RowCode, price.BandIndex), "This price is not part of the lot's schedule");
            schedule.Set(price.RowCode, price.BandIndex, Money.FromPence(price.Pence));
        }
        var questions = lot.Questions.ToDictionary(q => q.Number);
        foreach (var answer in answers)
        {
            if (!questions.TryGetValue(answer.QuestionNumber, out var question))
                throw new DomainException($"Answers[{answer.QuestionNumber}]", $"The lot has no question {answer.QuestionNumber}");
            if ((answer.Text ?? "").Length > MaximumAnswerLength)
                throw new DomainException($"Answers[{answer.QuestionNumber}]", $"The answer to question {answer.QuestionNumber} must be {MaximumAnswerLength:N0} characters or fewer");
            if (question.Kind == QuestionKind.PassFail && answer.Text is { Length: > 0 } && answer.Passes is null)
                throw new DomainException($"Answers[{answer.QuestionNumber}]", $"Answer yes or no to question {answer.QuestionNumber}");
        }
        if (answers.Select(a => a.QuestionNumber).Distinct().Count() != answers.Count)
            throw new DomainException("Answers", "Each question can be answered once");
        Prices = prices.OrderBy(p => p.RowCode, StringComparer.Ordinal).ThenBy(p => p.BandIndex).ToList();
        Answers = answers.Select(a => a with { Text = (a.Text ?? "").Trim() }).OrderBy(a => a.QuestionNumber).ToList();
        DeclarationsAccepted = declarationsAccepted;
        Status = BidStatus.Draft;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>The draft's prices as a schedule for the lot.</summary>
    public PriceSchedule Schedule(Tender tender, string categoryName)
    {
        var schedule = tender.Lot(LotNumber).EmptySchedule(tender.AgeBands, categoryName);
        foreach (var p in Prices) schedule.Set(p.RowCode, p.BandIndex, Money.FromPence(p.Pence));
        return schedule;
    }

    /// <summary>
    /// Submits the draft, at or before the deadline. The price schedule must be complete, every question answered and
    /// the declarations accepted. Returns the immutable, receipted submission.
    /// </summary>
    public BidSubmission Submit(Tender tender, DateTimeOffset now, string categoryName)
    {
        EnsureOpen(tender, now);
        if (Status == BidStatus.Withdrawn) throw new DomainException("Status", "This bid was withdrawn, so it cannot be changed or submitted again");
        if (Status == BidStatus.Submitted) throw new DomainException("Status", "This bid has already been submitted: revise it to change it");
        Schedule(tender, categoryName).EnsureComplete();
        foreach (var question in tender.Lot(LotNumber).Questions)
        {
            var answer = Answers.FirstOrDefault(a => a.QuestionNumber == question.Number);
            if (question.Kind == QuestionKind.PassFail ? answer?.Passes is null : string.IsNullOrWhiteSpace(answer?.Text))
                throw new DomainException($"Answers[{question.Number}]", $"Answer question {question.Number}");
        }
        if (!DeclarationsAccepted) throw new DomainException(nameof(DeclarationsAccepted), "Confirm the declarations to submit your bid");
        var files = CurrentAttachments.Select(a => new SubmittedFile(a.Id, a.FileName, a.Description, a.ContentType, a.Size, a.Sha256)).ToList();
        var content = CanonicalContent(files);
        var submission = new BidSubmission(_submissions.Count + 1, now, content, Hash(content), Prices.ToList(), Answers.ToList(), files);
        foreach (var a in CurrentAttachments) a.MarkSubmitted();
        _submissions.Add(submission);
        Status = BidStatus.Submitted;
        UpdatedAt = now;
        Version++;
        return submission;
    }

    /// <summary>
    /// Attaches a file to the draft (a new bid or one being revised) before the deadline: PDF, DOCX or XLSX by extension
    /// and content, 1 byte to 10 MB, up to <see cref="BidAttachment.MaximumPerBid"/> files. The name is sanitised.
    /// </summary>
    public BidAttachment Attach(Tender tender, string? fileName, string? description, byte[]? bytes, DateTimeOffset now)
    {
        EnsureDraft(tender, now);
        if (_attachments.Count(a => !a.IsRemoved) >= BidAttachment.MaximumPerBid)
            throw new DomainException("File", $"A bid can have up to {BidAttachment.MaximumPerBid} files: remove one to add another");
        var attachment = BidAttachment.Create(fileName, description, bytes, now);
        _attachments.Add(attachment);
        UpdatedAt = now;
        Version++;
        return attachment;
    }

    /// <summary>
    /// Removes a file from the draft before the deadline. A file an earlier submission holds stays with that submission
    /// (marked removed from the draft); a file never submitted is deleted.
    /// </summary>
    public void RemoveAttachment(Tender tender, int attachmentId, DateTimeOffset now)
    {
        EnsureDraft(tender, now);
        var attachment = _attachments.FirstOrDefault(a => a.Id == attachmentId && !a.IsRemoved)
            ?? throw new DomainException("AttachmentId", "This file is not attached to your bid");
        if (attachment.Submitted) attachment.MarkRemoved(now);
        else _attachments.Remove(attachment);
        UpdatedAt = now;
        Version++;
    }

    private void EnsureDraft(Tender tender, DateTimeOffset now)
    {
        EnsureOpen(tender, now);
        if (Status == BidStatus.Withdrawn) throw new DomainException("Status", "This bid was withdrawn, so it cannot be changed or submitted again");
        if (Status == BidStatus.Submitted) throw new DomainException("Status", "This bid has been submitted: revise it to change its files");
    }

    /// <summary>Withdraws the bid before the deadline: it will not be opened or evaluated.</summary>
    public void Withdraw(Tender tender, DateTimeOffset now)
    {
        EnsureOpen(tender, now);
        if (Status == BidStatus.Withdrawn) throw new DomainException("Status", "This bid has already been withdrawn");
        Status = BidStatus.Withdrawn;
        UpdatedAt = now;
        Version++;
    }

    private static void EnsureOpen(Tender tender, DateTimeOffset now)
    {
        if (tender.Status != TenderStatus.Published) throw new DomainException("Status", "This tender is not open for bids");
        if (now > tender.Timeline.SubmissionDeadline)
            throw new DomainException("Status", $"The submission deadline passed at {London.ToLondon(tender.Timeline.SubmissionDeadline):HH:mm:ss 'on' d MMMM yyyy}: bids can no longer be changed");
    }

    /// <summary>The bid's content in one canonical text form (ordered, invariant culture): what the receipt hashes.</summary>
    public string CanonicalContent() =>
        CanonicalContent(CurrentAttachments.Select(a => new SubmittedFile(a.Id, a.FileName, a.Description, a.ContentType, a.Size, a.Sha256)).ToList());

    /// <summary>
    /// The canonical form with the files: one "file:" line per file (SHA-256, size, type, name and description with their
    /// lengths) after the declarations. A bid without files has no such line, so its receipt hashes exactly as before.
    /// </summary>
    public string CanonicalContent(IReadOnlyList<SubmittedFile> files)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"tender:{TenderId}\nlot:{LotNumber}\nprovider:{ProviderId}\n");
        foreach (var p in Prices) text.Append(CultureInfo.InvariantCulture, $"price:{p.RowCode}:{p.BandIndex}:{p.Pence}\n");
        foreach (var a in Answers)
            text.Append(CultureInfo.InvariantCulture, $"answer:{a.QuestionNumber}:{(a.Passes is null ? "-" : a.Passes.Value ? "yes" : "no")}:{a.Text.Length}:{a.Text}\n");
        text.Append(CultureInfo.InvariantCulture, $"declarations:{(DeclarationsAccepted ? "accepted" : "not accepted")}\n");
        foreach (var f in files)
            text.Append(CultureInfo.InvariantCulture, $"file:{f.Sha256}:{f.Size}:{f.ContentType}:{f.FileName.Length}:{f.FileName}:{f.Description.Length}:{f.Description}\n");
        return text.ToString();
    }

    public static string Hash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}

/// <summary>An immutable submitted version of a bid, with its receipt: when it arrived and the SHA-256 of its content.</summary>
public sealed class BidSubmission
{
    private BidSubmission() { }

    internal BidSubmission(int sequence, DateTimeOffset submittedAt, string content, string hash, List<BidPrice> prices, List<BidAnswer> answers, List<SubmittedFile> files)
    {
        Files = files;
        Sequence = sequence;
        SubmittedAt = submittedAt;
        Content = content;
        ReceiptHash = hash;
        Prices = prices;
        Answers = answers;
    }

    public int Id { get; private set; }
    public int BidId { get; private set; }
    public int Sequence { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public string Content { get; private set; } = "";
    public string ReceiptHash { get; private set; } = "";
    /// <summary>The prices as submitted (evaluation reads these, never the bidder's later draft).</summary>
    public List<BidPrice> Prices { get; private set; } = [];
    /// <summary>The answers as submitted.</summary>
    public List<BidAnswer> Answers { get; private set; } = [];
    /// <summary>The files as submitted (their bytes stay in <see cref="BidAttachment"/> rows that are never changed).</summary>
    public List<SubmittedFile> Files { get; private set; } = [];

    /// <summary>The submitted prices as the lot's schedule.</summary>
    public PriceSchedule Schedule(Tender tender, int lotNumber, string categoryName)
    {
        var schedule = tender.Lot(lotNumber).EmptySchedule(tender.AgeBands, categoryName);
        foreach (var p in Prices) schedule.Set(p.RowCode, p.BandIndex, Money.FromPence(p.Pence));
        return schedule;
    }

    /// <summary>True when the stored content still matches its receipt.</summary>
    public bool MatchesReceipt => Bid.Hash(Content) == ReceiptHash;
}
