using Hearth.Domain.Common;
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
