using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Placements;

/// <summary>A placement's own fee periods, costed by the night-based rule (ARCHITECTURE §3).</summary>
public class PlacementCostingTests
{
    private static Placement Start(string start, long weeklyPence, string? plannedEnd = null) =>
        Placement.Start(1, 2, PlacementRoute.Spot, providerId: 7, householdId: 11, frameworkId: null,
            PlacementCategory.Standard, "U6", KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget,
            D(start), Money.FromPence(weeklyPence), OptionalD(plannedEnd));

    private static List<FeePeriod> Periods(Placement placement) =>
        placement.FeePeriods.Select(p => new FeePeriod(p.EffectiveFrom, p.WeeklyFee)).ToList();

    private static YearCost Year(int startYear, int nights, long pence) =>
        new(new FinancialYear(startYear), nights, Money.FromPence(pence));

    [Fact]
    public void CostByYear_FeeChangeMidWeekBefore31MarchAndEndAfter_SplitsByFinancialYear()
    {
        // Monday 10 March 2025 at £820; from Thursday 27 March £850; the child left on Saturday 5 April.
        var placement = Start("2025-03-10", 82_000);
        placement.ChangeFee(D("2025-03-27"), Money.FromPence(85_000));
        placement.End(D("2025-04-05"), "CARPL", true, EndingRequestedBy.Authority);

        var years = NightCosting.CostByYear(placement.StartDate, placement.EndDate, D("2026-04-01"), Periods(placement));

        // 2024-25: 17 nights at £820 (1,394,000 / 7 = 199,142.86 → 199,143) + 5 nights at £850 (425,000 / 7 = 60,714.29
        // → 60,714) = 259,857. 2025-26: 4 nights at £850 (340,000 / 7 = 48,571.43 → 48,571).
        Assert.Equal([Year(2024, 22, 259_857), Year(2025, 4, 48_571)], years);
        Assert.Equal(Money.FromPence(308_428),
            NightCosting.TotalCost(placement.StartDate, placement.EndDate, D("2026-04-01"), Periods(placement)));
    }

    [Fact]
    public void CostByYear_NightOf31March_IsChargedToTheEndingYear()
    {
        // Arrived 31 March, left 1 April: one night, in the year ending 31 March.
        var placement = Start("2025-03-31", 70_000);
        placement.End(D("2025-04-01"), "CARPL", true, EndingRequestedBy.Authority);

        var years = NightCosting.CostByYear(placement.StartDate, placement.EndDate, D("2026-04-01"), Periods(placement));

        Assert.Equal([Year(2024, 1, 10_000)], years);
    }

    [Fact]
    public void CostByYear_FeeChangeOn1April_NewFeeFromTheNewYear()
    {
        var placement = Start("2025-03-29", 70_000);
        placement.ChangeFee(D("2025-04-01"), Money.FromPence(77_000));
        placement.End(D("2025-04-03"), "CARPL", true, EndingRequestedBy.Authority);

        var years = NightCosting.CostByYear(placement.StartDate, placement.EndDate, D("2026-04-01"), Periods(placement));

        // 29, 30, 31 March at £100 a night; 1 and 2 April at £110 a night.
        Assert.Equal([Year(2024, 3, 30_000), Year(2025, 2, 22_000)], years);
    }

    [Fact]
    public void CostByYear_OpenPlacementCostedToPlannedEnd_StopsTheNightBefore()
    {
        // A leap year: 29 February 2028 is a night of 2027-28.
        var placement = Start("2028-02-28", 82_000, plannedEnd: "2028-04-02");

        var years = NightCosting.CostByYear(
            placement.StartDate, placement.EndDate, placement.PlannedEndDate!.Value, Periods(placement));

        // 2027-28: 28, 29 February and 1–31 March = 33 nights (2,706,000 / 7 = 386,571.43 → 386,571).
        // 2028-29: 1 April = 1 night (82,000 / 7 = 11,714.29 → 11,714).
        Assert.Equal([Year(2027, 33, 386_571), Year(2028, 1, 11_714)], years);
    }
}
