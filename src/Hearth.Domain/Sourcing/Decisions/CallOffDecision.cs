using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>
/// The immutable record of a call-off decision for a referral (docs/decisions/0018-call-off-decision-record.md): who was
/// asked and how they answered, every option considered with its price check and score breakdown, the choice, the
/// rationale, the approvals, who decided and when. Frozen as canonical JSON with its SHA-256; stored append-only (the
/// database refuses UPDATE and DELETE). A few columns repeat the choice so lists and scoping need not parse the JSON.
/// </summary>
public sealed class CallOffDecision
{
    public const int MinimumRationaleLength = 20;
    public const int MaximumRationaleLength = 4000;
    public const int MaximumOptions = 200;

    private CallOffDecision() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public int ReferralId { get; private set; }
    public DecisionOptionKind ChosenKind { get; private set; }
    public string ChosenKey { get; private set; } = "";
    public int? ChosenProviderId { get; private set; }
    public int? ChosenHouseholdId { get; private set; }
    public Money WeeklyFee { get; private set; }
    public string DecidedByName { get; private set; } = "";
    public DateTimeOffset DecidedAt { get; private set; }
    /// <summary>The canonical JSON of <see cref="DecisionSnapshot"/>.</summary>
    public string Snapshot { get; private set; } = "";
    /// <summary>Lower-case hex SHA-256 of <see cref="Snapshot"/>'s UTF-8 bytes.</summary>
    public string Sha256 { get; private set; } = "";

    public DecisionSnapshot Read() => DecisionJson.Deserialise(Snapshot);

    /// <summary>True when the stored snapshot still hashes to the stored SHA-256.</summary>
    public bool IsIntact => DecisionJson.Sha256(Snapshot) == Sha256;

    /// <summary>
    /// Freezes the decision. Exactly one option is chosen (by its key, among the options considered); the rationale is
    /// required (at least <see cref="MinimumRationaleLength"/> characters); an above-price option cannot be chosen
    /// without a manager's recorded approval. The unsuccessful providers (every other provider option, and every provider
    /// that offered) are listed to be told.
    /// </summary>
    public static CallOffDecision Freeze(int authorityId, int referralId, IReadOnlyList<int> childIds,
        IReadOnlyList<DecisionAsk> asks, IReadOnlyList<DecisionOption> options, string? chosenKey, string? rationale,
        int decidedByUserId, string decidedByName, DateTimeOffset decidedAt)
    {
        ArgumentNullException.ThrowIfNull(asks);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(childIds);
        if (options.Count == 0) throw new DomainException("ChosenKey", "There are no options to choose from for this referral");
        if (options.Count > MaximumOptions) throw new DomainException("ChosenKey", $"A decision can compare at most {MaximumOptions} options");
        if (options.Select(o => o.Key).Distinct(StringComparer.Ordinal).Count() != options.Count)
            throw new DomainException("ChosenKey", "Each option must be listed once");
        chosenKey = (chosenKey ?? "").Trim();
        if (chosenKey.Length == 0) throw new DomainException("ChosenKey", "Select the option you are choosing");
        var chosen = options.SingleOrDefault(o => o.Key == chosenKey)
            ?? throw new DomainException("ChosenKey", "The option you chose is no longer available: choose again from the list");
        var text = (rationale ?? "").Trim();
        if (text.Length == 0) throw new DomainException("Rationale", "Enter why you chose this option");
        if (text.Length < MinimumRationaleLength)
            throw new DomainException("Rationale", $"Explain your choice in at least {MinimumRationaleLength} characters: say why this option meets the child's needs");
        if (text.Length > MaximumRationaleLength)
            throw new DomainException("Rationale", $"The rationale must be {MaximumRationaleLength:N0} characters or fewer");
        if (chosen.NeedsApproval && chosen.Approval is null)
            throw new DomainException("ChosenKey", chosen.Kind == DecisionOptionKind.Spot
                ? "This spot purchase is above the framework band: a manager must approve it before it can be chosen"
                : "This offer is above the provider's framework price: a manager must approve it before it can be chosen");
        if (chosen.Approval is { } approval && (approval.Reason ?? "").Trim().Length == 0)
            throw new DomainException("ChosenKey", "The manager's approval must say why");
        if (chosen.Kind != DecisionOptionKind.InHouse && chosen.ProviderId is null)
            throw new DomainException("ChosenKey", "The chosen option has no provider");
        if (chosen.WeeklyFee <= Money.Zero && chosen.Kind != DecisionOptionKind.InHouse)
            throw new DomainException("ChosenKey", "The chosen option has no weekly fee");

        var unsuccessful = options.Where(o => o.Key != chosenKey && o.ProviderId is { } p && p != chosen.ProviderId)
            .Select(o => new DecisionRecipient(o.ProviderId!.Value, o.ProviderName, o.Key))
            .DistinctBy(r => r.ProviderId).OrderBy(r => r.ProviderId).ToList();
        var snapshot = new DecisionSnapshot(1, authorityId, referralId, [.. childIds.Order()],
            [.. asks.OrderBy(a => a.AskedAt).ThenBy(a => a.ProviderId)],
            [.. options.Select(o => new SnapshotOption(o, o.TotalScore, o.MaximumScore))],
            chosenKey, text,
            [.. options.Where(o => o.Approval is not null).Select(o => new SnapshotApproval(o.Key, o.Approval!))],
            unsuccessful, decidedByUserId, (decidedByName ?? "").Trim(), decidedAt.ToUniversalTime());
        var json = DecisionJson.Serialise(snapshot);
        return new CallOffDecision
        {
            AuthorityId = authorityId, ReferralId = referralId, ChosenKind = chosen.Kind, ChosenKey = chosenKey,
            ChosenProviderId = chosen.ProviderId, ChosenHouseholdId = chosen.HouseholdId, WeeklyFee = chosen.WeeklyFee,
            DecidedByName = snapshot.DecidedByName, DecidedAt = snapshot.DecidedAt, Snapshot = json, Sha256 = DecisionJson.Sha256(json),
        };
    }
}
