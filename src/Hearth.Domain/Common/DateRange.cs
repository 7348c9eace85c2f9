using System.Globalization;

namespace Hearth.Domain.Common;

/// <summary>
/// A half-open range of dates: from <see cref="Start"/> (inclusive) up to <see cref="EndExclusive"/> (exclusive), or with
/// no end when <see cref="EndExclusive"/> is null. For a placement the dates in the range are its nights: it starts on the
/// day the child arrived and ends on the day the child left. A range whose end equals its start is empty (no nights).
/// </summary>
public readonly record struct DateRange
{
    private const string EndField = "EndDate";

    /// <summary>A range from <paramref name="start"/> up to <paramref name="endExclusive"/>, or open-ended when null.</summary>
    /// <exception cref="DomainException">The end is before the start (field "EndDate").</exception>
    public DateRange(DateOnly start, DateOnly? endExclusive)
    {
        if (endExclusive < start)
        {
            throw new DomainException(EndField, "The end date must be on or after the start date");
        }

        Start = start;
        EndExclusive = endExclusive;
    }

    /// <summary>The first date in the range.</summary>
    public DateOnly Start { get; }

    /// <summary>The first date after the range, or null when the range has no end.</summary>
    public DateOnly? EndExclusive { get; }

    /// <summary>True when the range has no end.</summary>
    public bool IsOpenEnded => EndExclusive is null;

    /// <summary>True when the range holds no dates (its end equals its start).</summary>
    public bool IsEmpty => EndExclusive == Start;

    /// <summary>The number of dates (nights) in the range, or null when it has no end.</summary>
    public int? Nights => EndExclusive is { } end ? end.DayNumber - Start.DayNumber : null;

    /// <summary>The last date in the range, or null when it is open-ended or empty.</summary>
    public DateOnly? Last => EndExclusive is { } end && end > Start ? end.AddDays(-1) : null;

    /// <summary>A range with no end.</summary>
    public static DateRange OpenFrom(DateOnly start) => new(start, null);

    /// <summary>A range from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <exception cref="DomainException">The last date is before the first (field "EndDate").</exception>
    public static DateRange FromInclusive(DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            throw new DomainException(EndField, "The end date must be on or after the start date");
        }

        if (last == DateOnly.MaxValue)
        {
            throw new DomainException(EndField, "The end date is too late");
        }

        return new DateRange(first, last.AddDays(1));
    }

    /// <summary>True when <paramref name="date"/> falls in the range.</summary>
    public bool Contains(DateOnly date) => date >= Start && (EndExclusive is not { } end || date < end);

    /// <summary>The dates in both ranges, or null when they share none.</summary>
    public DateRange? Intersect(DateRange other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = (EndExclusive, other.EndExclusive) switch
        {
            (null, var theirs) => theirs,
            (var ours, null) => ours,
            ({ } ours, { } theirs) => ours < theirs ? ours : theirs,
        };

        return end is { } e && e <= start ? null : new DateRange(start, end);
    }

    /// <summary>True when the two ranges share at least one date.</summary>
    public bool Overlaps(DateRange other) => Intersect(other) is not null;

    /// <summary>
    /// The range cut short so that it ends no later than <paramref name="endExclusive"/>. An open range gains that end; a
    /// range already ending earlier is returned unchanged; a cut at or before the start leaves an empty range at the start.
    /// </summary>
    public DateRange ClipTo(DateOnly endExclusive)
    {
        var end = endExclusive < Start ? Start : endExclusive;
        return EndExclusive is { } current && current <= end ? this : new DateRange(Start, end);
    }

    /// <summary>The range in ISO dates with half-open notation: "[2025-04-01, 2026-04-01)" or "[2025-04-01, …)".</summary>
    public override string ToString()
    {
        var start = Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = EndExclusive?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
        return $"[{start}, {end})";
    }
}
