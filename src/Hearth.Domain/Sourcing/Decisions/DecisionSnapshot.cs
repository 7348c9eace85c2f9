namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>
/// The frozen content of a call-off decision: everything an auditor needs to follow it. Serialised once, canonically
/// (<see cref="DecisionJson"/>), and hashed; never changed afterwards.
/// </summary>
public sealed record DecisionSnapshot(
    int SchemaVersion,
    int AuthorityId,
    int ReferralId,
    IReadOnlyList<int> ChildIds,
    IReadOnlyList<DecisionAsk> Asks,
    IReadOnlyList<SnapshotOption> Options,
    string ChosenKey,
    string Rationale,
    IReadOnlyList<SnapshotApproval> Approvals,
    IReadOnlyList<DecisionRecipient> Unsuccessful,
    int DecidedByUserId,
    string DecidedByName,
    DateTimeOffset DecidedAt)
{
    public SnapshotOption Chosen => Options.Single(o => o.Key == ChosenKey);
}

/// <summary>An option as frozen: the plain option with its total score written out.</summary>
public sealed record SnapshotOption(DecisionOption Option, int TotalScore, int MaximumScore)
{
    public string Key => Option.Key;
}

/// <summary>An approval recorded for one option.</summary>
public sealed record SnapshotApproval(string OptionKey, ManagerApproval Approval);

/// <summary>A provider that must be told its offer was not chosen (the integrator sends it through the notification sender).</summary>
public sealed record DecisionRecipient(int ProviderId, string ProviderName, string OptionKey);
