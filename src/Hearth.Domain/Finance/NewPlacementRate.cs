using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// The inputs of the estimate for placements not yet made: how many placements started in the recent weeks, their average
/// weekly fee at the start, and the nights left in the year after today.
/// </summary>
/// <param name="RecentWeeks">How many weeks back the rate is measured over (the weeks ending today).</param>
/// <param name="RecentFrom">The first start date counted.</param>
/// <param name="RecentTo">The last start date counted (today).</param>
/// <param name="RecentStarts">Placements that started from <paramref name="RecentFrom"/> to <paramref name="RecentTo"/>.</param>
/// <param name="AverageWeeklyFee">Their average weekly fee on the day they started (to the penny, halves away from zero).</param>
/// <param name="RemainingNights">Nights from tomorrow to 31 March inclusive (0 once the year has ended).</param>
public readonly record struct NewPlacementRate(
    int RecentWeeks, DateOnly RecentFrom, DateOnly RecentTo, int RecentStarts, Money AverageWeeklyFee, int RemainingNights)
{
    /// <summary>New placements expected a week: recent starts ÷ recent weeks.</summary>
    public decimal PerWeek => RecentWeeks == 0 ? 0m : (decimal)RecentStarts / RecentWeeks;

    /// <summary>New placements expected to start in the rest of the year: per week × remaining nights ÷ 7.</summary>
    public decimal ExpectedStarts => PerWeek * RemainingNights / 7m;

    /// <summary>Nights each expected placement is charged for on average: (remaining nights + 1) ÷ 2.</summary>
    public decimal AverageNightsEach => RemainingNights == 0 ? 0m : (RemainingNights + 1) / 2m;
}
