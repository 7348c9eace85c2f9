using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Sourcing;

public class ChildTests
{
    private static readonly DateOnly Today = D("2025-06-30");

    private static Child Register(
        string dateOfBirth = "2015-03-14", string? sex = "F", string? caseReference = "CR-000123",
        string? givenName = "Amelia", string? familyName = "Smith", string today = "2025-06-30") =>
        Child.Register(1, caseReference!, givenName!, familyName!, D(dateOfBirth), sex!, "wbri", isUasc: false,
            hasDisability: true, " me14 ", D(today));

    [Fact]
    public void Register_ValidInput_TrimsAndNormalisesCodes()
    {
        var child = Child.Register(7, " CR-000123 ", " Amelia ", " Smith ", D("2015-03-14"), " f ", " wbri ",
            isUasc: true, hasDisability: true, " me14 ", Today);

        Assert.Equal(7, child.AuthorityId);
        Assert.Equal("CR-000123", child.CaseReference);
        Assert.Equal("Amelia", child.GivenName);
        Assert.Equal("Smith", child.FamilyName);
        Assert.Equal(D("2015-03-14"), child.DateOfBirth);
        Assert.Equal("F", child.Sex);
        Assert.Equal("WBRI", child.Ethnicity);
        Assert.True(child.IsUasc);
        Assert.True(child.HasDisability);
        Assert.Equal("ME14", child.HomePostcodeDistrict);
        Assert.Equal(0, child.Version);
    }

    [Theory]
    [InlineData("M", "M")]
    [InlineData("F", "F")]
    [InlineData("U", "U")]
    [InlineData("m", "M")]
    [InlineData("f", "F")]
    [InlineData("u", "U")]
    [InlineData("  m  ", "M")]
    public void Register_SexMFOrUInAnyCase_IsStoredUpperCase(string sex, string expected)
    {
        Assert.Equal(expected, Register(sex: sex).Sex);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("X")]
    [InlineData("MF")]
    [InlineData("Male")]
    [InlineData("1")]
    [InlineData("9")] // SSDA903's numeric codes are not accepted here
    public void Register_SexNotMFOrU_ThrowsOnSex(string? sex)
    {
        var exception = Assert.Throws<DomainException>(() => Register(sex: sex));

        Assert.Equal(nameof(Child.Sex), exception.Field);
        Assert.Equal("Select M, F or U", exception.Message);
    }

    [Fact]
    public void Register_BornTomorrow_ThrowsOnDateOfBirth()
    {
        var exception = Assert.Throws<DomainException>(() => Register(dateOfBirth: "2025-07-01"));

        Assert.Equal(nameof(Child.DateOfBirth), exception.Field);
        Assert.Equal("Date of birth must be today or in the past", exception.Message);
    }

    [Fact]
    public void Register_BornToday_IsAccepted()
    {
        Assert.Equal(Today, Register(dateOfBirth: "2025-06-30").DateOfBirth);
    }

    [Fact]
    public void Register_BornExactlyFortyYearsAgo_IsAccepted()
    {
        Assert.Equal(D("1985-06-30"), Register(dateOfBirth: "1985-06-30").DateOfBirth);
    }

    [Fact]
    public void Register_BornFortyYearsAndOneDayAgo_ThrowsOnDateOfBirth()
    {
        var exception = Assert.Throws<DomainException>(() => Register(dateOfBirth: "1985-06-29"));

        Assert.Equal(nameof(Child.DateOfBirth), exception.Field);
        Assert.Equal("Date of birth must be within the last 40 years", exception.Message);
    }

    [Theory]
    [InlineData("1984-02-29", true)] // today is a leap day and forty years ago was one too
    [InlineData("1984-02-28", false)]
    public void Register_TodayIsLeapDay_FortyYearLimitIsLeapDayFortyYearsAgo(string dateOfBirth, bool accepted)
    {
        if (accepted)
        {
            Assert.Equal(D(dateOfBirth), Register(dateOfBirth: dateOfBirth, today: "2024-02-29").DateOfBirth);
        }
        else
        {
            var exception = Assert.Throws<DomainException>(() => Register(dateOfBirth: dateOfBirth, today: "2024-02-29"));
            Assert.Equal(nameof(Child.DateOfBirth), exception.Field);
        }
    }

    [Theory]
    [InlineData("", "Amelia", "Smith", "CaseReference")]
    [InlineData(null, "Amelia", "Smith", "CaseReference")]
    [InlineData("1234567890123456789012345678901234567890X", "Amelia", "Smith", "CaseReference")] // 41 characters
    [InlineData("CR-000123", " ", "Smith", "GivenName")]
    [InlineData("CR-000123", null, "Smith", "GivenName")]
    [InlineData("CR-000123", "Amelia", "", "FamilyName")]
    public void Register_MissingOrTooLongText_ThrowsOnThatField(string? caseReference, string? givenName, string? familyName, string field)
    {
        var exception = Assert.Throws<DomainException>(
            () => Register(caseReference: caseReference, givenName: givenName, familyName: familyName));

        Assert.Equal(field, exception.Field);
    }

    [Fact]
    public void Register_TextAtMaximumLengths_IsAccepted()
    {
        var child = Register(caseReference: new string('c', 40), givenName: new string('g', 100), familyName: new string('f', 100));

        Assert.Equal(40, child.CaseReference.Length);
        Assert.Equal(100, child.GivenName.Length);
        Assert.Equal(100, child.FamilyName.Length);
    }

    [Theory]
    [InlineData(101, 1)]
    [InlineData(1, 101)]
    public void Register_NameOf101Characters_Throws(int givenLength, int familyLength)
    {
        var exception = Assert.Throws<DomainException>(
            () => Register(givenName: new string('g', givenLength), familyName: new string('f', familyLength)));

        Assert.Equal(givenLength > 100 ? nameof(Child.GivenName) : nameof(Child.FamilyName), exception.Field);
    }

    [Theory]
    [InlineData("2010-06-15", "2025-06-15", 15)] // birthday today
    [InlineData("2010-06-15", "2025-06-14", 14)] // the day before the birthday
    [InlineData("2010-06-15", "2025-06-16", 15)]
    [InlineData("2010-06-15", "2010-06-15", 0)] // the day of birth
    [InlineData("2008-12-31", "2025-01-01", 16)] // across a new year
    [InlineData("2008-01-01", "2025-12-31", 17)]
    [InlineData("2007-04-01", "2025-03-31", 17)] // the day before turning 18, at a financial year end
    [InlineData("2007-04-01", "2025-04-01", 18)]
    public void AgeOn_Date_IsWholeYearsCompleted(string dateOfBirth, string on, int expected)
    {
        Assert.Equal(expected, Child.AgeOn(D(dateOfBirth), D(on)));
    }

    [Theory]
    [InlineData("2012-02-29", "2013-02-27", 0)]
    [InlineData("2012-02-29", "2013-02-28", 0)] // common year: the birthday is reached on 1 March
    [InlineData("2012-02-29", "2013-03-01", 1)]
    [InlineData("2012-02-29", "2025-02-28", 12)]
    [InlineData("2012-02-29", "2025-03-01", 13)]
    [InlineData("2012-02-29", "2016-02-28", 3)] // leap year: not until 29 February
    [InlineData("2012-02-29", "2016-02-29", 4)]
    [InlineData("2012-02-29", "2016-03-01", 4)]
    [InlineData("2012-02-29", "2012-02-29", 0)]
    public void AgeOn_BornOnLeapDay_ReachesBirthdayOn1MarchInCommonYears(string dateOfBirth, string on, int expected)
    {
        Assert.Equal(expected, Child.AgeOn(D(dateOfBirth), D(on)));
    }

    [Theory]
    [InlineData("2012-03-01", "2013-02-28", 0)] // born the day after a leap day: not a year old until 1 March
    [InlineData("2012-03-01", "2013-03-01", 1)]
    [InlineData("2011-02-28", "2012-02-28", 1)] // born 28 February, turning one in a leap year
    [InlineData("2011-02-28", "2012-02-27", 0)]
    public void AgeOn_BornNearLeapDay_BirthdayIsItsOwnDate(string dateOfBirth, string on, int expected)
    {
        Assert.Equal(expected, Child.AgeOn(D(dateOfBirth), D(on)));
    }
}
