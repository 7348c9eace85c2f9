using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>
/// What the commitments and forecast need of a placement: its id (to list the placements driving a forecast), its report
/// dimensions, its dates, its planned end, its fee periods (in date order), its additional costs (each under its own
/// funding source) and its funding split (parts of the fee paid by other sources, ADR 0019).
/// </summary>
public sealed record ForecastPlacement(
    int Id, int AuthorityId, KeyServiceLine KeyServiceLine, FundingSource FundingSource, PlacementRoute Route, int? ProviderId,
    DateOnly StartDate, DateOnly? EndDate, DateOnly? PlannedEndDate, IReadOnlyList<FeePeriod> FeePeriods,
    IReadOnlyList<PlacementAdditionalCost>? AdditionalCosts = null, IReadOnlyList<PlacementFundingShare>? FundingShares = null)
{
    /// <summary>The report cell the placement's cost falls in for a financial year.</summary>
    public SpendKey KeyFor(FinancialYear year) => new(year, AuthorityId, KeyServiceLine, FundingSource, Route, ProviderId);

    /// <summary>The weekly fee in force on the start date (the first fee period's); zero when there is none.</summary>
    public Money StartingWeeklyFee
    {
        get
        {
            var fee = Money.Zero;
            foreach (var period in FeePeriods)
            {
                if (period.EffectiveFrom > StartDate) break;
                fee = period.WeeklyFee;
            }
            return fee;
        }
    }
}
