using Hearth.Domain.Common;
using Microsoft.Extensions.Time.Testing;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Common;

public class LondonTests
{
    [Fact]
    public void Zone_Always_IsGmtInWinterAndBstInSummer()
    {
        Assert.Equal(TimeSpan.Zero, London.Zone.GetUtcOffset(Instant("2025-01-15T12:00:00Z")));
        Assert.Equal(TimeSpan.FromHours(1), London.Zone.GetUtcOffset(Instant("2025-07-15T12:00:00Z")));
    }

    [Theory]
    // Clocks go forward at 01:00 GMT on Sunday 30 March 2025.
    [InlineData("2025-03-29T23:59:59Z", "2025-03-29")]
    [InlineData("2025-03-30T00:59:00Z", "2025-03-30")]
    [InlineData("2025-03-30T01:00:00Z", "2025-03-30")]
    [InlineData("2025-03-30T22:59:59Z", "2025-03-30")]
    [InlineData("2025-03-30T23:00:00Z", "2025-03-31")]
    // 23:30 UTC on a BST evening is already tomorrow in London, here the first day of a new financial year.
    [InlineData("2025-03-31T23:30:00Z", "2025-04-01")]
    [InlineData("2025-06-15T23:30:00Z", "2025-06-16")]
    // Clocks go back at 01:00 GMT (02:00 BST) on Sunday 26 October 2025.
    [InlineData("2025-10-25T22:59:59Z", "2025-10-25")]
    [InlineData("2025-10-25T23:30:00Z", "2025-10-26")]
    [InlineData("2025-10-26T00:59:00Z", "2025-10-26")]
    [InlineData("2025-10-26T01:00:00Z", "2025-10-26")]
    [InlineData("2025-10-26T23:30:00Z", "2025-10-26")]
    // In winter London is on UTC.
    [InlineData("2025-12-15T23:30:00Z", "2025-12-15")]
    [InlineData("2025-12-31T23:59:59Z", "2025-12-31")]
    [InlineData("2026-01-01T00:00:00Z", "2026-01-01")]
    public void Today_UtcInstant_ReturnsLondonCalendarDate(string utcNow, string expected)
    {
        var clock = new FakeTimeProvider(Instant(utcNow));

        Assert.Equal(D(expected), London.Today(clock));
    }

    [Fact]
    public void Today_ClockMoves_FollowsTheClock()
    {
        var clock = new FakeTimeProvider(Instant("2025-03-31T22:59:00Z"));
        Assert.Equal(D("2025-03-31"), London.Today(clock));

        clock.SetUtcNow(Instant("2025-03-31T23:00:00Z"));
        Assert.Equal(D("2025-04-01"), London.Today(clock));
    }

    [Theory]
    // Winter (GMT), summer (BST), and the last minute of a financial year on each side of midnight.
    [InlineData("2026-12-07", "09:00", "2026-12-07T09:00:00Z")]
    [InlineData("2027-03-31", "23:59", "2027-03-31T22:59:00Z")]
    [InlineData("2027-04-01", "00:30", "2027-03-31T23:30:00Z")]
    [InlineData("2028-02-29", "12:00", "2028-02-29T12:00:00Z")]
    // The clocks go forward at 01:00 GMT on Sunday 28 March 2027: 01:30 does not exist and reads as 02:30 BST.
    [InlineData("2027-03-28", "00:59", "2027-03-28T00:59:00Z")]
    [InlineData("2027-03-28", "01:30", "2027-03-28T01:30:00Z")]
    [InlineData("2027-03-28", "02:00", "2027-03-28T01:00:00Z")]
    // The clocks go back at 02:00 BST on Sunday 31 October 2027: 01:30 is shown twice, and At is the first (BST) one.
    [InlineData("2027-10-31", "01:30", "2027-10-31T00:30:00Z")]
    [InlineData("2027-10-31", "02:00", "2027-10-31T02:00:00Z")]
    public void At_LondonWallClock_IsTheInstantTheClockShowsIt(string date, string time, string expectedUtc)
    {
        var instant = London.At(D(date), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(Instant(expectedUtc), instant);
        Assert.Equal(D(date), London.Today(new FakeTimeProvider(instant)));
    }

    [Theory]
    [InlineData("2027-03-31T22:59:59Z", "2027-03-31")]
    [InlineData("2027-03-31T23:00:00Z", "2027-04-01")] // midnight BST: a new financial year in London, still 31 March in UTC
    [InlineData("2027-12-31T23:59:59Z", "2027-12-31")] // GMT: London is on UTC
    [InlineData("2028-02-28T23:30:00Z", "2028-02-28")]
    [InlineData("2028-02-29T23:59:59+00:00", "2028-02-29")]
    public void DateOf_Instant_IsItsLondonCalendarDate(string instant, string expected)
    {
        Assert.Equal(D(expected), London.DateOf(Instant(instant)));
    }

    [Fact]
    public void Today_NullClock_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => London.Today(null!));
    }

    [Theory]
    [InlineData("2025-03-30T00:59:00Z", "2025-03-30T00:59:00", 0)]
    [InlineData("2025-03-30T01:00:00Z", "2025-03-30T02:00:00", 1)]
    [InlineData("2025-10-26T00:59:00Z", "2025-10-26T01:59:00", 1)]
    [InlineData("2025-10-26T01:00:00Z", "2025-10-26T01:00:00", 0)]
    [InlineData("2025-07-01T12:00:00+02:00", "2025-07-01T11:00:00", 1)]
    [InlineData("2025-01-01T00:30:00-05:00", "2025-01-01T05:30:00", 0)]
    public void ToLondon_Instant_ReturnsLondonWallClockAndOffset(string instant, string expectedLocal, int expectedOffsetHours)
    {
        var london = London.ToLondon(Instant(instant));

        Assert.Equal(Instant(expectedLocal + "Z").DateTime, london.DateTime);
        Assert.Equal(TimeSpan.FromHours(expectedOffsetHours), london.Offset);
        Assert.Equal(Instant(instant), london); // the same instant
    }
}
