using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>What the average weekly cost needs of a placement: the child's date of birth, its category and route, its dates and fee periods (in date order).</summary>
public sealed record BandedPlacement(
    int Id, DateOnly DateOfBirth, PlacementCategory Category, PlacementRoute Route, DateOnly StartDate, DateOnly? EndDate,
    IReadOnlyList<FeePeriod> FeePeriods);
