namespace Hearth.Domain.Placements;

public enum PlacementStatus
{
    Live = 1,
    Ended = 2,
}
