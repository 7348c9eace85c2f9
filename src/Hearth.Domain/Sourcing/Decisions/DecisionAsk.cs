namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>One provider asked in the call-off: when, and how and when it answered.</summary>
public sealed record DecisionAsk(int ProviderId, string ProviderName, DateTimeOffset AskedAt, AskAnswer Answer, DateTimeOffset? AnsweredAt,
    string? DeclineReason = null);
