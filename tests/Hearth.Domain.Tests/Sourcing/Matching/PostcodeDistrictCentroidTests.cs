using Hearth.Domain.Common;
using Hearth.Domain.Sourcing.Matching;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Sourcing.Matching;

public class PostcodeDistrictCentroidTests
{
    [Theory]
    [InlineData(48.99, 0)]
    [InlineData(61.01, 0)]
    [InlineData(51, -9.01)]
    [InlineData(51, 2.01)]
    public void Create_OutsideTheUnitedKingdom_Refused(double lat, double lon) =>
        Assert.Throws<DomainException>(() => PostcodeDistrictCentroid.Create("ME14", lat, lon, D("2026-04-01")));

    [Fact]
    public void Create_Edges_Accepted()
    {
        var c = PostcodeDistrictCentroid.Create(" me14 ", 49, 2, D("2026-04-01"));
        Assert.Equal("ME14", c.District);
    }

    [Fact]
    public void ParseGazetteer_GoodAndBadRows_ErrorsNameTheirLine()
    {
        var csv = "District,Latitude,Longitude\nME14,51.27,0.53\nXX,51,0\nTN1,abc,0.26\nME14,51.3,0.5\n\nCT1,51.28,1.08,9\nDA1,51.44,0.21\n";
        var (rows, errors) = PostcodeDistrictCentroid.ParseGazetteer(new StringReader(csv));
        Assert.Equal(["ME14", "DA1"], rows.Select(r => r.District));
        Assert.Equal(4, errors.Count);
        Assert.StartsWith("Line 3:", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("Line 4:", errors[1], StringComparison.Ordinal);
        Assert.Equal("Line 5: ME14 appears more than once", errors[2]);
        Assert.StartsWith("Line 7:", errors[3], StringComparison.Ordinal);
    }

    [Fact]
    public void ParseGazetteer_WrongHeader_OneError()
    {
        var (rows, errors) = PostcodeDistrictCentroid.ParseGazetteer(new StringReader("postcode,lat,lon\nME14,51,0\n"));
        Assert.Empty(rows);
        Assert.Single(errors);
    }

    [Fact]
    public void ParseGazetteer_Empty_OneError() => Assert.Single(PostcodeDistrictCentroid.ParseGazetteer(new StringReader("")).Errors);
}
