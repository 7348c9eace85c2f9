using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// The cost and nights of one cell of the average weekly cost report, with the number of placements that had at least one
/// night in it (a placement whose child changed band in the year counts once in each band).
/// </summary>
public sealed record WeeklyCostCell(WeeklyCostKey Key, int Placements, int Nights, Money Cost)
{
    /// <summary>Placement-weeks: nights ÷ 7, to two decimal places.</summary>
    public decimal Weeks => Math.Round(Nights / 7m, 2, MidpointRounding.AwayFromZero);

    /// <summary>The cost per placement-week: cost × 7 ÷ nights, to the penny (halves away from zero).</summary>
    public Money AverageWeeklyCost => WeeklyCostAverages.Average(Cost, Nights);
}
