namespace Hearth.Domain.Sourcing;

/// <summary>PDS v2 <c>livingCompanions</c>: who the child can be cared for alongside.</summary>
public enum LivingAlongside
{
    SoloPlacement,
    WithOtherChildren,
    OnlyOlderChildren,
    OnlyYoungerChildren,
    NoPreference,
}
