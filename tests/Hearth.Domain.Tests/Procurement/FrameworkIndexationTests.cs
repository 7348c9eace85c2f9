using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement;

/// <summary>Indexation applied as a variation from a 1 April, and the contracted price on each side of it.</summary>
public class FrameworkIndexationTests
{
    private static Framework WithMember(Indexation rule, long pence = 1000_00, string joined = "2022-04-01")
    {
        var framework = Framework.Establish("KM-IFP-2022", "Framework", ProcurementRegime.Pcr2015LightTouch, D("2022-04-01"), D("2026-03-31"), 1, [2], 7);
        framework.AwardedFrom(3, rule);
        framework.AdmitToLot(1, "Standard", PlacementCategory.Standard, 101, 1, [new BidPrice("CAT-1", 1, pence)], AgeBands.Default.LowerBoundsText, D(joined), 9);
        return framework;
    }

    private static Money? Price(Framework f, string on) => f.PriceOn(f.LotMembers[0], "CAT-1", 7, D(on));

    [Fact]
    public void Cpi_applies_from_1_april_and_not_on_31_march()
    {
        var framework = WithMember(Indexation.CpiCappedAt(500));
        var uplift = framework.ApplyIndexation(D("2023-04-01"), 340, 12, D("2023-03-20"));

        Assert.Equal(340, uplift.AppliedBasisPoints);
        Assert.Equal(340, uplift.IndexBasisPoints);
        Assert.Equal(12, uplift.KeyDecisionId);
        Assert.Equal(Money.FromPence(1000_00), Price(framework, "2023-03-31"));
        Assert.Equal(Money.FromPence(1034_00), Price(framework, "2023-04-01"));
        Assert.Equal([D("2022-04-01"), D("2023-04-01")], framework.PriceListDates);
    }

    [Fact]
    public void Negative_cpi_gives_no_uplift()
    {
        var framework = WithMember(Indexation.CpiCappedAt(500));
        Assert.Equal(0, framework.ApplyIndexation(D("2023-04-01"), -60, 12, D("2023-03-20")).AppliedBasisPoints);
        Assert.Equal(Money.FromPence(1000_00), Price(framework, "2023-04-01"));
    }

    [Fact]
    public void The_cap_limits_cpi_and_years_compound_rounded_each_year()
    {
        var framework = WithMember(Indexation.CpiCappedAt(300));
        Assert.Equal(300, framework.ApplyIndexation(D("2023-04-01"), 1010, 12, D("2023-03-20")).AppliedBasisPoints);
        framework.ApplyIndexation(D("2024-04-01"), 250, 13, D("2024-03-20"));
        Assert.Equal(Money.FromPence(1030_00), Price(framework, "2024-03-31"));
        Assert.Equal(Money.FromPence(1055_75), Price(framework, "2024-04-01"));
    }

    [Fact]
    public void Rounding_halves_go_up_to_the_penny()
    {
        // £10.01 + 0.5% = £10.06005 → £10.06; £1.00 + 0.5% = 100.5p → 101p (half away from zero)
        var framework = WithMember(Indexation.Fixed(50), pence: 1_00);
        framework.ApplyIndexation(D("2023-04-01"), null, 12, D("2023-03-20"));
        Assert.Equal(Money.FromPence(1_01), Price(framework, "2023-04-01"));
    }

    [Fact]
    public void A_fixed_uplift_ignores_any_figure_entered()
    {
        var framework = WithMember(Indexation.Fixed(200));
        var uplift = framework.ApplyIndexation(D("2023-04-01"), 999, 12, D("2023-03-20"));
        Assert.Null(uplift.IndexBasisPoints);
        Assert.Equal(200, uplift.AppliedBasisPoints);
        Assert.Equal(Money.FromPence(1020_00), Price(framework, "2023-04-01"));
    }

    [Fact]
    public void A_provider_admitted_later_is_not_uplifted_for_a_1_april_before_it_joined()
    {
        var framework = WithMember(Indexation.Fixed(200), joined: "2023-06-01");
        framework.ApplyIndexation(D("2023-04-01"), null, 12, D("2023-03-20"));
        framework.ApplyIndexation(D("2024-04-01"), null, 13, D("2024-03-20"));
        Assert.Equal(Money.FromPence(1000_00), Price(framework, "2023-07-01"));
        Assert.Equal(Money.FromPence(1020_00), Price(framework, "2024-04-01"));
    }

    [Theory]
    [InlineData("2023-03-31", "EffectiveFrom")]   // not 1 April
    [InlineData("2022-04-01", "EffectiveFrom")]   // the start date itself: prices are as tendered
    [InlineData("2026-04-01", "EffectiveFrom")]   // after the end
    [InlineData("2024-04-01", "EffectiveFrom")]   // 2023 not applied yet
    public void Bad_dates_are_refused(string effectiveFrom, string field)
    {
        var framework = WithMember(Indexation.CpiCappedAt(500));
        Assert.Equal(field, Assert.Throws<DomainException>(() => framework.ApplyIndexation(D(effectiveFrom), 300, 12, D("2023-03-20"))).Field);
        Assert.Empty(framework.Uplifts);
    }

    [Fact]
    public void Each_year_once_a_figure_for_cpi_and_nothing_for_firm_prices()
    {
        var framework = WithMember(Indexation.CpiCappedAt(500));
        Assert.Equal("IndexPercent", Assert.Throws<DomainException>(() => framework.ApplyIndexation(D("2023-04-01"), null, 12, D("2023-03-20"))).Field);
        Assert.Equal("IndexPercent", Assert.Throws<DomainException>(() => framework.ApplyIndexation(D("2023-04-01"), 2_501, 12, D("2023-03-20"))).Field);
        framework.ApplyIndexation(D("2023-04-01"), 300, 12, D("2023-03-20"));
        Assert.Equal("EffectiveFrom", Assert.Throws<DomainException>(() => framework.ApplyIndexation(D("2023-04-01"), 300, 12, D("2023-03-20"))).Field);
        var firm = WithMember(Indexation.Firm);
        Assert.Equal("EffectiveFrom", Assert.Throws<DomainException>(() => firm.ApplyIndexation(D("2023-04-01"), 300, 12, D("2023-03-20"))).Field);
    }
}
