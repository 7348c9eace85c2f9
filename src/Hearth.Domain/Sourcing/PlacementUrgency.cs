namespace Hearth.Domain.Sourcing;

/// <summary>Placements Data Standard v2 <c>neededBy</c>: today, in less than 5 days, in more than 5 days.</summary>
public enum PlacementUrgency
{
    Today,
    WithinFiveDays,
    MoreThanFiveDays,
}
