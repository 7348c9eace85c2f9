using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>One provider asked (or queued to be asked, in a cascade) in a call-off, with its deadline and answer.</summary>
public sealed class CallOffRecipient
{
    public const int MaximumDetailsLength = 2_000;

    private CallOffRecipient() { }

    internal CallOffRecipient(int providerId, string providerName, int? rank, int order)
    {
        ProviderId = providerId;
        ProviderName = providerName;
        Rank = rank;
        Order = order;
        Status = RecipientStatus.Queued;
    }

    public int Id { get; private set; }
    public int CallOffId { get; private set; }
    public int ProviderId { get; private set; }
    public string ProviderName { get; private set; } = "";
    /// <summary>The provider's rank on the lot (1 is best); null when the lot is unranked.</summary>
    public int? Rank { get; private set; }
    /// <summary>The order in which the provider is asked (1 first); in a broadcast all are asked together.</summary>
    public int Order { get; private set; }
    public RecipientStatus Status { get; private set; }
    public DateTimeOffset? AskedAt { get; private set; }
    public DateTimeOffset? Deadline { get; private set; }
    public DateTimeOffset? RespondedAt { get; private set; }
    public DeclineReason? DeclineReason { get; private set; }
    public string DeclineDetails { get; private set; } = "";

    /// <summary>True while the provider may still answer (asked, or offered and able to revise), at <paramref name="now"/>.</summary>
    public bool CanAnswerAt(DateTimeOffset now) => Status is RecipientStatus.Asked or RecipientStatus.Offered && Deadline is { } d && now <= d;

    /// <summary>The status as of <paramref name="now"/>: an unanswered ask past its deadline shows as lapsed.</summary>
    public RecipientStatus StatusAt(DateTimeOffset now) =>
        Status == RecipientStatus.Asked && Deadline is { } d && now > d ? RecipientStatus.Lapsed : Status;

    internal void Ask(DateTimeOffset at, DateTimeOffset deadline)
    {
        Status = RecipientStatus.Asked;
        AskedAt = at;
        Deadline = deadline;
    }

    internal void Lapse() => Status = RecipientStatus.Lapsed;

    internal void NotAsked() => Status = RecipientStatus.NotAsked;

    internal void Offered(DateTimeOffset at)
    {
        Status = RecipientStatus.Offered;
        RespondedAt = at;
    }

    internal void Withdrew() => Status = RecipientStatus.Asked;

    internal void Decline(DeclineReason? reason, string? details, DateTimeOffset at)
    {
        if (reason is null || !Enum.IsDefined(reason.Value)) throw new DomainException(nameof(DeclineReason), "Select why you are declining the referral");
        var text = (details ?? "").Trim();
        if (text.Length > MaximumDetailsLength) throw new DomainException(nameof(DeclineDetails), $"Enter {MaximumDetailsLength:N0} characters or fewer");
        if (text.Length == 0) throw new DomainException(nameof(DeclineDetails), "Enter more about why you are declining");
        Status = RecipientStatus.Declined;
        DeclineReason = reason;
        DeclineDetails = text;
        RespondedAt = at;
    }
}
