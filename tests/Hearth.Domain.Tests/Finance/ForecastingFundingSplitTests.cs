using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using Hearth.Domain.Tests.Placements;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Finance;

/// <summary>
/// The forecast, commitments and budgets split the fee by the funding split exactly as the stored cost lines do (ADR 0019):
/// per source, actual to date and actual + committed equal the cost lines' pence, and the placement's total is unchanged.
/// </summary>
public class ForecastingFundingSplitTests
{
    private static ForecastPlacement Forecastable(Placement p) =>
        new(1, p.AuthorityId, p.KeyServiceLine, p.FundingSource, p.Route, p.ProviderId, p.StartDate, p.EndDate, p.PlannedEndDate,
            [.. p.ToFeePeriods().OrderBy(f => f.EffectiveFrom)], p.AdditionalCosts.Count == 0 ? null : p.AdditionalCosts,
            p.FundingShares.Count == 0 ? null : p.FundingShares);

    private static Dictionary<FundingSource, long> CostLinesBySource(Placement p, DateOnly today, FinancialYear year, DateOnly until)
    {
        var result = new Dictionary<FundingSource, long>();
        foreach (var line in PlacementCostLines.For(p, today, 1))
        {
            var pence = line.CostIn(year, until).Pence;
            if (pence != 0) result[line.FundingSource] = result.GetValueOrDefault(line.FundingSource) + pence;
        }
        return result;
    }

    private static Dictionary<FundingSource, (long Actual, long Total)> ForecastBySource(YearForecast forecast) =>
        forecast.Lines.Where(l => l.Value.ActualToDate != Money.Zero || l.Value.Committed != Money.Zero)
            .GroupBy(l => l.Key.FundingSource)
            .ToDictionary(g => g.Key, g => (g.Sum(l => l.Value.ActualToDate.Pence), g.Sum(l => l.Value.ActualToDate.Pence + l.Value.Committed.Pence)));

    [Fact]
    public void ForYear_ShareAndAmountAcrossAFeeChange_EachSourceEqualsItsCostLinesToThePenny()
    {
        var today = D("2026-11-25");
        var year = FinancialYear.Containing(today);
        var p = PlacementAdditionalCostsTests.Start("2026-03-25", 850_01, FundingSource.UascGrant);
        p.ChangeFee(D("2026-06-13"), Money.FromPence(901_03));
        // 33.33% of £850.01 = £283.3083… → £283.30 a week; of £901.03 = £300.3132… → £300.31 (rounded down).
        p.AddFundingShare(FundingSource.EducationContribution, D("2026-03-30"), null, null, 3333, today);
        // Health pays £100.01 a week for 17 nights, over the fee change.
        p.AddFundingShare(FundingSource.HealthContribution, D("2026-06-01"), D("2026-06-18"), Money.FromPence(100_01), null, today);
        p.AddWeeklyCost("Support worker", FundingSource.BaseBudget, D("2026-04-01"), null, Money.FromPence(120_00), today);

        var forecast = Forecasting.ForYear([Forecastable(p)], year, today);
        var bySource = ForecastBySource(forecast);

        var toDate = CostLinesBySource(p, today, year, today.AddDays(1));
        var whole = CostLinesBySource(p, today, year, year.EndExclusive);
        Assert.Equal(whole.Keys.Order(), bySource.Keys.Order());
        foreach (var source in whole.Keys)
            Assert.Equal((toDate.GetValueOrDefault(source), whole[source]), bySource[source]);

        // Independently for education this year: 2026-04-01 to 2026-06-12 (73 nights) at £283.30, then from 2026-06-13 at £300.31.
        var education = NightCosting.CostOfNights(Money.FromPence(283_30), 73) + NightCosting.CostOfNights(Money.FromPence(300_31), year.EndExclusive.DayNumber - D("2026-06-13").DayNumber);
        Assert.Equal(education.Pence, bySource[FundingSource.EducationContribution].Total);
        // The split moves pence between sources: the placement's total is the fee plus the support worker, as without it.
        var withoutSplit = PlacementAdditionalCostsTests.Start("2026-03-25", 850_01, FundingSource.UascGrant);
        withoutSplit.ChangeFee(D("2026-06-13"), Money.FromPence(901_03));
        withoutSplit.AddWeeklyCost("Support worker", FundingSource.BaseBudget, D("2026-04-01"), null, Money.FromPence(120_00), today);
        var plain = Forecasting.ForYear([Forecastable(withoutSplit)], year, today);
        Assert.Equal(plain.Placements.Single().Forecast, forecast.Placements.Single().Forecast);
        Assert.Equal(plain.Lines.Values.Sum(v => v.Forecast.Pence), forecast.Lines.Values.Sum(v => v.Forecast.Pence));
    }

    [Fact]
    public void ForYear_EndedPlacementWholeShare_MainSourceGetsNothingAndActualsMatchAcross31March()
    {
        var today = D("2026-04-02");
        var p = PlacementAdditionalCostsTests.Start("2026-03-29", 700_07);
        p.AddFundingShare(FundingSource.HealthContribution, D("2026-03-29"), null, null, PlacementFundingShare.WholeShare, today);
        p.End(D("2026-04-05"), "CARPL", true, EndingRequestedBy.Authority);

        foreach (var year in new[] { new FinancialYear(2025), new FinancialYear(2026) })
        {
            var bySource = ForecastBySource(Forecasting.ForYear([Forecastable(p)], year, today));
            var toDate = CostLinesBySource(p, today, year, today.AddDays(1));
            var whole = CostLinesBySource(p, today, year, year.EndExclusive);
            Assert.Equal((toDate.GetValueOrDefault(FundingSource.HealthContribution), whole[FundingSource.HealthContribution]), bySource[FundingSource.HealthContribution]);
            Assert.False(bySource.ContainsKey(FundingSource.BaseBudget)); // 100%: the main source's lines net to zero
        }
        // 29, 30, 31 March in 2025-26; 1 to 4 April in 2026-27, of which 1 and 2 April to date.
        Assert.Equal(NightCosting.CostOfNights(Money.FromPence(700_07), 3).Pence,
            ForecastBySource(Forecasting.ForYear([Forecastable(p)], new FinancialYear(2025), today))[FundingSource.HealthContribution].Total);
        Assert.Equal((NightCosting.CostOfNights(Money.FromPence(700_07), 2).Pence, NightCosting.CostOfNights(Money.FromPence(700_07), 4).Pence),
            ForecastBySource(Forecasting.ForYear([Forecastable(p)], new FinancialYear(2026), today))[FundingSource.HealthContribution]);
    }
}
