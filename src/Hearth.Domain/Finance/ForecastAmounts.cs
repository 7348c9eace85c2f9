using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// One line of a year's forecast: spend to date (up to and including today's night), commitments (the nights still to come of
/// placements already made, to their planned end or the year end) and the expected cost of placements not yet made.
/// </summary>
public readonly record struct ForecastAmounts(Money ActualToDate, Money Committed, Money ExpectedNew, int CommittedPlacements)
{
    /// <summary>Actuals to date + commitments + expected new placements.</summary>
    public Money Forecast => ActualToDate + Committed + ExpectedNew;

    public static ForecastAmounts operator +(ForecastAmounts left, ForecastAmounts right) => new(
        left.ActualToDate + right.ActualToDate, left.Committed + right.Committed, left.ExpectedNew + right.ExpectedNew,
        left.CommittedPlacements + right.CommittedPlacements);
}
