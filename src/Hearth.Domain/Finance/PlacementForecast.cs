using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>One placement's part of a year's forecast: what it has cost so far this year and what it is committed to cost.</summary>
public readonly record struct PlacementForecast(ForecastPlacement Placement, Money ActualToDate, Money Committed)
{
    /// <summary>What the placement will cost in the year: to date plus committed.</summary>
    public Money Forecast => ActualToDate + Committed;
}
