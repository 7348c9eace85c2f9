namespace Hearth.Domain.Sourcing;

/// <summary>PDS v2 placement recommendation: how suitable a kind of care is for the child.</summary>
public enum Suitability
{
    NotSpecified,
    Preferred,
    SuitableNotPreferred,
    Unsuitable,
}
