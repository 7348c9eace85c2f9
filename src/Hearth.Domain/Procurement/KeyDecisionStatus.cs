namespace Hearth.Domain.Procurement;

public enum KeyDecisionStatus
{
    Proposed = 1,
    Published = 2,
    Made = 3,
    Implemented = 4,
}
