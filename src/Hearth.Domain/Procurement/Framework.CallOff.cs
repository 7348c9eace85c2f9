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
    public static Framework? CallOffRoute(IEnumerable<Framework> partyTo, DateOnly today) =>
        partyTo.Where(f => f.IsLiveOn(today) && f.LotMembers.Count > 0).OrderBy(f => f.StartDate).ThenBy(f => f.Id).FirstOrDefault();

    public void SetCallOffRule(CallOffRule rule)
    {
        if (!Enum.IsDefined(rule)) throw new DomainException(nameof(CallOffRule), "Select broadcast or cascade");
        if (rule == CallOffRule) return;
        CallOffRule = rule;
        Version++;
    }
}
