namespace Hearth.Domain.Sourcing;

/// <summary>The kind of foster placement the referral asks for.</summary>
public enum PlacementTypeSought
{
    Emergency,
    ShortTerm,
    LongTerm,
    Respite,
    ParentAndChild,
    StepDown,
}
