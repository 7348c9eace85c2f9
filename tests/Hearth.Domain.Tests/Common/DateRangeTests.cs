using Hearth.Domain.Common;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Common;

public class DateRangeTests
{
    [Fact]
    public void Constructor_EndBeforeStart_ThrowsDomainExceptionOnEndDate()
    {
        var exception = Assert.Throws<DomainException>(() => new DateRange(D("2025-04-02"), D("2025-04-01")));

        Assert.Equal("EndDate", exception.Field);
        Assert.Equal("The end date must be on or after the start date", exception.Message);
    }

    [Fact]
    public void Constructor_EndEqualsStart_IsEmpty()
    {
        var range = new DateRange(D("2025-04-01"), D("2025-04-01"));

        Assert.True(range.IsEmpty);
        Assert.False(range.IsOpenEnded);
        Assert.Equal(0, range.Nights);
        Assert.Null(range.Last);
        Assert.False(range.Contains(D("2025-04-01")));
    }

    [Fact]
    public void Constructor_NoEnd_IsOpenEnded()
    {
        var range = new DateRange(D("2025-04-01"), null);

        Assert.True(range.IsOpenEnded);
        Assert.False(range.IsEmpty);
        Assert.Null(range.Nights);
        Assert.Null(range.Last);
        Assert.Null(range.EndExclusive);
        Assert.Equal(range, DateRange.OpenFrom(D("2025-04-01")));
    }

    [Theory]
    [InlineData("2025-03-30", "2025-04-02", 3)]
    [InlineData("2025-03-31", "2025-04-01", 1)]
    [InlineData("2024-02-28", "2024-03-01", 2)]
    [InlineData("2023-02-28", "2023-03-01", 1)]
    [InlineData("2023-04-01", "2024-04-01", 366)]
    [InlineData("2024-04-01", "2025-04-01", 365)]
    public void Nights_ClosedRange_CountsDatesFromStartUpToEnd(string start, string end, int expected)
    {
        Assert.Equal(expected, new DateRange(D(start), D(end)).Nights);
    }

    [Theory]
    [InlineData("2025-03-29", false)]
    [InlineData("2025-03-30", true)]
    [InlineData("2025-04-01", true)]
    [InlineData("2025-04-02", false)]
    public void Contains_ClosedRange_IncludesStartExcludesEnd(string date, bool expected)
    {
        Assert.Equal(expected, new DateRange(D("2025-03-30"), D("2025-04-02")).Contains(D(date)));
    }

    [Fact]
    public void Contains_OpenRange_IncludesEveryLaterDate()
    {
        var range = DateRange.OpenFrom(D("2025-04-01"));

        Assert.True(range.Contains(D("2025-04-01")));
        Assert.True(range.Contains(DateOnly.MaxValue));
        Assert.False(range.Contains(D("2025-03-31")));
    }

    [Fact]
    public void FromInclusive_FirstAndLast_EndsTheDayAfterLast()
    {
        var range = DateRange.FromInclusive(D("2025-03-30"), D("2025-04-01"));

        Assert.Equal(D("2025-03-30"), range.Start);
        Assert.Equal(D("2025-04-02"), range.EndExclusive);
        Assert.Equal(D("2025-04-01"), range.Last);
        Assert.Equal(3, range.Nights);
    }

    [Fact]
    public void FromInclusive_SameDay_IsOneNight()
    {
        Assert.Equal(1, DateRange.FromInclusive(D("2025-04-01"), D("2025-04-01")).Nights);
    }

    [Fact]
    public void FromInclusive_LastBeforeFirst_ThrowsDomainExceptionOnEndDate()
    {
        var exception = Assert.Throws<DomainException>(
            () => DateRange.FromInclusive(D("2025-04-02"), D("2025-04-01")));

        Assert.Equal("EndDate", exception.Field);
    }

    [Fact]
    public void FromInclusive_LastIsMaxValue_ThrowsDomainExceptionOnEndDate()
    {
        var exception = Assert.Throws<DomainException>(
            () => DateRange.FromInclusive(D("2025-04-01"), DateOnly.MaxValue));

        Assert.Equal("EndDate", exception.Field);
    }

    [Theory]
    // Overlapping closed ranges.
    [InlineData("2025-01-01", "2025-02-01", "2025-01-15", "2025-03-01", "2025-01-15", "2025-02-01")]
    // One inside the other.
    [InlineData("2025-01-01", "2025-12-01", "2025-03-01", "2025-04-01", "2025-03-01", "2025-04-01")]
    // Closed with open.
    [InlineData("2025-01-01", "2025-02-01", "2025-01-20", null, "2025-01-20", "2025-02-01")]
    // Both open.
    [InlineData("2025-01-01", null, "2025-06-01", null, "2025-06-01", null)]
    // Sharing a single date.
    [InlineData("2025-01-01", "2025-01-16", "2025-01-15", "2025-03-01", "2025-01-15", "2025-01-16")]
    public void Intersect_OverlappingRanges_ReturnsSharedDates(
        string aStart, string? aEnd, string bStart, string? bEnd, string expectedStart, string? expectedEnd)
    {
        var a = new DateRange(D(aStart), OptionalD(aEnd));
        var b = new DateRange(D(bStart), OptionalD(bEnd));
        var expected = new DateRange(D(expectedStart), OptionalD(expectedEnd));

        Assert.Equal(expected, a.Intersect(b));
        Assert.Equal(expected, b.Intersect(a));
        Assert.True(a.Overlaps(b));
        Assert.True(b.Overlaps(a));
    }

    [Theory]
    // Touching: one ends the day the other starts (a child leaves one home and arrives at the next that day).
    [InlineData("2025-01-01", "2025-02-01", "2025-02-01", "2025-03-01")]
    [InlineData("2025-01-01", "2025-02-01", "2025-02-01", null)]
    // Apart.
    [InlineData("2025-01-01", "2025-02-01", "2025-05-01", "2025-06-01")]
    // An empty range shares no dates, even inside another.
    [InlineData("2025-01-10", "2025-01-10", "2025-01-01", "2025-02-01")]
    [InlineData("2025-01-10", "2025-01-10", "2025-01-01", null)]
    public void Intersect_DisjointRanges_ReturnsNull(string aStart, string? aEnd, string bStart, string? bEnd)
    {
        var a = new DateRange(D(aStart), OptionalD(aEnd));
        var b = new DateRange(D(bStart), OptionalD(bEnd));

        Assert.Null(a.Intersect(b));
        Assert.Null(b.Intersect(a));
        Assert.False(a.Overlaps(b));
        Assert.False(b.Overlaps(a));
    }

    [Fact]
    public void ClipTo_LongerRange_EndsAtTheClip()
    {
        var range = new DateRange(D("2025-01-01"), D("2026-06-01"));

        Assert.Equal(new DateRange(D("2025-01-01"), D("2025-04-01")), range.ClipTo(D("2025-04-01")));
    }

    [Fact]
    public void ClipTo_OpenRange_GainsTheClipAsEnd()
    {
        var range = DateRange.OpenFrom(D("2025-01-01"));

        Assert.Equal(new DateRange(D("2025-01-01"), D("2026-04-01")), range.ClipTo(D("2026-04-01")));
    }

    [Fact]
    public void ClipTo_RangeEndingEarlier_IsUnchanged()
    {
        var range = new DateRange(D("2025-01-01"), D("2025-02-01"));

        Assert.Equal(range, range.ClipTo(D("2025-04-01")));
        Assert.Equal(range, range.ClipTo(D("2025-02-01")));
    }

    [Fact]
    public void ClipTo_AtOrBeforeStart_LeavesEmptyRangeAtStart()
    {
        var range = new DateRange(D("2025-01-10"), D("2025-02-01"));

        Assert.Equal(new DateRange(D("2025-01-10"), D("2025-01-10")), range.ClipTo(D("2025-01-10")));
        Assert.Equal(new DateRange(D("2025-01-10"), D("2025-01-10")), range.ClipTo(D("2024-12-25")));
    }

    [Fact]
    public void ToString_Ranges_UseIsoHalfOpenNotation()
    {
        Assert.Equal("[2025-04-01, 2026-04-01)", new DateRange(D("2025-04-01"), D("2026-04-01")).ToString());
        Assert.Equal("[2025-04-01, …)", DateRange.OpenFrom(D("2025-04-01")).ToString());
    }
}
