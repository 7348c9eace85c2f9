using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Finance;

public class UascGrantTests
{
    private static Money P(long pence) => Money.FromPence(pence);
    private static readonly DateOnly Far = new(2040, 1, 1);

    private static UascRate Rate(UascAgeBand band, string from, string? to, long pence) => new(band, D(from), OptionalD(to), P(pence));

    private static readonly UascRate[] Flat143 =
    [
        Rate(UascAgeBand.Under16, "2020-04-01", null, 143_00),
        Rate(UascAgeBand.Aged16To17, "2020-04-01", null, 143_00),
    ];

    [Fact]
    public void For_NightOf31March_BelongsToTheYearItEnds()
    {
        var result = UascGrant.For(D("2010-06-01"), D("2025-03-31"), D("2025-04-02"), Far, Flat143);
        Assert.Equal([(new FinancialYear(2024), 1, P(143_00)), (new FinancialYear(2025), 1, P(143_00))], result.ByYear());
        Assert.Empty(result.Gaps);
    }

    [Fact]
    public void For_DayTheChildLeft_IsNotANight()
    {
        var result = UascGrant.For(D("2010-06-01"), D("2025-04-01"), D("2025-04-02"), Far, Flat143);
        Assert.Equal(1, result.Nights);
        Assert.Equal(P(143_00), result.Total);
    }

    [Fact]
    public void For_SixteenthBirthdayMidYear_SplitsTheNightsBetweenBands()
    {
        UascRate[] rates = [Rate(UascAgeBand.Under16, "2018-04-01", null, 114_00), Rate(UascAgeBand.Aged16To17, "2018-04-01", null, 91_00)];
        // Born 10 October 2002: 16 on 10 October 2018. Placed 1 October to 20 October: 9 nights under 16, 10 nights aged 16.
        var result = UascGrant.For(D("2002-10-10"), D("2018-10-01"), D("2018-10-20"), Far, rates);
        Assert.Equal(2, result.Lines.Count);
        Assert.Equal((UascAgeBand.Under16, 9, P(9 * 114_00)), (result.Lines[0].AgeBand, result.Lines[0].Nights, result.Lines[0].Amount));
        Assert.Equal((UascAgeBand.Aged16To17, 10, P(10 * 91_00)), (result.Lines[1].AgeBand, result.Lines[1].Nights, result.Lines[1].Amount));
        Assert.Equal(D("2018-10-10"), result.Lines[1].From);
    }

    [Theory]
    [InlineData(2008, "2026-02-28", 17)] // 18 years after a leap year is a common year: the birthday is 1 March
    [InlineData(2008, "2026-03-01", 18)]
    [InlineData(2004, "2020-02-28", 15)] // 16 years after a leap year is a leap year: the birthday is 29 February
    [InlineData(2004, "2020-02-29", 16)]
    public void Birthday_BornOn29February_FollowsChildAgeOn(int bornIn, string on, int age)
    {
        var born = new DateOnly(bornIn, 2, 29);
        Assert.Equal(age, Hearth.Domain.Sourcing.Child.AgeOn(born, D(on)));
        Assert.Equal(age == 18 || age == 16 ? D(on) : D(on).AddDays(1), UascAgeBands.Birthday(born, age == 17 ? 18 : age == 15 ? 16 : age));
    }

    [Fact]
    public void For_BornOn29February_InALeapYearBirthdayIs29February()
    {
        UascRate[] rates = [Rate(UascAgeBand.Under16, "2010-04-01", null, 114_00), Rate(UascAgeBand.Aged16To17, "2010-04-01", null, 91_00)];
        // Born 29 February 2004: 16 on 29 February 2020 (a leap year). Nights 28 and 29 February 2020.
        var grant = UascGrant.For(new DateOnly(2004, 2, 29), D("2020-02-28"), D("2020-03-01"), Far, rates);
        Assert.Equal([UascAgeBand.Under16, UascAgeBand.Aged16To17], grant.Lines.Select(l => l.AgeBand));
        Assert.Equal(D("2020-02-29"), grant.Lines[1].From);
    }

    [Fact]
    public void For_BornOn29February_EighteenthBirthdayInACommonYearIs1March()
    {
        // Born 29 February 2008: 18 on 1 March 2026 (a common year). The night of 28 February is paid, 1 March is not.
        var grant = UascGrant.For(new DateOnly(2008, 2, 29), D("2026-02-27"), D("2026-03-03"), Far, Flat143);
        Assert.Equal(2, grant.Nights);
        Assert.Equal(P(2 * 143_00), grant.Total);
        var gap = Assert.Single(grant.Gaps);
        Assert.Equal((D("2026-03-01"), 2, UascGrantGapReason.Aged18OrOver), (gap.From, gap.Nights, gap.Reason));
    }

    [Fact]
    public void For_RateChangeMidYear_SplitsTheNightsBetweenRates()
    {
        UascRate[] rates =
        [
            Rate(UascAgeBand.Under16, "2020-04-01", "2020-06-30", 114_00),
            Rate(UascAgeBand.Under16, "2020-07-01", null, 143_00),
        ];
        var grant = UascGrant.For(D("2010-01-01"), D("2020-06-25"), D("2020-07-05"), Far, rates);
        Assert.Equal([(6, P(114_00)), (4, P(143_00))], grant.Lines.Select(l => (l.Nights, l.NightlyRate)));
        Assert.Equal(P(6 * 114_00 + 4 * 143_00), grant.Total);
        Assert.Equal([(new FinancialYear(2020), 10, P(6 * 114_00 + 4 * 143_00))], grant.ByYear());
    }

    [Fact]
    public void For_NoRateForSomeNights_ReportsTheGapAndCountsTheRest()
    {
        UascRate[] rates = [Rate(UascAgeBand.Under16, "2022-04-01", null, 143_00)];
        var grant = UascGrant.For(D("2010-01-01"), D("2022-03-30"), D("2022-04-03"), Far, rates);
        Assert.Equal(2, grant.Nights);
        Assert.True(grant.HasMissingRates);
        var gap = Assert.Single(grant.Gaps);
        Assert.Equal((D("2022-03-30"), D("2022-04-01"), 2, UascGrantGapReason.NoRate), (gap.From, gap.ToExclusive, gap.Nights, gap.Reason));
    }

    [Fact]
    public void For_NoRatesAtAll_IsOneGap()
    {
        var grant = UascGrant.For(D("2010-01-01"), D("2022-04-01"), D("2022-05-01"), Far, []);
        Assert.Equal(Money.Zero, grant.Total);
        Assert.Equal(30, Assert.Single(grant.Gaps).Nights);
    }

    [Fact]
    public void For_OpenPlacement_IsCostedUpToTheCutOff()
    {
        var grant = UascGrant.For(D("2010-01-01"), D("2025-04-01"), null, D("2025-04-11"), Flat143);
        Assert.Equal(10, grant.Nights);
    }

    [Fact]
    public void For_EmptyPlacement_HasNoLines()
    {
        var grant = UascGrant.For(D("2010-01-01"), D("2025-04-01"), D("2025-04-01"), Far, Flat143);
        Assert.Empty(grant.Lines);
        Assert.Empty(grant.Gaps);
    }

    [Fact]
    public void For_EndBeforeStart_Throws() =>
        Assert.Equal("EndDate", Assert.Throws<DomainException>(() => UascGrant.For(D("2010-01-01"), D("2025-04-02"), D("2025-04-01"), Far, Flat143)).Field);

    [Fact]
    public void For_OverlappingRates_Throws() =>
        Assert.Equal("Rates", Assert.Throws<DomainException>(() => UascGrant.For(D("2010-01-01"), D("2025-04-01"), D("2025-05-01"), Far,
            [Rate(UascAgeBand.Under16, "2025-01-01", null, 1), Rate(UascAgeBand.Under16, "2025-04-30", "2025-04-30", 2)])).Field);

    [Fact]
    public void For_LeapYear_Counts366NightsInTheYear()
    {
        var grant = UascGrant.For(D("2010-01-01"), D("2023-04-01"), D("2024-04-01"), Far, Flat143);
        Assert.Equal([(new FinancialYear(2023), 366, P(366 * 143_00))], grant.ByYear());
    }

    [Fact]
    public void For_ManyYears_MatchesANightByNightCount()
    {
        UascRate[] rates =
        [
            Rate(UascAgeBand.Under16, "2016-07-01", "2019-03-31", 114_00), Rate(UascAgeBand.Aged16To17, "2016-07-01", "2019-03-31", 91_00),
            Rate(UascAgeBand.Under16, "2019-04-01", null, 114_00), Rate(UascAgeBand.Aged16To17, "2019-04-01", "2021-09-30", 114_00),
            Rate(UascAgeBand.Aged16To17, "2021-10-01", null, 143_00),
        ];
        var born = new DateOnly(2004, 2, 29);
        var start = D("2016-05-01");
        var end = D("2023-01-01");
        var grant = UascGrant.For(born, start, end, Far, rates);
        long expected = 0;
        var missing = 0;
        for (var night = start; night < end; night = night.AddDays(1))
        {
            var age = Hearth.Domain.Sourcing.Child.AgeOn(born, night);
            var band = age < 16 ? UascAgeBand.Under16 : age < 18 ? UascAgeBand.Aged16To17 : (UascAgeBand?)null;
            var rate = rates.Where(r => r.AgeBand == band && r.Covers(night)).Select(r => (long?)r.NightlyRate.Pence).FirstOrDefault();
            if (rate is null) missing++;
            else expected += rate.Value;
        }
        Assert.Equal(expected, grant.Total.Pence);
        Assert.Equal(missing, grant.Gaps.Sum(g => g.Nights));
    }
}
