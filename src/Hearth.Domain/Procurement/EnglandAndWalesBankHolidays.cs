namespace Hearth.Domain.Procurement;

/// <summary>
/// Bank holidays in England and Wales, 2018 to 2028, as announced under the Banking and Financial Dealings Act 1971
/// (including substitute days and the one-off 2020, 2022 and 2023 changes). Data, not a calculation: extend the list when
/// the government announces later years. Dates outside <see cref="FirstYear"/>–<see cref="LastYear"/> are not covered.
/// </summary>
public static class EnglandAndWalesBankHolidays
{
    public const int FirstYear = 2018;
    public const int LastYear = 2028;

    public static IReadOnlySet<DateOnly> All { get; } = new HashSet<DateOnly>(
    [
        D(2018, 1, 1), D(2018, 3, 30), D(2018, 4, 2), D(2018, 5, 7), D(2018, 5, 28), D(2018, 8, 27), D(2018, 12, 25), D(2018, 12, 26),
        D(2019, 1, 1), D(2019, 4, 19), D(2019, 4, 22), D(2019, 5, 6), D(2019, 5, 27), D(2019, 8, 26), D(2019, 12, 25), D(2019, 12, 26),
        // 2020: the early May bank holiday moved to Friday 8 May for VE Day; Boxing Day (a Saturday) substituted on 28 December.
        D(2020, 1, 1), D(2020, 4, 10), D(2020, 4, 13), D(2020, 5, 8), D(2020, 5, 25), D(2020, 8, 31), D(2020, 12, 25), D(2020, 12, 28),
        // 2021: Christmas Day and Boxing Day fell at the weekend: substitute days 27 and 28 December.
        D(2021, 1, 1), D(2021, 4, 2), D(2021, 4, 5), D(2021, 5, 3), D(2021, 5, 31), D(2021, 8, 30), D(2021, 12, 27), D(2021, 12, 28),
        // 2022: New Year's Day substitute 3 January; spring bank holiday moved to 2 June and the Platinum Jubilee on 3 June;
        // the State Funeral of Queen Elizabeth II on 19 September; Christmas Day substitute 27 December.
        D(2022, 1, 3), D(2022, 4, 15), D(2022, 4, 18), D(2022, 5, 2), D(2022, 6, 2), D(2022, 6, 3), D(2022, 8, 29), D(2022, 9, 19),
        D(2022, 12, 26), D(2022, 12, 27),
        // 2023: New Year's Day substitute 2 January; the Coronation of King Charles III on 8 May.
        D(2023, 1, 2), D(2023, 4, 7), D(2023, 4, 10), D(2023, 5, 1), D(2023, 5, 8), D(2023, 5, 29), D(2023, 8, 28), D(2023, 12, 25),
        D(2023, 12, 26),
        D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27), D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
        D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26), D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26),
        // 2026: Boxing Day (a Saturday) substituted on 28 December.
        D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
        // 2027: Christmas Day and Boxing Day fall at the weekend: substitute days 27 and 28 December.
        D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31), D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28),
        // 2028: New Year's Day (a Saturday) substituted on 3 January.
        D(2028, 1, 3), D(2028, 4, 14), D(2028, 4, 17), D(2028, 5, 1), D(2028, 5, 29), D(2028, 8, 28), D(2028, 12, 25), D(2028, 12, 26),
    ]);

    /// <summary>True when the list holds the bank holidays of the date's year.</summary>
    public static bool Covers(DateOnly date) => date.Year is >= FirstYear and <= LastYear;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
