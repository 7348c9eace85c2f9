using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>
/// One cell of the average weekly cost report: a category and age band for in-house or external placements. A null
/// category or band is the total over all categories or all bands.
/// </summary>
public readonly record struct WeeklyCostKey(PlacementCategory? Category, AgeBand? Band, RouteGroup Route);
