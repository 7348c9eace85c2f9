using System.Globalization;
using Hearth.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace Hearth.Testing;

/// <summary>
/// The test suite's clock (ADR 0027). Every test runs at one instant, <see cref="Now"/>: the instant in HEARTH_TEST_NOW
/// when it is set (scripts/test.sh always sets it: to the time it starts, and to the instants of phase 5), otherwise
/// <see cref="DefaultNow"/>, a fixed instant: no test code reads the wall clock, so a run is repeated exactly by giving its
/// HEARTH_TEST_NOW again. The apps the tests start get a
/// <see cref="FakeTimeProvider"/> set to it (<see cref="CreateClock"/>) and their demo data is generated as of
/// <see cref="Today"/>, so the clock stands still while the tests run (a test started at 23:59 still runs on that day) and
/// a test that needs time to pass advances its own app's clock.
/// </summary>
public static class TestClock
{
    /// <summary>The environment variable that moves the suite: an ISO 8601 instant with its offset (2027-04-01T00:30:00+01:00 or
    /// 2027-03-31T23:30:00Z), a London local time (2027-04-01T00:30), or a date (2028-02-29, meaning midday in London).</summary>
    public const string Variable = "HEARTH_TEST_NOW";

    /// <summary>The instant a plain <c>dotnet test</c> runs at when HEARTH_TEST_NOW is not set: midday in London on
    /// 7 December 2026 (the suite was last measured green there; scripts/test.sh covers today and the date edges).</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The suite's instant.</summary>
    public static DateTimeOffset Now { get; } = Read(Environment.GetEnvironmentVariable(Variable));

    /// <summary>The suite's London date: the demo data's as-of date and the tests' "today".</summary>
    public static DateOnly Today { get; } = London.Today(CreateClock());

    /// <summary>Whether the suite runs at a chosen instant (HEARTH_TEST_NOW) rather than at <see cref="DefaultNow"/>.</summary>
    public static bool IsMoved => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable));

    /// <summary>A new clock standing at <see cref="Now"/>, for one app or one test; advance it to let time pass.</summary>
    public static FakeTimeProvider CreateClock()
    {
        var clock = new FakeTimeProvider(Now);
        clock.SetLocalTimeZone(London.Zone);
        return clock;
    }

    /// <summary>Parses a HEARTH_TEST_NOW value; null or blank means <see cref="DefaultNow"/>.</summary>
    public static DateTimeOffset Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return DefaultNow;
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return FromLondon(date.ToDateTime(new TimeOnly(12, 0)));
        if (DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return instant;
        if (DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var utc))
            return utc;
        if (DateTime.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return FromLondon(local);
        throw new InvalidOperationException(
            $"{Variable}='{value}' is not an instant. Use an ISO 8601 instant with its offset (2027-04-01T00:30:00+01:00), " +
            "a London local time (2027-04-01T00:30) or a date (2028-02-29).");
    }

    /// <summary>A London wall-clock time as an instant (the first one in the hour the clocks go back); a time the clocks
    /// skip is refused, so a suite never runs at an instant nobody asked for.</summary>
    public static DateTimeOffset FromLondon(DateTime local)
    {
        if (London.Zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)))
            throw new InvalidOperationException($"{Variable}: {local:yyyy-MM-dd HH:mm} does not exist in London (the clocks go forward then).");
        return London.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }
}
