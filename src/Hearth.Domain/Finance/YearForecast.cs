using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// A financial year's forecast to its end, as worked out on <see cref="Today"/>: per report cell (<see cref="Lines"/>) and per
/// placement with a cost in the year (<see cref="Placements"/>), with the inputs of the new-placement estimate.
/// </summary>
public sealed record YearForecast(
    FinancialYear Year,
    DateOnly Today,
    NewPlacementRate Rate,
    IReadOnlyDictionary<SpendKey, ForecastAmounts> Lines,
    IReadOnlyList<PlacementForecast> Placements,
    int OverduePlannedEnds)
{
    /// <summary>True when the year has ended (or ends tonight): the forecast is the year's cost.</summary>
    public bool HasEnded => Rate.RemainingNights == 0;

    /// <summary>The sum of every line.</summary>
    public ForecastAmounts Total => Lines.Values.Aggregate(default(ForecastAmounts), (sum, line) => sum + line);
}
