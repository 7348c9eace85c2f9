namespace Hearth.Domain.Procurement;

/// <summary>Working days: Monday to Friday, other than a bank holiday from the list given.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date, IReadOnlySet<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !bankHolidays.Contains(date);
    }

    /// <summary>The date itself when it is a working day, otherwise the next working day after it.</summary>
    public static DateOnly OnOrAfter(DateOnly date, IReadOnlySet<DateOnly> bankHolidays)
    {
        while (!IsWorkingDay(date, bankHolidays)) date = date.AddDays(1);
        return date;
    }
}
