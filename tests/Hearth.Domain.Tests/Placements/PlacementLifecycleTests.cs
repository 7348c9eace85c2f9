using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Placements;

public class PlacementLifecycleTests
{
    private static Placement Start(string start = "2025-01-06", long weeklyPence = 70_000) =>
        Placement.Start(1, 2, PlacementRoute.Spot, providerId: 7, householdId: 11, frameworkId: null,
            PlacementCategory.Standard, "U6", KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget,
            D(start), Money.FromPence(weeklyPence), null);

    [Fact]
    public void End_WithReason_RecordsReasonPlannedAndWhoAsked()
    {
        var placement = Start();
        placement.End(D("2025-03-01"), "CREQB", planned: false, EndingRequestedBy.Carer);
        Assert.Equal(PlacementStatus.Ended, placement.Status);
        Assert.Equal("CREQB", placement.EndReasonCode);
        Assert.False(placement.EndPlanned);
        Assert.Equal(EndingRequestedBy.Carer, placement.EndRequestedBy);
    }

    [Theory]
    [InlineData("")]
    [InlineData("X1")]
    [InlineData("creqb")]
    public void End_UnknownReason_IsRefused(string code)
    {
        var e = Assert.Throws<DomainException>(() => Start().End(D("2025-03-01"), code, true, EndingRequestedBy.Authority));
        Assert.Equal("ReasonCode", e.Field);
    }

    [Fact]
    public void End_UndefinedRequester_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Start().End(D("2025-03-01"), "CARPL", true, (EndingRequestedBy)99));
        Assert.Equal("RequestedBy", e.Field);
    }

    [Fact]
    public void EndWithoutReason_HistoricImport_LeavesReasonUnknown()
    {
        var placement = Start();
        placement.EndWithoutReason(D("2025-03-01"));
        Assert.Null(placement.EndReasonCode);
        Assert.Throws<DomainException>(() => placement.EndWithoutReason(D("2025-03-02")));
    }

    [Fact]
    public void Reasons_AreTheSsda903Codes()
    {
        Assert.Equal(["CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER"], PlacementChangeReason.Codes.Keys);
    }

    [Fact]
    public void CorrectFee_ChangesThePeriodAndKeepsTheCorrection()
    {
        var placement = Start();
        var version = placement.Version;
        placement.CorrectFee(D("2025-01-06"), Money.FromPence(75_000), "Keyed wrongly", D("2025-02-01"));
        Assert.Equal(Money.FromPence(75_000), placement.CurrentWeeklyFee);
        var correction = Assert.Single(placement.Corrections);
        Assert.Equal("WeeklyFee", correction.Field);
        Assert.Equal("£700.00 from 2025-01-06", correction.OldValue);
        Assert.Equal("£750.00 from 2025-01-06", correction.NewValue);
        Assert.Equal(version + 1, placement.Version);
    }

    [Fact]
    public void CorrectFee_NoSuchPeriodSameFeeOrNoReason_IsRefused()
    {
        var placement = Start();
        Assert.Equal("EffectiveFrom", Assert.Throws<DomainException>(() => placement.CorrectFee(D("2025-01-07"), Money.FromPence(75_000), "x", D("2025-02-01"))).Field);
        Assert.Equal("WeeklyFee", Assert.Throws<DomainException>(() => placement.CorrectFee(D("2025-01-06"), Money.FromPence(70_000), "x", D("2025-02-01"))).Field);
        Assert.Equal("Reason", Assert.Throws<DomainException>(() => placement.CorrectFee(D("2025-01-06"), Money.FromPence(75_000), "  ", D("2025-02-01"))).Field);
        Assert.Equal("WeeklyFee", Assert.Throws<DomainException>(() => placement.CorrectFee(D("2025-01-06"), Money.FromPence(-1), "x", D("2025-02-01"))).Field);
        Assert.Empty(placement.Corrections);
    }

    [Fact]
    public void CorrectEndDate_AcrossTheYearEnd_MovesNightsBetweenYears()
    {
        // Recorded as leaving on 3 April 2025; she really left on 30 March: two nights of 2025-26 and one of 2024-25 fall away.
        var placement = Start("2025-03-24");
        placement.End(D("2025-04-03"), "CARPL", true, EndingRequestedBy.Authority);
        var before = NightCosting.CostByYear(placement.StartDate, placement.EndDate, D("2026-04-01"), placement.ToFeePeriods());
        placement.CorrectEndDate(D("2025-03-30"), "Wrong date on the return", D("2025-04-10"));
        var after = NightCosting.CostByYear(placement.StartDate, placement.EndDate, D("2026-04-01"), placement.ToFeePeriods());

        Assert.Equal([(2024, 8), (2025, 2)], before.Select(c => (c.Year.StartYear, c.Nights)));
        Assert.Equal([(2024, 6)], after.Select(c => (c.Year.StartYear, c.Nights)));
        Assert.Equal(Money.FromPence(60_000), after[0].Cost);
        Assert.Equal("EndDate", Assert.Single(placement.Corrections).Field);
    }

    [Fact]
    public void CorrectEndDate_LivePlacementOrSameDate_IsRefused()
    {
        var placement = Start();
        Assert.Throws<DomainException>(() => placement.CorrectEndDate(D("2025-03-01"), "x", D("2025-04-01")));
        placement.End(D("2025-03-01"), "CARPL", true, EndingRequestedBy.Authority);
        Assert.Throws<DomainException>(() => placement.CorrectEndDate(D("2025-03-01"), "x", D("2025-04-01")));
        Assert.Throws<DomainException>(() => placement.CorrectEndDate(D("2025-01-06"), "x", D("2025-04-01")));
    }
}
