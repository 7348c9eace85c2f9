using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Finance;

public class ProviderPaymentsTests
{
    private static Money P(long pence) => Money.FromPence(pence);
    private static FeePeriod Fee(string from, long pence) => new(D(from), P(pence));

    [Fact]
    public void Create_MonthlyNotOnThe1st_IsAFieldError() =>
        Assert.Equal("Start", Assert.Throws<DomainException>(() => PaymentPeriod.Create(PaymentPeriodKind.Monthly, D("2025-10-02"))).Field);

    [Fact]
    public void Create_UnknownKind_IsAFieldError() =>
        Assert.Equal("Kind", Assert.Throws<DomainException>(() => PaymentPeriod.Create((PaymentPeriodKind)9, D("2025-10-01"))).Field);

    [Theory]
    [InlineData(PaymentPeriodKind.Monthly, "2024-02-01", "2024-03-01", 29)]
    [InlineData(PaymentPeriodKind.Monthly, "2025-02-01", "2025-03-01", 28)]
    [InlineData(PaymentPeriodKind.FourWeekly, "2025-03-20", "2025-04-17", 28)]
    public void Create_Periods_HaveTheirNights(PaymentPeriodKind kind, string start, string end, int nights)
    {
        var period = PaymentPeriod.Create(kind, D(start));
        Assert.Equal((D(end), nights), (period.EndExclusive, period.Nights));
        Assert.Equal(period, period.Next.Previous);
    }

    [Fact]
    public void For_WholeMonth_IsTheCostingRuleForItsNights()
    {
        var lines = ProviderPayments.For(D("2025-01-01"), null, [Fee("2025-01-01", 700_00)], PaymentPeriod.Create(PaymentPeriodKind.Monthly, D("2025-10-01")));
        var line = Assert.Single(lines);
        Assert.Equal((31, P(3100_00)), (line.Nights, line.Amount));
    }

    [Fact]
    public void For_FeeChangeMidPeriod_IsTwoLines()
    {
        var lines = ProviderPayments.For(D("2025-01-01"), null, [Fee("2025-01-01", 1000_00), Fee("2025-10-11", 1200_00)],
            PaymentPeriod.Create(PaymentPeriodKind.Monthly, D("2025-10-01")));
        Assert.Equal([(10, P(1000_00), NightCosting.CostOfNights(P(1000_00), 10)), (21, P(1200_00), P(3600_00))],
            lines.Select(l => (l.Nights, l.WeeklyFee, l.Amount)));
    }

    [Fact]
    public void For_PeriodAcross1April_CostsEachYearsRunSeparately()
    {
        // The nights of 31 March and 1 April at 4p a week: round(4 × 1 / 7) + round(4 × 1 / 7) = 2p, not round(4 × 2 / 7) = 1p.
        var lines = ProviderPayments.For(D("2025-01-01"), D("2025-04-02"), [Fee("2025-01-01", 4)], PaymentPeriod.Create(PaymentPeriodKind.FourWeekly, D("2025-03-31")));
        var line = Assert.Single(lines);
        Assert.Equal((2, P(2)), (line.Nights, line.Amount));
    }

    [Fact]
    public void For_PlacementStartingAndEndingInThePeriod_CountsOnlyItsNights()
    {
        var lines = ProviderPayments.For(D("2025-10-05"), D("2025-10-08"), [Fee("2025-10-05", 700_00)], PaymentPeriod.Create(PaymentPeriodKind.Monthly, D("2025-10-01")));
        Assert.Equal((3, P(300_00)), (lines[0].Nights, lines[0].Amount));
    }

    [Fact]
    public void For_PlacementOutsideThePeriod_HasNoLines()
    {
        var period = PaymentPeriod.Create(PaymentPeriodKind.Monthly, D("2025-10-01"));
        Assert.Empty(ProviderPayments.For(D("2025-09-01"), D("2025-10-01"), [Fee("2025-09-01", 700_00)], period));
        Assert.Empty(ProviderPayments.For(D("2025-11-01"), null, [Fee("2025-11-01", 700_00)], period));
    }

    [Fact]
    public void For_NoFeeAtTheStart_Throws() =>
        Assert.Equal("FeePeriods", Assert.Throws<DomainException>(() =>
            ProviderPayments.For(D("2025-01-01"), null, [Fee("2025-02-01", 1)], PaymentPeriod.Create(PaymentPeriodKind.Monthly, D("2025-01-01")))).Field);

    [Fact]
    public void For_RoundingHalf_IsAwayFromZero()
    {
        // 1 night at £0.04 a week = 0.571… p → 1p; at £0.03 = 0.43p → 0p.
        var period = PaymentPeriod.Create(PaymentPeriodKind.Monthly, D("2025-10-01"));
        Assert.Equal(P(1), ProviderPayments.For(D("2025-10-31"), null, [Fee("2025-10-31", 4)], period)[0].Amount);
        Assert.Equal(P(0), ProviderPayments.For(D("2025-10-31"), null, [Fee("2025-10-31", 3)], period)[0].Amount);
    }
}
