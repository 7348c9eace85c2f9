using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement.Tendering;

/// <summary>
/// A bidder's clarification question and the authority's answer. Answers are published to every bidder; who asked is
/// never shown to other providers.
/// </summary>
public sealed class Clarification
{
    public const int MaximumLength = 4_000;

    private Clarification() { }

    public int Id { get; private set; }
    public int TenderId { get; private set; }
    /// <summary>The provider that asked: seen by the authority and the asker only.</summary>
    public int AskedByProviderId { get; private set; }
    public string Question { get; private set; } = "";
    public DateTimeOffset AskedAt { get; private set; }
    public string? Answer { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public int Version { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public static Clarification Ask(Tender tender, int providerId, string question, DateTimeOffset now)
    {
        question = (question ?? "").Trim();
        if (!tender.CanAskClarification(now))
            throw new DomainException(nameof(Question), "The clarification deadline has passed: questions can no longer be asked");
        if (question.Length == 0) throw new DomainException(nameof(Question), "Enter your question");
        if (question.Length > MaximumLength) throw new DomainException(nameof(Question), $"The question must be {MaximumLength:N0} characters or fewer");
        return new Clarification { TenderId = tender.Id, AskedByProviderId = providerId, Question = question, AskedAt = now };
    }

    /// <summary>Answers the question and publishes question and answer to every bidder, anonymised.</summary>
    public void Publish(Tender tender, string answer, DateTimeOffset now)
    {
        answer = (answer ?? "").Trim();
        if (tender.Status != TenderStatus.Published || now > tender.Timeline.SubmissionDeadline)
            throw new DomainException(nameof(Answer), "Answers can only be published while the tender is open for bids");
        if (IsPublished) throw new DomainException(nameof(Answer), "This answer has already been published to bidders");
        if (answer.Length == 0) throw new DomainException(nameof(Answer), "Enter the answer");
        if (answer.Length > MaximumLength) throw new DomainException(nameof(Answer), $"The answer must be {MaximumLength:N0} characters or fewer");
        Answer = answer;
        PublishedAt = now;
        Version++;
    }
}
