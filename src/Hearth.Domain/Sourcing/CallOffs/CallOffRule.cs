namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>How a framework's call-offs reach its providers: all eligible at once, or one at a time in rank order.</summary>
public enum CallOffRule
{
    Broadcast = 1,
    Cascade = 2,
}
