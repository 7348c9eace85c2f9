using Hearth.Domain.Finance;
using Hearth.Domain.Sourcing;

namespace Hearth.Domain.Tests.Finance;

public class AgeBandsTests
{
    [Theory]
    [InlineData(-1, AgeBand.ZeroToFour)]
    [InlineData(0, AgeBand.ZeroToFour)]
    [InlineData(4, AgeBand.ZeroToFour)]
    [InlineData(5, AgeBand.FiveToTen)]
    [InlineData(10, AgeBand.FiveToTen)]
    [InlineData(11, AgeBand.ElevenToFifteen)]
    [InlineData(15, AgeBand.ElevenToFifteen)]
    [InlineData(16, AgeBand.SixteenToSeventeen)]
    [InlineData(17, AgeBand.SixteenToSeventeen)]
    [InlineData(18, AgeBand.EighteenAndOver)]
    public void Of_EachBoundary_IsInTheRightBand(int age, AgeBand expected) => Assert.Equal(expected, AgeBands.Of(age));

    [Theory]
    [InlineData("2012-02-29", "2023-02-28", 10)]
    [InlineData("2012-02-29", "2023-03-01", 11)]
    [InlineData("2012-02-29", "2024-02-28", 11)]
    [InlineData("2012-02-29", "2024-02-29", 12)]
    [InlineData("2010-10-10", "2021-10-09", 10)]
    [InlineData("2010-10-10", "2021-10-10", 11)]
    public void AgeOn_AgreesWithChildAgeOn(string born, string on, int expected)
    {
        var dob = DateOnly.Parse(born);
        var date = DateOnly.Parse(on);
        Assert.Equal(expected, AgeBands.AgeOn(dob, date));
        Assert.Equal(Child.AgeOn(dob, date), AgeBands.AgeOn(dob, date));
    }

    [Fact]
    public void BirthdayAt_LeapDayBirth_InACommonYear_IsFirstMarch() =>
        Assert.Equal(new DateOnly(2023, 3, 1), AgeBands.BirthdayAt(new DateOnly(2012, 2, 29), 11));

    [Fact]
    public void BandChangesBetween_ListsOnlyTheBirthdaysStrictlyInside()
    {
        Span<DateOnly> changes = stackalloc DateOnly[4];
        var dob = new DateOnly(2010, 6, 1);
        Assert.Equal(0, AgeBands.BandChangesBetween(dob, new DateOnly(2021, 6, 1), new DateOnly(2022, 1, 1), changes)); // 11th birthday is the first day
        Assert.Equal(1, AgeBands.BandChangesBetween(dob, new DateOnly(2021, 5, 31), new DateOnly(2022, 1, 1), changes));
        Assert.Equal(new DateOnly(2021, 6, 1), changes[0]);
        Assert.Equal(0, AgeBands.BandChangesBetween(dob, new DateOnly(2021, 1, 1), new DateOnly(2021, 6, 1), changes)); // ends the day before
        Assert.Equal(4, AgeBands.BandChangesBetween(dob, dob, new DateOnly(2030, 1, 1), changes));
    }
}
