using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Tests.Placements;

public class PlacementImportRowTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static Dictionary<string, string> Good() => new()
    {
        ["ExternalReference"] = "MED-1", ["ChildCaseReference"] = "C1", ["ChildGivenName"] = "Sam", ["ChildFamilyName"] = "Lee",
        ["ChildDateOfBirth"] = "29/02/2012", ["ChildSex"] = "f", ["Route"] = "spot", ["ProviderOfstedUrn"] = "sc123456",
        ["FrameworkReference"] = "", ["Category"] = "Standard", ["PlaceCode"] = "u6", ["KeyServiceLine"] = "LookedAfterChildren",
        ["FundingSource"] = "BaseBudget", ["StartDate"] = "1/4/2025", ["WeeklyFee"] = "£1,234.50", ["EndDate"] = "", ["EndReasonCode"] = "",
    };

    private static (PlacementImportRow? Row, List<ImportCellError> Errors) Parse(Dictionary<string, string> values) =>
        PlacementImportRow.Parse(c => values.GetValueOrDefault(c), Today);

    [Fact]
    public void GoodRow_IsTyped()
    {
        var (row, errors) = Parse(Good());
        Assert.Empty(errors);
        Assert.Equal(new DateOnly(2025, 4, 1), row!.StartDate);
        Assert.Equal(Money.FromPence(1234_50), row.WeeklyFee);
        Assert.Equal(PlacementRoute.Spot, row.Route);
        Assert.Equal("SC123456", row.ProviderOfstedUrn);
        Assert.Equal(("F", "U6"), (row.ChildSex, row.PlaceCode));
    }

    [Theory]
    [InlineData("StartDate", "2025-13-01", "The start date must be in the format dd/mm/yyyy, like 01/04/2025 ('2025-13-01' is not)")]
    [InlineData("StartDate", "31/02/2025", "The start date must be a real date ('31/02/2025' does not exist)")]
    [InlineData("StartDate", "29/02/2025", "The start date must be a real date ('29/02/2025' does not exist)")]
    [InlineData("StartDate", "26/11/2026", "The start date must be today or in the past")]
    [InlineData("WeeklyFee", "-0.01", "The weekly fee must be £0 or more")]
    [InlineData("WeeklyFee", "20000.01", "The weekly fee must be £20,000.00 or less")]
    [InlineData("WeeklyFee", "850.505", "Enter the weekly fee in pounds and pence, like 850 or 850.50 ('850.505' is not)")]
    [InlineData("EndDate", "01/04/2025", "The end date must be after the start date")]
    [InlineData("Route", "Agency", "'Agency' is not a known route: enter InHouse, Framework, Spot or Block")]
    [InlineData("PlaceCode", "P1", "'P1' is not a foster placement type: enter U1 to U6 (SSDA903 PLACE)")]
    [InlineData("ChildSex", "X", "'X' is not a known sex: enter M, F or U")]
    public void BadCell_IsNamedWithItsColumn(string column, string value, string message)
    {
        var values = Good();
        values[column] = value;
        var (row, errors) = Parse(values);
        Assert.Null(row);
        Assert.Equal(new ImportCellError(column, message), Assert.Single(errors));
    }

    [Fact]
    public void ZeroFee_IsAllowed() => Assert.Empty(Parse(new(Good()) { ["WeeklyFee"] = "0" }).Errors);

    [Fact]
    public void EveryProblem_InARow_IsReported()
    {
        var (_, errors) = Parse(new(Good()) { ["Route"] = "InHouse", ["StartDate"] = "", ["EndReasonCode"] = "NOPE", ["ChildGivenName"] = " " });
        Assert.Equal(["ChildGivenName", "ProviderOfstedUrn", "StartDate", "EndReasonCode"], errors.Select(e => e.Column));
    }

    [Fact]
    public void Header_MustBeTheTemplates()
    {
        Assert.Null(PlacementImportRow.CheckHeader(PlacementImportRow.Columns));
        Assert.Null(PlacementImportRow.CheckHeader([.. PlacementImportRow.Columns, "WeeklyFeeFrom"]));
        var message = PlacementImportRow.CheckHeader(PlacementImportRow.Columns.Reverse().ToList());
        Assert.StartsWith("The first row must be the template's header (the columns are in a different order)", message);
    }
}
