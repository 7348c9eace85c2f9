using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// Which <see cref="AgeBand"/> an age falls in, and the dates a child moves from one band to the next. Ages follow
/// <c>Child.AgeOn</c>: a child born on 29 February has a birthday on 1 March in common years
/// (docs/decisions/0004-leap-day-birthdays.md).
/// </summary>
public static class AgeBands
{
    /// <summary>The bands in order, youngest first.</summary>
    public static readonly IReadOnlyList<AgeBand> All =
        [AgeBand.ZeroToFour, AgeBand.FiveToTen, AgeBand.ElevenToFifteen, AgeBand.SixteenToSeventeen, AgeBand.EighteenAndOver];

    /// <summary>The youngest age of each band after the first: the birthdays on which a child changes band.</summary>
    private static readonly int[] FirstAges = [5, 11, 16, 18];

    /// <summary>The band of an age in whole years; ages below 0 (a night before the recorded birth) count as 0 to 4.</summary>
    public static AgeBand Of(int age) => age switch
    {
        <= 4 => AgeBand.ZeroToFour,
        <= 10 => AgeBand.FiveToTen,
        <= 15 => AgeBand.ElevenToFifteen,
        <= 17 => AgeBand.SixteenToSeventeen,
        _ => AgeBand.EighteenAndOver,
    };

    /// <summary>The band a child born on <paramref name="dateOfBirth"/> is in on <paramref name="on"/>.</summary>
    public static AgeBand On(DateOnly dateOfBirth, DateOnly on) => Of(AgeOn(dateOfBirth, on));

    /// <summary>"0 to 4", "5 to 10", "11 to 15", "16 to 17", "18 and over".</summary>
    public static string Name(AgeBand band) => band switch
    {
        AgeBand.ZeroToFour => "0 to 4",
        AgeBand.FiveToTen => "5 to 10",
        AgeBand.ElevenToFifteen => "11 to 15",
        AgeBand.SixteenToSeventeen => "16 to 17",
        AgeBand.EighteenAndOver => "18 and over",
        _ => band.ToString(),
    };

    /// <summary>Age in whole years on a date, as <c>Child.AgeOn</c> (29 February birthdays fall on 1 March in common years).</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly on)
    {
        var age = on.Year - dateOfBirth.Year;
        if (on < Birthday(dateOfBirth, on.Year)) age--;
        return age;
    }

    /// <summary>
    /// The day a child reaches <paramref name="age"/>: the anniversary of their birth, or 1 March in a common year for
    /// someone born on 29 February.
    /// </summary>
    public static DateOnly BirthdayAt(DateOnly dateOfBirth, int age)
    {
        if (age < 0 || dateOfBirth.Year + age > DateOnly.MaxValue.Year)
            throw new DomainException("DateOfBirth", "The age is outside the dates Hearth can hold");
        return Birthday(dateOfBirth, dateOfBirth.Year + age);
    }

    /// <summary>
    /// The dates strictly after <paramref name="from"/> and before <paramref name="toExclusive"/> on which the child moves
    /// into an older band, in order, written into <paramref name="destination"/> (at most four). Returns how many.
    /// </summary>
    public static int BandChangesBetween(DateOnly dateOfBirth, DateOnly from, DateOnly toExclusive, Span<DateOnly> destination)
    {
        var written = 0;
        foreach (var age in FirstAges)
        {
            if (dateOfBirth.Year + age > DateOnly.MaxValue.Year) break;
            var birthday = Birthday(dateOfBirth, dateOfBirth.Year + age);
            if (birthday <= from) continue;
            if (birthday >= toExclusive) break;
            destination[written++] = birthday;
        }
        return written;
    }

    private static DateOnly Birthday(DateOnly dateOfBirth, int year) =>
        dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, dateOfBirth.Month, dateOfBirth.Day);
}
