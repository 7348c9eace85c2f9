using System.Globalization;
using Hearth.Domain.Common;

namespace Hearth.Domain.Tests.Common;

public class MoneyTests
{
    [Fact]
    public void Zero_Always_HasNoPence()
    {
        Assert.Equal(0L, Money.Zero.Pence);
        Assert.Equal(default, Money.Zero);
        Assert.Equal(Money.FromPence(0), Money.Zero);
    }

    [Theory]
    [InlineData(0L, "0.00")]
    [InlineData(1L, "0.01")]
    [InlineData(-1L, "-0.01")]
    [InlineData(100L, "1.00")]
    [InlineData(123456L, "1234.56")]
    [InlineData(-123456L, "-1234.56")]
    [InlineData(long.MaxValue, "92233720368547758.07")]
    [InlineData(long.MinValue, "-92233720368547758.08")]
    public void Pounds_AnyPence_IsExactWithTwoDecimalPlaces(long pence, string expected)
    {
        var pounds = Money.FromPence(pence).Pounds;

        Assert.Equal(expected, pounds.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), pounds);
    }

    [Theory]
    [InlineData("1234.56", 123456L)]
    [InlineData("0", 0L)]
    [InlineData("0.01", 1L)]
    [InlineData("-0.01", -1L)]
    [InlineData("1.5", 150L)]
    [InlineData("820.000", 82000L)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    [InlineData("-92233720368547758.08", long.MinValue)]
    public void FromPounds_WholePence_ConvertsExactly(string pounds, long expectedPence)
    {
        var money = Money.FromPounds(decimal.Parse(pounds, CultureInfo.InvariantCulture));

        Assert.Equal(expectedPence, money.Pence);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("1.005")]
    [InlineData("-12.345")]
    [InlineData("0.0000000000000000000000000001")]
    public void FromPounds_FractionOfAPenny_ThrowsDomainException(string pounds)
    {
        var exception = Assert.Throws<DomainException>(
            () => Money.FromPounds(decimal.Parse(pounds, CultureInfo.InvariantCulture)));

        Assert.Equal("Amount", exception.Field);
        Assert.Equal("The amount must be a whole number of pence", exception.Message);
    }

    [Theory]
    [InlineData("92233720368547758.08")]
    [InlineData("-92233720368547758.09")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    public void FromPounds_TooLarge_ThrowsDomainException(string pounds)
    {
        var exception = Assert.Throws<DomainException>(
            () => Money.FromPounds(decimal.Parse(pounds, CultureInfo.InvariantCulture)));

        Assert.Equal("Amount", exception.Field);
    }

    [Theory]
    [InlineData(0L, "£0.00")]
    [InlineData(1L, "£0.01")]
    [InlineData(-1L, "-£0.01")]
    [InlineData(99L, "£0.99")]
    [InlineData(100L, "£1.00")]
    [InlineData(99999L, "£999.99")]
    [InlineData(100000L, "£1,000.00")]
    [InlineData(123456L, "£1,234.56")]
    [InlineData(-123456L, "-£1,234.56")]
    [InlineData(100000000L, "£1,000,000.00")]
    [InlineData(1125366400L, "£11,253,664.00")]
    [InlineData(long.MaxValue, "£92,233,720,368,547,758.07")]
    [InlineData(long.MinValue, "-£92,233,720,368,547,758.08")]
    public void ToString_AnyAmount_FormatsAsSterling(long pence, string expected)
    {
        Assert.Equal(expected, Money.FromPence(pence).ToString());
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    [InlineData("hi-IN")]
    public void ToString_OtherMachineCulture_StillFormatsEnGbStyle(string cultureName)
    {
        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(cultureName);

            Assert.Equal("£1,234,567.89", Money.FromPence(123456789).ToString());
            Assert.Equal("-£1,234,567.89", Money.FromPence(-123456789).ToString());
            Assert.True(Money.TryParse("£1,234,567.89", out var parsed));
            Assert.Equal(123456789L, parsed.Pence);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }

    [Theory]
    [InlineData("1234.56", 123456L)]
    [InlineData("£1,234.56", 123456L)]
    [InlineData("1,234", 123400L)]
    [InlineData(" 750 ", 75000L)]
    [InlineData("\t£750\n", 75000L)]
    [InlineData("0", 0L)]
    [InlineData("£0.00", 0L)]
    [InlineData("0.5", 50L)]
    [InlineData("£0.05", 5L)]
    [InlineData("007", 700L)]
    [InlineData("999", 99900L)]
    [InlineData("1,234,567.89", 123456789L)]
    [InlineData("-£1,234.56", -123456L)]
    [InlineData("£-1,234.56", -123456L)]
    [InlineData("-12.50", -1250L)]
    [InlineData("-0", 0L)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    [InlineData("£92,233,720,368,547,758.07", long.MaxValue)]
    [InlineData("-£92,233,720,368,547,758.08", long.MinValue)]
    public void TryParse_ValidAmount_ReturnsPence(string text, long expectedPence)
    {
        Assert.True(Money.TryParse(text, out var money));
        Assert.Equal(expectedPence, money.Pence);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("£")]
    [InlineData("-")]
    [InlineData("-£")]
    [InlineData("1.234")]
    [InlineData("0.001")]
    [InlineData("12.")]
    [InlineData(".50")]
    [InlineData("£.50")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("12a")]
    [InlineData("£12p")]
    [InlineData("1e5")]
    [InlineData("+5")]
    [InlineData("--5")]
    [InlineData("-£-5")]
    [InlineData("£-")]
    [InlineData("££5")]
    [InlineData("5£")]
    [InlineData("€5")]
    [InlineData("£ 750")]
    [InlineData("1 234")]
    [InlineData("1,23")]
    [InlineData("12,34")]
    [InlineData("1234,567")]
    [InlineData(",123")]
    [InlineData("1,,234")]
    [InlineData("1,234,")]
    [InlineData("1,234.5,6")]
    [InlineData("1.234,56")]
    [InlineData("٣٤")]
    [InlineData("92233720368547758.08")]
    [InlineData("-92233720368547758.09")]
    [InlineData("184467440737095516.16")]
    [InlineData("99999999999999999999999999")]
    public void TryParse_InvalidText_ReturnsFalseAndZero(string? text)
    {
        Assert.False(Money.TryParse(text, out var money));
        Assert.Equal(Money.Zero, money);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-1L)]
    [InlineData(123456L)]
    [InlineData(-987654321L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void TryParse_FormattedAmount_RoundTrips(long pence)
    {
        var money = Money.FromPence(pence);

        Assert.True(Money.TryParse(money.ToString(), out var parsed));
        Assert.Equal(money, parsed);
    }

    [Fact]
    public void Parse_ValidAmount_ReturnsMoney()
    {
        Assert.Equal(Money.FromPence(82000), Money.Parse("£820"));
    }

    [Fact]
    public void Parse_InvalidText_ThrowsDomainException()
    {
        var exception = Assert.Throws<DomainException>(() => Money.Parse("eight hundred"));

        Assert.Equal("Amount", exception.Field);
    }

    [Fact]
    public void Operators_Arithmetic_WorkInPence()
    {
        var a = Money.FromPence(82000);
        var b = Money.FromPence(55050);

        Assert.Equal(Money.FromPence(137050), a + b);
        Assert.Equal(Money.FromPence(26950), a - b);
        Assert.Equal(Money.FromPence(-26950), b - a);
        Assert.Equal(Money.FromPence(-82000), -a);
        Assert.Equal(a, +a);
        Assert.Equal(Money.FromPence(246000), a * 3);
        Assert.Equal(Money.FromPence(246000), 3 * a);
        Assert.Equal(Money.FromPence(246000), a * 3L);
        Assert.Equal(Money.FromPence(246000), 3L * a);
        Assert.Equal(Money.FromPence(-82000), a * -1);
        Assert.Equal(Money.Zero, a * 0);
    }

    [Fact]
    public void Operators_Comparison_OrderByPence()
    {
        var small = Money.FromPence(-1);
        var large = Money.FromPence(1);

        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= large);
        Assert.True(large >= small);
        Assert.True(small <= Money.FromPence(-1));
        Assert.True(small >= Money.FromPence(-1));
        Assert.False(small > large);
        Assert.False(large < small);
        Assert.True(small.CompareTo(large) < 0);
        Assert.True(large.CompareTo(small) > 0);
        Assert.Equal(0, large.CompareTo(Money.FromPence(1)));
        Assert.True(small.IsNegative);
        Assert.False(Money.Zero.IsNegative);
    }

    [Fact]
    public void CompareTo_UnsortedAmounts_SortsAscending()
    {
        Money[] amounts = [Money.FromPence(300), Money.MinValue, Money.Zero, Money.MaxValue, Money.FromPence(-5)];

        Array.Sort(amounts);

        Assert.Equal([Money.MinValue, Money.FromPence(-5), Money.Zero, Money.FromPence(300), Money.MaxValue], amounts);
    }

    [Fact]
    public void Add_BeyondMaxValue_ThrowsOverflow()
    {
        Assert.Throws<OverflowException>(() => Money.MaxValue + Money.FromPence(1));
    }

    [Fact]
    public void Subtract_BelowMinValue_ThrowsOverflow()
    {
        Assert.Throws<OverflowException>(() => Money.MinValue - Money.FromPence(1));
        Assert.Throws<OverflowException>(() => Money.Zero - Money.MinValue);
    }

    [Fact]
    public void Negate_MinValue_ThrowsOverflow()
    {
        Assert.Throws<OverflowException>(() => -Money.MinValue);
        Assert.Equal(Money.FromPence(-long.MaxValue), -Money.MaxValue);
    }

    [Fact]
    public void Multiply_JustWithinRange_Succeeds()
    {
        var justFits = Money.FromPence(long.MaxValue / 100);

        Assert.Equal(Money.FromPence(long.MaxValue / 100 * 100), justFits * 100);
        Assert.Equal(Money.FromPence(-(long.MaxValue / 100 * 100)), justFits * -100);
    }

    [Fact]
    public void Multiply_BeyondRange_ThrowsOverflow()
    {
        var tooLarge = Money.FromPence((long.MaxValue / 100) + 1);

        Assert.Throws<OverflowException>(() => tooLarge * 100);
        Assert.Throws<OverflowException>(() => 100L * tooLarge);
        Assert.Throws<OverflowException>(() => Money.MaxValue * 2);
        Assert.Throws<OverflowException>(() => Money.MinValue * -1);
        Assert.Throws<OverflowException>(() => Money.FromPence(int.MaxValue) * (long)int.MaxValue * 3);
    }

    [Fact]
    public void Equality_SamePence_AreEqual()
    {
        Assert.Equal(Money.FromPence(500), Money.FromPounds(5m));
        Assert.True(Money.FromPence(500) == Money.FromPounds(5.00m));
        Assert.True(Money.FromPence(500) != Money.FromPence(501));
        Assert.Equal(Money.FromPence(500).GetHashCode(), Money.FromPounds(5m).GetHashCode());
    }
}
