using Hearth.Domain.Procurement;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement;

public class EnglandAndWalesBankHolidaysTests
{
    public static TheoryData<int> Years()
    {
        var data = new TheoryData<int>();
        for (var year = EnglandAndWalesBankHolidays.FirstYear; year <= EnglandAndWalesBankHolidays.LastYear; year++) data.Add(year);
        return data;
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void All_EachYear_HasGoodFridayAndEasterMondayFromTheEasterDate(int year)
    {
        var easter = EasterSunday(year);

        Assert.Contains(easter.AddDays(-2), EnglandAndWalesBankHolidays.All);
        Assert.Contains(easter.AddDays(1), EnglandAndWalesBankHolidays.All);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void All_EachYear_HasAtLeastEightWeekdayHolidays(int year)
    {
        var days = EnglandAndWalesBankHolidays.All.Where(d => d.Year == year).ToList();

        Assert.True(days.Count >= 8, $"{year} has {days.Count} bank holidays");
        Assert.All(days, d => Assert.True(d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{d} is at a weekend"));
    }

    [Theory]
    [InlineData("2022-09-19")] // the State Funeral of Queen Elizabeth II
    [InlineData("2023-05-08")] // the Coronation
    [InlineData("2020-05-08")] // VE Day
    [InlineData("2026-12-28")] // Boxing Day substitute
    [InlineData("2028-01-03")] // New Year's Day substitute
    public void All_OneOffAndSubstituteDays_AreIncluded(string date) => Assert.Contains(D(date), EnglandAndWalesBankHolidays.All);

    [Theory]
    [InlineData("2020-05-04", false)] // the early May bank holiday moved to 8 May that year
    [InlineData("2026-12-26", false)] // a Saturday: substituted on the Monday
    [InlineData("2017-12-31", false)]
    public void All_MovedOrWeekendDays_AreNotIncluded(string date, bool included) =>
        Assert.Equal(included, EnglandAndWalesBankHolidays.All.Contains(D(date)));

    [Theory]
    [InlineData("2017-12-31", false)]
    [InlineData("2018-01-01", true)]
    [InlineData("2028-12-31", true)]
    [InlineData("2029-01-01", false)]
    public void Covers_YearsOfTheList(string date, bool covered) => Assert.Equal(covered, EnglandAndWalesBankHolidays.Covers(D(date)));

    /// <summary>The Gregorian Easter Sunday (the anonymous, "Meeus/Jones/Butcher", algorithm).</summary>
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
