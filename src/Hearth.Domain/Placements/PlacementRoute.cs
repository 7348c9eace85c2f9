namespace Hearth.Domain.Placements;

/// <summary>How a placement was sourced.</summary>
public enum PlacementRoute
{
    InHouse = 1,
    Framework = 2,
    Spot = 3,
    Block = 4,
}
