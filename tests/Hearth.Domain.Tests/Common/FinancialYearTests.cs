using Hearth.Domain.Common;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Common;

public class FinancialYearTests
{
    [Theory]
    [InlineData("2025-04-01", 2025)]
    [InlineData("2025-03-31", 2024)]
    [InlineData("2026-03-31", 2025)]
    [InlineData("2025-12-31", 2025)]
    [InlineData("2026-01-01", 2025)]
    [InlineData("2024-02-29", 2023)]
    [InlineData("1900-04-01", 1900)]
    [InlineData("9999-03-31", 9998)]
    public void Containing_Date_ReturnsYearStartingTheAprilBefore(string date, int expectedStartYear)
    {
        Assert.Equal(new FinancialYear(expectedStartYear), FinancialYear.Containing(D(date)));
    }

    [Theory]
    [InlineData("1900-03-31")]
    [InlineData("0001-01-01")]
    [InlineData("9999-04-01")]
    [InlineData("9999-12-31")]
    public void Containing_DateOutsideSupportedYears_ThrowsDomainException(string date)
    {
        var exception = Assert.Throws<DomainException>(() => FinancialYear.Containing(D(date)));

        Assert.Equal("FinancialYear", exception.Field);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(9999)]
    [InlineData(0)]
    [InlineData(-2025)]
    public void Constructor_StartYearOutOfRange_ThrowsDomainException(int startYear)
    {
        var exception = Assert.Throws<DomainException>(() => new FinancialYear(startYear));

        Assert.Equal("FinancialYear", exception.Field);
    }

    [Fact]
    public void Bounds_Year2025_RunFromFirstAprilToThirtyFirstMarch()
    {
        var year = new FinancialYear(2025);

        Assert.Equal(2025, year.StartYear);
        Assert.Equal(D("2025-04-01"), year.Start);
        Assert.Equal(D("2026-03-31"), year.End);
        Assert.Equal(D("2026-04-01"), year.EndExclusive);
    }

    [Fact]
    public void Bounds_LastSupportedYear_EndOnThirtyFirstMarch9999()
    {
        var year = new FinancialYear(FinancialYear.MaxStartYear);

        Assert.Equal(D("9999-03-31"), year.End);
        Assert.Equal(D("9999-04-01"), year.EndExclusive);
    }

    [Theory]
    [InlineData(2023, 366)] // holds 29 February 2024
    [InlineData(2024, 365)]
    [InlineData(2025, 365)]
    [InlineData(2027, 366)] // holds 29 February 2028
    [InlineData(1999, 366)] // 2000 is a leap year (divisible by 400)
    [InlineData(2099, 365)] // 2100 is not (divisible by 100)
    [InlineData(1900, 365)]
    public void Days_Year_CountsTheDatesInIt(int startYear, int expectedDays)
    {
        var year = new FinancialYear(startYear);

        Assert.Equal(expectedDays, year.Days);
        Assert.Equal(expectedDays, year.EndExclusive.DayNumber - year.Start.DayNumber);
        Assert.Equal(expectedDays, year.ToRange().Nights);
    }

    [Theory]
    [InlineData("2025-04-01", true)]
    [InlineData("2026-03-31", true)]
    [InlineData("2025-10-15", true)]
    [InlineData("2025-03-31", false)]
    [InlineData("2026-04-01", false)]
    public void Contains_Date_TrueOnlyWithinFirstAprilToThirtyFirstMarch(string date, bool expected)
    {
        Assert.Equal(expected, new FinancialYear(2025).Contains(D(date)));
    }

    [Fact]
    public void Contains_TwentyNinthFebruary2024_IsIn2023To24()
    {
        Assert.True(new FinancialYear(2023).Contains(D("2024-02-29")));
        Assert.False(new FinancialYear(2024).Contains(D("2024-02-29")));
    }

    [Fact]
    public void NextAndPrevious_Year_StepOneYear()
    {
        var year = new FinancialYear(2025);

        Assert.Equal(new FinancialYear(2026), year.Next);
        Assert.Equal(new FinancialYear(2024), year.Previous);
        Assert.Equal(year.EndExclusive, year.Next.Start);
        Assert.Equal(year.Start, year.Previous.EndExclusive);
    }

    [Fact]
    public void NextAndPrevious_BeyondSupportedYears_ThrowDomainException()
    {
        Assert.Throws<DomainException>(() => new FinancialYear(FinancialYear.MaxStartYear).Next);
        Assert.Throws<DomainException>(() => new FinancialYear(FinancialYear.MinStartYear).Previous);
    }

    [Fact]
    public void ToRange_Year_IsHalfOpenFirstAprilToFirstApril()
    {
        var range = new FinancialYear(2025).ToRange();

        Assert.Equal(new DateRange(D("2025-04-01"), D("2026-04-01")), range);
    }

    [Theory]
    [InlineData(2025, "2025-26")]
    [InlineData(2009, "2009-10")]
    [InlineData(2010, "2010-11")]
    [InlineData(1999, "1999-00")]
    [InlineData(2099, "2099-00")]
    [InlineData(2000, "2000-01")]
    [InlineData(1900, "1900-01")]
    [InlineData(9998, "9998-99")]
    public void ToString_Year_WritesStartYearAndLastTwoDigitsOfNext(int startYear, string expected)
    {
        Assert.Equal(expected, new FinancialYear(startYear).ToString());
    }

    [Theory]
    [InlineData("2025-26", 2025)]
    [InlineData("2025/26", 2025)]
    [InlineData(" 2025-26 ", 2025)]
    [InlineData("1999-00", 1999)]
    [InlineData("2099-00", 2099)]
    [InlineData("2009/10", 2009)]
    [InlineData("1900-01", 1900)]
    [InlineData("9998-99", 9998)]
    public void TryParse_ValidText_ReturnsYear(string text, int expectedStartYear)
    {
        Assert.True(FinancialYear.TryParse(text, out var year));
        Assert.Equal(expectedStartYear, year.StartYear);
        Assert.Equal(new FinancialYear(expectedStartYear), FinancialYear.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2025-27")]
    [InlineData("2025-25")]
    [InlineData("1999-against")]
    [InlineData("1999-01")]
    [InlineData("2025")]
    [InlineData("2025-2026")]
    [InlineData("25-26")]
    [InlineData("2025_26")]
    [InlineData("2025 26")]
    [InlineData("2025 -26")]
    [InlineData("2025-26a")]
    [InlineData("abcd-ef")]
    [InlineData("+025-26")]
    [InlineData("-202-03")]
    [InlineData("1899-00")]
    [InlineData("9999-00")]
    [InlineData("0000-01")]
    [InlineData("２０２５-２６")]
    public void TryParse_InvalidText_ReturnsFalse(string? text)
    {
        Assert.False(FinancialYear.TryParse(text, out var year));
        Assert.Equal(default, year);
    }

    [Fact]
    public void Parse_InvalidText_ThrowsDomainException()
    {
        var exception = Assert.Throws<DomainException>(() => FinancialYear.Parse("2025-27"));

        Assert.Equal("FinancialYear", exception.Field);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(1999)]
    [InlineData(2025)]
    [InlineData(2099)]
    [InlineData(9998)]
    public void Parse_FormattedYear_RoundTrips(int startYear)
    {
        var year = new FinancialYear(startYear);

        Assert.Equal(year, FinancialYear.Parse(year.ToString()));
    }

    [Fact]
    public void Operators_Comparison_OrderByStartYear()
    {
        var earlier = new FinancialYear(2024);
        var later = new FinancialYear(2025);

        Assert.True(earlier < later);
        Assert.True(later > earlier);
        Assert.True(earlier <= later);
        Assert.True(later >= earlier);
        Assert.True(earlier.CompareTo(later) < 0);
        Assert.Equal(0, later.CompareTo(new FinancialYear(2025)));
    }
}
