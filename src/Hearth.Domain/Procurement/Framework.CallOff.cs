using Hearth.Domain.Common;
using Hearth.Domain.Sourcing.CallOffs;

namespace Hearth.Domain.Procurement;

public sealed partial class Framework
{
    /// <summary>How call-offs reach the lot's providers (ADR 0017). Broadcast unless the framework's terms say cascade.</summary>
    public CallOffRule CallOffRule { get; private set; } = CallOffRule.Broadcast;

    public void SetCallOffRule(CallOffRule rule)
    {
        if (!Enum.IsDefined(rule)) throw new DomainException(nameof(CallOffRule), "Select broadcast or cascade");
        if (rule == CallOffRule) return;
        CallOffRule = rule;
        Version++;
    }
}
