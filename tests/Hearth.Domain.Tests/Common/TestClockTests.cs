using Hearth.Domain.Common;
using Hearth.Testing;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Common;

/// <summary>HEARTH_TEST_NOW, the setting that moves the whole suite to another instant (ADR 0027).</summary>
public class TestClockTests
{
    [Theory]
    [InlineData("2027-04-01T00:30:00+01:00", "2027-03-31T23:30:00Z")]
    [InlineData("2027-03-31T23:59:00Z", "2027-03-31T23:59:00Z")]
    [InlineData("2027-03-31T23:59Z", "2027-03-31T23:59:00Z")]
    [InlineData("2027-04-01T00:30", "2027-03-31T23:30:00Z")]     // London local time, BST
    [InlineData("2027-10-31T01:30", "2027-10-31T00:30:00Z")]     // shown twice: the first (BST) one
    [InlineData("2028-02-29", "2028-02-29T12:00:00Z")]           // a date: midday in London
    [InlineData(" 2029-06-30 ", "2029-06-30T11:00:00Z")]
    public void Read_AnInstantALocalTimeOrADate_IsThatInstant(string value, string expectedUtc)
    {
        Assert.Equal(Instant(expectedUtc), TestClock.Read(value));
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2027-02-30")]
    [InlineData("2027-03-28T01:30")] // the clocks go forward: no such time in London
    [InlineData("31/03/2027")]
    public void Read_NotAnInstant_SaysWhatToWrite(string value)
    {
        var e = Assert.Throws<InvalidOperationException>(() => TestClock.Read(value));
        Assert.Contains(TestClock.Variable, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_IsTheLondonDateOfTheSuitesInstant()
    {
        Assert.Equal(London.Today(TestClock.CreateClock()), TestClock.Today);
        Assert.Equal(TestClock.Now, TestClock.CreateClock().GetUtcNow());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Read_NothingChosen_IsTheFixedDefaultInstant_NeverTheWallClock(string? value) =>
        Assert.Equal(TestClock.DefaultNow, TestClock.Read(value));
}
