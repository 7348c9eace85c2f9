using Hearth.Domain.Procurement;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement;

public class StandstillTests
{
    private static readonly IReadOnlySet<DateOnly> Holidays = EnglandAndWalesBankHolidays.All;

    // ---- Procurement Act 2023: eight working days beginning with the day of publication --------------------------

    [Theory]
    [InlineData("2025-06-02", "2025-06-11")] // Monday: eight working days Monday to the next Wednesday
    [InlineData("2025-06-07", "2025-06-18")] // published on a Saturday: counting starts on Monday 9 June
    [InlineData("2024-12-24", "2025-01-07")] // Christmas Eve counts; Christmas, Boxing Day and New Year's Day do not
    [InlineData("2025-12-22", "2026-01-05")] // across Christmas and New Year 2025-26
    [InlineData("2026-12-23", "2027-01-06")] // Boxing Day 2026 is a Saturday: its substitute, Monday 28 December, is skipped
    [InlineData("2025-04-16", "2025-04-29")] // across Good Friday and Easter Monday 2025
    [InlineData("2024-03-27", "2024-04-09")] // Easter 2024 straddles March and April
    [InlineData("2022-06-01", "2022-06-14")] // the Platinum Jubilee bank holidays, 2 and 3 June 2022
    public void EndDate_Pa2023_CountsEightWorkingDaysFromPublication(string published, string lastDay)
    {
        Assert.Equal(D(lastDay), Standstill.EndDate(ProcurementRegime.Pa2023ClosedFramework, D(published), Holidays));
        Assert.Equal(D(lastDay), Standstill.EndDate(ProcurementRegime.Pa2023OpenFramework, D(published), Holidays));
    }

    [Fact]
    public void EndDate_Pa2023WithoutHolidays_CountsWeekdaysOnly()
    {
        // The same Christmas, had there been no bank holidays: 24, 25, 26, 29, 30, 31 December, 1 and 2 January.
        Assert.Equal(D("2025-01-02"), Standstill.EndDate(ProcurementRegime.Pa2023ClosedFramework, D("2024-12-24"), new HashSet<DateOnly>()));
    }

    // ---- Public Contracts Regulations 2015: 10 calendar days, ending on a working day ---------------------------

    [Theory]
    [InlineData("2025-06-02", "2025-06-12")] // the 10th day after is a Thursday
    [InlineData("2025-06-04", "2025-06-16")] // the 10th day is a Saturday: runs to Monday
    [InlineData("2025-04-08", "2025-04-22")] // the 10th day is Good Friday: past Easter Monday to Tuesday
    [InlineData("2025-12-15", "2025-12-29")] // the 10th day is Christmas Day: past Boxing Day and the weekend
    [InlineData("2026-12-22", "2027-01-04")] // the 10th day is New Year's Day 2027, a Friday
    [InlineData("2025-12-31", "2026-01-12")] // the 10th day, 10 January 2026, is a Saturday
    public void EndDate_Pcr2015_TenCalendarDaysThenTheNextWorkingDay(string sent, string lastDay) =>
        Assert.Equal(D(lastDay), Standstill.EndDate(ProcurementRegime.Pcr2015LightTouch, D(sent), Holidays));

    [Fact]
    public void EndDate_Pcr2015_PractitionersWorkedExampleOfGoodFriday2010()
    {
        // Notices e-mailed on Tuesday 23 March 2010: the 10th day, 2 April, was Good Friday, so the period ran to Tuesday 6 April.
        var easter2010 = new HashSet<DateOnly> { D("2010-04-02"), D("2010-04-05") };

        Assert.Equal(D("2010-04-06"), Standstill.EndDate(ProcurementRegime.Pcr2015LightTouch, D("2010-03-23"), easter2010));
    }

    [Fact]
    public void EndDate_UnknownRegime_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Standstill.EndDate((ProcurementRegime)99, D("2025-06-02"), Holidays));
}
