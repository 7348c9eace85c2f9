using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement;

/// <summary>
/// An executive decision recorded in the authority's decision register (e.g. Kent's 21/00077). Whether it is a
/// <em>key</em> decision is computed from its value and the electoral divisions it affects, never typed.
/// </summary>
public sealed class KeyDecision
{
    private KeyDecision() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public string Reference { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string DecisionMaker { get; private set; } = "";
    public Money Value { get; private set; }
    public int DivisionsAffected { get; private set; }
    public KeyDecisionStatus Status { get; private set; }
    public DateOnly? FirstPublishedOn { get; private set; }
    public DateOnly? DecisionDueOn { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public int Version { get; private set; }

    public static KeyDecision Propose(int authorityId, string reference, string title, string decisionMaker, Money value, int divisionsAffected)
    {
        reference = (reference ?? "").Trim();
        title = (title ?? "").Trim();
        decisionMaker = (decisionMaker ?? "").Trim();
        if (reference.Length is 0 or > 20) throw new DomainException(nameof(Reference), "Enter a decision reference of up to 20 characters, like 21/00077");
        if (title.Length is 0 or > 300) throw new DomainException(nameof(Title), "Enter a title of up to 300 characters");
        if (decisionMaker.Length is 0 or > 200) throw new DomainException(nameof(DecisionMaker), "Enter who makes the decision");
        if (value < Money.Zero) throw new DomainException(nameof(Value), "The value must be £0 or more");
        if (divisionsAffected < 0) throw new DomainException(nameof(DivisionsAffected), "Divisions affected must be 0 or more");
        return new KeyDecision
        {
            AuthorityId = authorityId, Reference = reference, Title = title, DecisionMaker = decisionMaker,
            Value = value, DivisionsAffected = divisionsAffected, Status = KeyDecisionStatus.Proposed,
        };
    }

    /// <summary>
    /// Proposes a decision of <paramref name="authority"/>: as <see cref="Propose(int, string, string, string, Money, int)"/>,
    /// and the divisions affected cannot be more than the authority has.
    /// </summary>
    public static KeyDecision Propose(Organisations.Authority authority, string reference, string title, string decisionMaker, Money value, int divisionsAffected)
    {
        ArgumentNullException.ThrowIfNull(authority);
        if (divisionsAffected > authority.ElectoralDivisions)
            throw new DomainException(nameof(DivisionsAffected),
                $"Divisions affected must be {authority.ElectoralDivisions} or fewer: {authority.Name} has {authority.ElectoralDivisions} electoral divisions");
        return Propose(authority.Id, reference, title, decisionMaker, value, divisionsAffected);
    }

    /// <summary>A decision is key when its value exceeds the threshold or it affects more than two electoral divisions.</summary>
    public static bool IsKeyDecision(Money value, int divisionsAffected, Money threshold) =>
        value > threshold || divisionsAffected > 2;

    public bool IsKey(Money threshold) => IsKeyDecision(Value, DivisionsAffected, threshold);

    /// <summary>
    /// Why a decision is key, in words for the register: "value over £1m" and/or "affects more than two electoral
    /// divisions". Empty when it is not a key decision.
    /// </summary>
    public static IReadOnlyList<string> KeyDecisionReasons(Money value, int divisionsAffected, Money threshold)
    {
        var reasons = new List<string>(2);
        if (value > threshold) reasons.Add($"value over {Short(threshold)}");
        if (divisionsAffected > 2) reasons.Add("affects more than two electoral divisions");
        return reasons;
    }

    public IReadOnlyList<string> KeyReasons(Money threshold) => KeyDecisionReasons(Value, DivisionsAffected, threshold);

    /// <summary>£1m for a whole number of millions, otherwise the exact amount (£750,000.00).</summary>
    private static string Short(Money amount) =>
        amount.Pence > 0 && amount.Pence % 1_000_000_00 == 0
            ? $"£{(amount.Pence / 1_000_000_00).ToString(System.Globalization.CultureInfo.InvariantCulture)}m"
            : amount.ToString();

    public void Advance(KeyDecisionStatus to, DateOnly on)
    {
        switch (Status, to)
        {
            case (KeyDecisionStatus.Proposed, KeyDecisionStatus.Published):
                FirstPublishedOn = on;
                break;
            case (KeyDecisionStatus.Published, KeyDecisionStatus.Made):
                if (FirstPublishedOn is { } published && on < published)
                    throw new DomainException(nameof(DecidedOn), "A decision cannot be made before it was published");
                DecidedOn = on;
                break;
            case (KeyDecisionStatus.Made, KeyDecisionStatus.Implemented):
                break;
            default:
                throw new DomainException(nameof(Status), $"A {Status.ToString().ToLowerInvariant()} decision cannot become {to.ToString().ToLowerInvariant()}");
        }
        Status = to;
        Version++;
    }

    public void SetDueDate(DateOnly due)
    {
        DecisionDueOn = due;
        Version++;
    }
}
