using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement.Tendering;

public class IndexationTests
{
    [Theory]
    [InlineData("2022-04-01", "2022-04-01", "")]
    [InlineData("2022-04-01", "2023-03-31", "")]
    [InlineData("2022-04-01", "2023-04-01", "2023-04-01")]
    [InlineData("2022-03-31", "2022-04-01", "2022-04-01")]
    [InlineData("2024-02-29", "2026-04-01", "2024-04-01|2025-04-01|2026-04-01")]
    [InlineData("2022-02-01", "2026-03-31", "2022-04-01|2023-04-01|2024-04-01|2025-04-01")]
    public void Uplifts_fall_on_each_1_April_after_the_start(string start, string on, string expected) =>
        Assert.Equal(expected, string.Join("|", Indexation.UpliftDates(D(start), D(on)).Select(d => d.ToString("yyyy-MM-dd"))));

    [Fact]
    public void Firm_prices_never_move() =>
        Assert.Equal(Money.FromPence(850_00), Indexation.Firm.PriceOn(Money.FromPence(850_00), D("2022-04-01"), D("2030-04-01")));

    [Fact]
    public void Fixed_uplift_compounds_and_rounds_each_year_to_the_penny()
    {
        var rule = Indexation.Fixed(250); // 2.5%
        // 1000.00 → 1025.00 → 1050.625 → 1050.63 (half away from zero)
        Assert.Equal(Money.FromPence(1000_00), rule.PriceOn(Money.FromPence(1000_00), D("2022-04-01"), D("2023-03-31")));
        Assert.Equal(Money.FromPence(1025_00), rule.PriceOn(Money.FromPence(1000_00), D("2022-04-01"), D("2023-04-01")));
        Assert.Equal(Money.FromPence(1050_63), rule.PriceOn(Money.FromPence(1000_00), D("2022-04-01"), D("2024-04-01")));
    }

    [Theory]
    [InlineData(2, 5000, 3)]   // 2p × 1.5 = 3p exactly
    [InlineData(1, 5000, 2)]   // 1.5p → 2p
    [InlineData(3, 5000, 5)]   // 4.5p → 5p
    [InlineData(101, 50, 102)] // 101.505p → 102p
    public void Uplift_rounds_halves_away_from_zero(long pence, int basisPoints, long expected) =>
        Assert.Equal(Money.FromPence(expected), Indexation.Uplift(Money.FromPence(pence), basisPoints));

    [Fact]
    public void Cpi_is_capped_and_never_negative()
    {
        var rule = Indexation.CpiCappedAt(300);
        var cpi = new Dictionary<int, int> { [2023] = 1010, [2024] = 400, [2025] = -50, [2026] = 120 };
        int Cpi(DateOnly january) => cpi[january.Year];
        Assert.Equal(300, rule.UpliftBasisPoints(D("2023-04-01"), Cpi));
        Assert.Equal(300, rule.UpliftBasisPoints(D("2024-04-01"), Cpi));
        Assert.Equal(0, rule.UpliftBasisPoints(D("2025-04-01"), Cpi));
        Assert.Equal(120, rule.UpliftBasisPoints(D("2026-04-01"), Cpi));
        // 1000 → 1030 → 1060.90 → 1060.90 → 1073.63 (1060.90 × 1.012 = 1073.6308)
        Assert.Equal(Money.FromPence(1073_63), rule.PriceOn(Money.FromPence(1000_00), D("2022-04-01"), D("2026-04-01"), Cpi));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    [InlineData(2501)]
    public void Fixed_rate_must_be_sensible(int basisPoints) =>
        Assert.Equal("IndexationRate", Assert.Throws<DomainException>(() => Indexation.Fixed(basisPoints)).Field);

    [Fact]
    public void Cpi_cap_must_be_sensible() =>
        Assert.Equal("IndexationCap", Assert.Throws<DomainException>(() => Indexation.CpiCappedAt(0)).Field);
}
