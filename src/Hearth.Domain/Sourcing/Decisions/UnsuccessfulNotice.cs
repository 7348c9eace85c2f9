namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>
/// A provider that must be told its offer was not chosen, recorded when the decision is frozen. The notification sender
/// (the call-off slice) delivers it and marks it sent; until then it is outstanding.
/// </summary>
public sealed class UnsuccessfulNotice
{
    private UnsuccessfulNotice() { }

    public int Id { get; private set; }
    public int DecisionId { get; private set; }
    public int AuthorityId { get; private set; }
    public int ReferralId { get; private set; }
    public int ProviderId { get; private set; }
    public string OptionKey { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    public static IReadOnlyList<UnsuccessfulNotice> For(CallOffDecision decision, DecisionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(snapshot);
        return [.. snapshot.Unsuccessful.Select(r => new UnsuccessfulNotice
        {
            DecisionId = decision.Id, AuthorityId = decision.AuthorityId, ReferralId = decision.ReferralId, ProviderId = r.ProviderId,
            OptionKey = r.OptionKey, CreatedAt = decision.DecidedAt,
        })];
    }

    public void MarkSent(DateTimeOffset at) => SentAt ??= at.ToUniversalTime();
}
