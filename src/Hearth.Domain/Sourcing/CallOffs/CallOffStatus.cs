namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>Where a call-off is: waiting for answers, an offer accepted (the child's details released), or closed unfilled.</summary>
public enum CallOffStatus
{
    Open = 1,
    Accepted = 2,
    Closed = 3,
}
