namespace Hearth.Domain.Placements;

/// <summary>The category of need a placement is priced under (the framework's lots follow these).</summary>
public enum PlacementCategory
{
    Standard = 1,
    ComplexNeeds = 2,
    DisabilityOrComplexHealth = 3,
    ParentAndChild = 4,
    SeparatedChildren = 5,
    EnhancedOrStepDown = 6,
}
