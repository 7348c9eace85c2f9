using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement.Tendering;

namespace Hearth.Domain.Tests.Procurement.Tendering;

public class PriceScheduleTests
{
    internal static PriceSchedule Schedule(params long[] categoryPence)
    {
        // One category row, with the default four age bands, priced in the order given.
        var schedule = new PriceSchedule([PriceRow.ForCategory(PlacementCategory.Standard, "Standard")], AgeBands.Default);
        for (var b = 0; b < categoryPence.Length; b++) schedule.Set("CAT-1", b, Money.FromPence(categoryPence[b]));
        return schedule;
    }

    [Fact]
    public void Default_bands_are_0_4_5_10_11_15_16_17()
    {
        Assert.Equal(["0–4", "5–10", "11–15", "16–17"], AgeBands.Default.Bands.Select(b => b.ToString()));
        Assert.Equal("0, 5, 11, 16", AgeBands.Default.LowerBoundsText);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(15, 2)]
    [InlineData(16, 3)]
    [InlineData(17, 3)]
    [InlineData(18, -1)]
    [InlineData(-1, -1)]
    public void IndexOf_finds_the_band_of_an_age(int age, int expected) => Assert.Equal(expected, AgeBands.Default.IndexOf(age));

    [Theory]
    [InlineData("0, 12", "0–11|12–17")]
    [InlineData("0", "0–17")]
    [InlineData("0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17", "0|1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17")]
    public void Parse_accepts_the_first_age_of_each_band(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", AgeBands.Parse(text).Bands));

    [Theory]
    [InlineData("", "Enter at least one age band")]
    [InlineData("5, 11", "The first age band must start at 0")]
    [InlineData("0, 11, 5", "Each age band must start after the one before it")]
    [InlineData("0, 5, 5", "Each age band must start after the one before it")]
    [InlineData("0, 18", "Age bands must start between 0 and 17")]
    [InlineData("0, five", "Enter the first age of each band as whole numbers separated by commas, like 0, 5, 11, 16")]
    [InlineData("0, -3", "Enter the first age of each band as whole numbers separated by commas, like 0, 5, 11, 16")]
    public void Parse_rejects_bad_bands(string text, string message)
    {
        var ex = Assert.Throws<DomainException>(() => AgeBands.Parse(text));
        Assert.Equal("AgeBands", ex.Field);
        Assert.Equal(message, ex.Message);
    }

    [Theory]
    [InlineData(0, "Enter a weekly price of more than £0 for Standard, ages 5–10")]
    [InlineData(-1, "Enter a weekly price of more than £0 for Standard, ages 5–10")]
    [InlineData(20_000_01, "The weekly price for Standard, ages 5–10 must be £20,000 or less")]
    public void Set_rejects_zero_negative_and_absurd_prices_naming_the_cell(long pence, string message)
    {
        var schedule = Schedule();
        var ex = Assert.Throws<DomainException>(() => schedule.Set("CAT-1", 1, Money.FromPence(pence)));
        Assert.Equal("Prices[CAT-1][1]", ex.Field);
        Assert.Equal(message, ex.Message);
        Assert.Null(schedule["CAT-1", 1]);
    }

    [Fact]
    public void Set_accepts_exactly_20000_pounds_and_one_penny()
    {
        var schedule = Schedule(1, 20_000_00);
        Assert.Equal(Money.FromPence(20_000_00), schedule["CAT-1", 1]);
    }

    [Fact]
    public void An_incomplete_schedule_names_the_first_missing_cell_and_counts_the_rest()
    {
        var schedule = Schedule(800_00);
        Assert.False(schedule.IsComplete);
        var ex = Assert.Throws<DomainException>(schedule.EnsureComplete);
        Assert.Equal("Prices[CAT-1][1]", ex.Field);
        Assert.Equal("Enter a weekly price for Standard, ages 5–10 (3 prices are missing)", ex.Message);
    }

    [Fact]
    public void Evaluated_price_is_the_mean_of_category_cells_rounded_half_away_from_zero_ignoring_supplements()
    {
        var schedule = new PriceSchedule(
            [PriceRow.ForCategory(PlacementCategory.Standard, "Standard"), PriceRow.CommonSupplements[0]], AgeBands.FromLowerBounds([0, 11]));
        schedule.Set("CAT-1", 0, Money.FromPence(1));
        schedule.Set("CAT-1", 1, Money.FromPence(2)); // mean 1.5p → 2p
        schedule.Set("SUP-SIBLING", 0, Money.FromPence(99_999));
        schedule.Set("SUP-SIBLING", 1, Money.FromPence(99_999));
        Assert.Equal(Money.FromPence(2), schedule.EvaluatedPrice());
    }

    [Fact]
    public void Row_codes_must_differ()
    {
        var ex = Assert.Throws<DomainException>(() => new PriceSchedule(
            [PriceRow.ForCategory(PlacementCategory.Standard, "A"), PriceRow.ForCategory(PlacementCategory.Standard, "B")], AgeBands.Default));
        Assert.Equal("Rows", ex.Field);
    }
}
