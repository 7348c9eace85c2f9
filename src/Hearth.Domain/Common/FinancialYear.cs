using System.Globalization;

namespace Hearth.Domain.Common;

/// <summary>
/// A UK public-sector financial year: 1 April <see cref="StartYear"/> to 31 March the year after, written "2025-26".
/// Constructing one with a start year outside 1900 to 9998 throws <see cref="DomainException"/> (field "FinancialYear").
/// <c>default(FinancialYear)</c> (start year 0) is not a valid year; do not use it.
/// </summary>
public readonly record struct FinancialYear(int StartYear) : IComparable<FinancialYear>
{
    /// <summary>The earliest start year accepted.</summary>
    public const int MinStartYear = 1900;

    /// <summary>
    /// The latest start year accepted: its financial year ends on 31 March 9999, the last year <see cref="DateOnly"/> holds.
    /// </summary>
    public const int MaxStartYear = 9998;

    private const string Field = "FinancialYear";

    /// <summary>The calendar year in which this financial year starts (on 1 April).</summary>
    public int StartYear { get; } = Validate(StartYear);

    private static int Validate(int startYear) =>
        startYear is < MinStartYear or > MaxStartYear
            ? throw new DomainException(Field, $"The financial year must start between {MinStartYear} and {MaxStartYear}")
            : startYear;

    /// <summary>The financial year containing <paramref name="date"/>.</summary>
    public static FinancialYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>1 April <see cref="StartYear"/>.</summary>
    public DateOnly Start => new(StartYear, 4, 1);

    /// <summary>31 March of the following calendar year: the last day of the year (inclusive).</summary>
    public DateOnly End => new(StartYear + 1, 3, 31);

    /// <summary>1 April of the following calendar year: the first day after the year.</summary>
    public DateOnly EndExclusive => new(StartYear + 1, 4, 1);

    /// <summary>The following financial year.</summary>
    public FinancialYear Next => new(StartYear + 1);

    /// <summary>The preceding financial year.</summary>
    public FinancialYear Previous => new(StartYear - 1);

    /// <summary>The number of days (and so nights) in the year: 366 when it holds a 29 February, else 365.</summary>
    public int Days => DateTime.IsLeapYear(StartYear + 1) ? 366 : 365;

    /// <summary>True when <paramref name="date"/> falls in this financial year.</summary>
    public bool Contains(DateOnly date) => date >= Start && date < EndExclusive;

    /// <summary>The year as a half-open date range, 1 April to the next 1 April.</summary>
    public DateRange ToRange() => new(Start, EndExclusive);

    /// <summary>The year as written in council reports: "2025-26", "1999-00".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear:0000}-{(StartYear + 1) % 100:00}");

    /// <summary>
    /// Parses "2025-26" (or "2025/26"). Throws <see cref="DomainException"/> (field "FinancialYear") when the text is not a
    /// financial year, including when the two halves do not follow on ("2025-27").
    /// </summary>
    public static FinancialYear Parse(string text) =>
        TryParse(text, out var year)
            ? year
            : throw new DomainException(Field, "Enter a financial year like 2025-26");

    /// <summary>
    /// Tries to parse "2025-26" or "2025/26" (surrounding white space is ignored). The second part must be the last two
    /// digits of the year after the first ("1999-00").
    /// </summary>
    public static bool TryParse(string? text, out FinancialYear year)
    {
        year = default;
        if (text is null)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        if (s.Length != 7 || (s[4] != '-' && s[4] != '/'))
        {
            return false;
        }

        if (!TryDigits(s[..4], out var start) || !TryDigits(s[5..], out var end))
        {
            return false;
        }

        if (start is < MinStartYear or > MaxStartYear || (start + 1) % 100 != end)
        {
            return false;
        }

        year = new FinancialYear(start);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <inheritdoc />
    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(FinancialYear left, FinancialYear right) => left.StartYear < right.StartYear;

    public static bool operator >(FinancialYear left, FinancialYear right) => left.StartYear > right.StartYear;

    public static bool operator <=(FinancialYear left, FinancialYear right) => left.StartYear <= right.StartYear;

    public static bool operator >=(FinancialYear left, FinancialYear right) => left.StartYear >= right.StartYear;
}
