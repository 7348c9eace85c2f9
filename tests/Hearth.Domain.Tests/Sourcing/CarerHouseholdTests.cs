using System.Reflection;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Sourcing;

public class CarerHouseholdTests
{
    private static CarerHousehold Approve(int places = 2, int ageFrom = 0, int ageTo = 17, string approvedOn = "2025-04-01") =>
        CarerHousehold.Approve(3, "HH-0001", "me14", places, ageFrom, ageTo, D(approvedOn));

    [Fact]
    public void Approve_ValidInput_IsConfirmedOnApprovalDay()
    {
        var household = CarerHousehold.Approve(3, "  HH-0001 ", " me14 ", 2, 5, 11, D("2025-04-01"));

        Assert.Equal(3, household.OwnerOrganisationId);
        Assert.Equal("HH-0001", household.Reference);
        Assert.Equal("ME14", household.PostcodeDistrict);
        Assert.Equal(2, household.ApprovedPlaces);
        Assert.Equal(5, household.AgeFrom);
        Assert.Equal(11, household.AgeTo);
        Assert.Equal(D("2025-04-01"), household.ApprovedOn);
        Assert.Equal(D("2025-04-01"), household.ConfirmedOn);
        Assert.Equal(0, household.Version);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public void Approve_PlacesFromOneToSix_IsAccepted(int places)
    {
        Assert.Equal(places, Approve(places: places).ApprovedPlaces);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(7)]
    public void Approve_PlacesOutsideOneToSix_ThrowsOnApprovedPlaces(int places)
    {
        var exception = Assert.Throws<DomainException>(() => Approve(places: places));

        Assert.Equal(nameof(CarerHousehold.ApprovedPlaces), exception.Field);
        Assert.Equal("Approved places must be between 1 and 6", exception.Message);
    }

    [Theory]
    [InlineData(0, 17)]
    [InlineData(0, 0)] // babies only
    [InlineData(17, 17)]
    [InlineData(5, 5)]
    public void Approve_AgesWithinZeroToSeventeen_IsAccepted(int ageFrom, int ageTo)
    {
        var household = Approve(ageFrom: ageFrom, ageTo: ageTo);

        Assert.Equal(ageFrom, household.AgeFrom);
        Assert.Equal(ageTo, household.AgeTo);
    }

    [Theory]
    [InlineData(-1, 10, "AgeFrom")]
    [InlineData(18, 18, "AgeFrom")]
    [InlineData(0, 18, "AgeTo")] // the oldest age is wrong, so the error belongs beside it
    [InlineData(5, -1, "AgeTo")]
    public void Approve_AgeOutsideZeroToSeventeen_ThrowsOnThatAge(int ageFrom, int ageTo, string field)
    {
        var exception = Assert.Throws<DomainException>(() => Approve(ageFrom: ageFrom, ageTo: ageTo));

        Assert.Equal(field, exception.Field);
        Assert.Equal("Ages must be between 0 and 17", exception.Message);
    }

    [Theory]
    [InlineData(10, 9)]
    [InlineData(17, 0)]
    public void Approve_OldestAgeBelowYoungest_ThrowsOnAgeTo(int ageFrom, int ageTo)
    {
        var exception = Assert.Throws<DomainException>(() => Approve(ageFrom: ageFrom, ageTo: ageTo));

        Assert.Equal(nameof(CarerHousehold.AgeTo), exception.Field);
        Assert.Equal("The oldest age must be the same as or more than the youngest", exception.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1234567890123456789012345678901234567890X")] // 41 characters
    public void Approve_MissingOrTooLongReference_ThrowsOnReference(string? reference)
    {
        var exception = Assert.Throws<DomainException>(
            () => CarerHousehold.Approve(3, reference!, "ME14", 2, 0, 17, D("2025-04-01")));

        Assert.Equal(nameof(CarerHousehold.Reference), exception.Field);
    }

    [Theory]
    [InlineData("2025-06-30", "2025-05-31")]
    [InlineData("2024-03-01", "2024-01-31")] // February 2024 has 29 days
    [InlineData("2025-03-01", "2025-01-30")]
    [InlineData("2025-04-15", "2025-03-16")]
    public void FreshSince_Today_IsThirtyDaysEarlier(string today, string expected)
    {
        Assert.Equal(30, CarerHousehold.StaleAfterDays);
        Assert.Equal(D(expected), CarerHousehold.FreshSince(D(today)));
    }

    [Theory]
    [InlineData("2025-04-01", false)] // confirmed today
    [InlineData("2025-04-30", false)]
    [InlineData("2025-05-01", false)] // exactly 30 days ago
    [InlineData("2025-05-02", true)] // 31 days ago
    [InlineData("2026-04-01", true)]
    public void IsStale_ConfirmedOnApproval_IsStaleAfterThirtyDays(string today, bool expected)
    {
        var household = Approve(approvedOn: "2025-04-01");

        Assert.Equal(expected, household.IsStale(D(today)));
    }

    [Fact]
    public void IsStale_ConfirmedAgain_CountsFromTheNewConfirmation()
    {
        var household = Approve(approvedOn: "2025-04-01");
        Assert.True(household.IsStale(D("2025-06-01")));

        household.ConfirmVacancies(D("2025-06-01"));

        Assert.Equal(D("2025-06-01"), household.ConfirmedOn);
        Assert.Equal(1, household.Version);
        Assert.False(household.IsStale(D("2025-06-01")));
        Assert.False(household.IsStale(D("2025-07-01")));
        Assert.True(household.IsStale(D("2025-07-02")));
    }

    [Fact]
    public void IsStale_NeverConfirmed_IsStaleEvenOnApprovalDay()
    {
        // A row saved without a confirmation date (ConfirmedOn is nullable in the database) is read back as null;
        // set it the way the ORM does to cover that branch.
        var household = Approve(approvedOn: "2025-04-01");
        typeof(CarerHousehold).GetProperty(nameof(CarerHousehold.ConfirmedOn), BindingFlags.Public | BindingFlags.Instance)!
            .SetValue(household, null);

        Assert.Null(household.ConfirmedOn);
        Assert.True(household.IsStale(D("2025-04-01")));
    }
}
