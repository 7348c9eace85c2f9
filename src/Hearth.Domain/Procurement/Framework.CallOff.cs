using Hearth.Domain.Common;
using Hearth.Domain.Sourcing.CallOffs;

namespace Hearth.Domain.Procurement;

public sealed partial class Framework
{
    /// <summary>How call-offs reach the lot's providers (ADR 0017). Broadcast unless the framework's terms say cascade.</summary>
    public CallOffRule CallOffRule { get; private set; } = CallOffRule.Broadcast;

    /// <summary>
    /// Where a call-off goes on <paramref name="today"/> among the frameworks the authority is party to: one in force with
    /// members on its lots; when several are, the established one (the earliest started, then the lowest id) until the
    /// broker can choose (ADR 0017 addendum). Null when none is, and the broker turns to a spot purchase.
    /// </summary>
    public static Framework? CallOffRoute(IEnumerable<Framework> partyTo, DateOnly today) => CallOffChoices(partyTo, today).FirstOrDefault();

    /// <summary>
    /// The frameworks a broker may send a call-off through on <paramref name="today"/>: in force with members on their lots,
    /// the <see cref="CallOffRoute"/> first, then by start date and id (ADR 0017, second addendum).
    /// </summary>
    public static IReadOnlyList<Framework> CallOffChoices(IEnumerable<Framework> partyTo, DateOnly today) =>
        [.. partyTo.Where(f => f.IsLiveOn(today) && f.LotMembers.Count > 0).OrderBy(f => f.StartDate).ThenBy(f => f.Id)];

    /// <summary>Whether the authority is a party to the framework (the lead or a named party).</summary>
    public bool HasParty(int authorityId) => _parties.Any(p => p.AuthorityId == authorityId);

    /// <summary>
    /// The framework a call-off goes through: the broker's choice when given, else the <see cref="CallOffRoute"/>. A chosen
    /// framework must be one of <paramref name="partyTo"/> (by id), and pass <see cref="EnsureCanTakeCallOff"/>.
    /// Throws <see cref="DomainException"/> on FrameworkId; null when no choice was made and none is in force.
    /// </summary>
    public static Framework? ForCallOff(IEnumerable<Framework> partyTo, int? chosenFrameworkId, int authorityId, int? lotNumber, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(partyTo);
        var frameworks = partyTo.ToList();
        if (chosenFrameworkId is not { } id) return CallOffRoute(frameworks.Where(f => f.HasParty(authorityId)), today);
        var chosen = frameworks.FirstOrDefault(f => f.Id == id)
            ?? throw new DomainException("FrameworkId", "Select a framework your authority is party to");
        chosen.EnsureCanTakeCallOff(authorityId, lotNumber, today);
        return chosen;
    }

    /// <summary>
    /// A call-off for <paramref name="authorityId"/> can go through this framework on <paramref name="today"/>: it is in force
    /// (its first and last days included), the authority is a party, and it has members (on <paramref name="lotNumber"/>
    /// when one is given). Throws <see cref="DomainException"/> on FrameworkId otherwise.
    /// </summary>
    public void EnsureCanTakeCallOff(int authorityId, int? lotNumber, DateOnly today)
    {
        if (!HasParty(authorityId))
            throw new DomainException("FrameworkId", $"Your authority is not a party to framework {Reference}: select a framework your authority is party to");
        if (today < StartDate)
            throw new DomainException("FrameworkId", $"Framework {Reference} starts on {StartDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}: select a framework in force today");
        if (today > EndDate)
            throw new DomainException("FrameworkId", $"Framework {Reference} ended on {EndDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}: select a framework in force today");
        if (LotMembers.Count == 0)
            throw new DomainException("FrameworkId", $"Framework {Reference} has no providers on its lots: select another framework");
        if (lotNumber is { } lot && !LotMembers.Any(m => m.LotNumber == lot))
            throw new DomainException("FrameworkId", $"Framework {Reference} has no providers on lot {lot}: select another lot or framework");
    }

    public void SetCallOffRule(CallOffRule rule)
    {
        if (!Enum.IsDefined(rule)) throw new DomainException(nameof(CallOffRule), "Select broadcast or cascade");
        if (rule == CallOffRule) return;
        CallOffRule = rule;
        Version++;
    }
}
