using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>
/// What the sufficiency view needs of a fostering placement: its route, its dates, and whether the household it is with
/// lies inside the area (null when the household's postcode district is not recorded).
/// </summary>
public sealed record SufficiencyPlacement(PlacementRoute Route, DateOnly StartDate, DateOnly? EndDate, bool? InArea);
