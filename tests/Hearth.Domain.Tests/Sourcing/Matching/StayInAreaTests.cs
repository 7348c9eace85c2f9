using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Matching;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Sourcing.Matching;

/// <summary>"Stay in the authority's area" in matching (ADR 0022): a factor on distance, not a hard constraint.</summary>
public class StayInAreaTests
{
    private static readonly GeoPoint Maidstone = new(51.2720, 0.5290);   // ME14
    private static readonly GeoPoint Chatham = new(51.3780, 0.5280);     // ME4, about 7.3 miles north
    private static readonly HashSet<string> Kent = ["ME14", "ME15", "TN1"];

    private static MatchRequest Request(bool stay = true, HashSet<string>? area = null) => new()
    {
        PlacementType = PlacementTypeSought.ShortTerm, ChildAges = [8], Home = Maidstone, StayInArea = stay, AreaDistricts = area ?? Kent,
    };

    private static MatchCandidate Candidate(string district = "ME14", GeoPoint? at = null) => new()
    {
        HouseholdId = 1, Reference = "KCC-H-0001", InHouse = true, Approvals = HouseholdApprovals.ShortTerm, AgeFrom = 0, AgeTo = 17, VacantPlaces = 1,
        PostcodeDistrict = district, Location = at ?? Maidstone,
    };

    private static MatchFactor Distance(MatchResult r) => r.Factors.Single(f => f.Name == MatchScorer.DistanceFactor);

    [Fact]
    public void InArea_FullDistancePoints_SaysInArea()
    {
        var result = MatchScorer.Score(Request(), Candidate(), MatchWeights.Default);
        Assert.False(MatchScorer.OutOfArea(Request(), Candidate()));
        Assert.Equal(20, Distance(result).Points);
        Assert.Contains("in the authority's area", Distance(result).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfArea_NoDistancePoints_ButNotExcluded_WithReason()
    {
        var out1 = Candidate("ME4", Chatham);
        var result = MatchScorer.Score(Request(), out1, MatchWeights.Default);
        Assert.False(result.Excluded);
        Assert.Equal(0, Distance(result).Points);
        Assert.Equal("ME4 is outside the authority's area, and the child should stay in the area (no distance points); 7.3 miles from home",
            Distance(result).Explanation);
        Assert.True(MatchScorer.TryTotal(Request(), out1, MatchWeights.Default, out var total));
        Assert.Equal(result.Total, total);
        // The same household without the wish to stay scores its distance points.
        var free = MatchScorer.Score(Request(stay: false), out1, MatchWeights.Default);
        Assert.True(Distance(free).Points > 0);
        Assert.Equal(free.Total - Distance(free).Points, result.Total);
    }

    [Fact]
    public void OutOfArea_RankedBelowAnInAreaHouseholdFartherAway()
    {
        // An out-of-area household next door ranks below an in-area one 30 miles off when the child should stay in area.
        var farInArea = Candidate("TN1", new GeoPoint(51.1320, 0.2630)) with { Reference = "B" };
        var nearOut = Candidate("ME4", Maidstone) with { Reference = "A" };
        var ranking = MatchScorer.Rank(Request(), [nearOut, farInArea], MatchWeights.Default);
        Assert.Equal(["B", "A"], ranking.Top.Select(t => t.Candidate.Reference));
    }

    [Fact]
    public void StayInAreaFalse_AreaIgnored()
    {
        var result = MatchScorer.Score(Request(stay: false), Candidate("ME4", Maidstone), MatchWeights.Default);
        Assert.Equal(20, Distance(result).Points);
        Assert.DoesNotContain("area", Distance(result).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAreaConfigured_AreaIgnored()
    {
        var request = Request(area: []);
        Assert.False(MatchScorer.OutOfArea(request, Candidate("ME4")));
        Assert.Equal(20, Distance(MatchScorer.Score(request, Candidate("ME4", Maidstone), MatchWeights.Default)).Points);
    }

    [Fact]
    public void HouseholdWithoutDistrict_CountsAsOutOfArea()
    {
        var result = MatchScorer.Score(Request(), Candidate("") with { Location = null }, MatchWeights.Default);
        Assert.Equal(0, Distance(result).Points);
        Assert.StartsWith("No postcode district, so not known to be outside", Distance(result).Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfArea_UnknownLocation_StillNoPoints()
    {
        // Without a centroid a household would get half points; out of area it gets none.
        var result = MatchScorer.Score(Request(), Candidate("ZE1") with { Location = null }, MatchWeights.Default);
        Assert.Equal(0, Distance(result).Points);
        Assert.Equal("ZE1 is outside the authority's area, and the child should stay in the area (no distance points)", Distance(result).Explanation);
    }

    private static Child NewChild() =>
        Child.Register(1, new ChildDetails("KCC1", "Sam", "Test", D("2016-04-01"), "M", "WBRI", "", "English", false, false, "C2", "ME14 1XX", "Oakwood School, ME16 8AA"),
            D("2026-04-01"));

    private static Referral NewReferral(Child child, bool? stay)
    {
        var referral = Referral.Start(1, [child], 7, "Writer", D("2026-04-01"));
        referral.SetTiming(PlacementUrgency.MoreThanFiveDays, D("2026-04-10"), PlacementTypeSought.ShortTerm, D("2026-04-01"));
        if (stay is not null) referral.SetLocation(stay, null, "", "", "");
        return referral;
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(null, false)] // not answered yet: no wish to stay is assumed
    public void RequestFor_CarriesStayInAreaAndTheArea(bool? stay, bool expected)
    {
        var child = NewChild();
        var request = MatchNeeds.RequestFor(NewReferral(child, stay), [child], _ => null, D("2026-04-01"), ["me14", "TN1"]);
        Assert.Equal(expected, request.StayInArea);
        Assert.True(request.AreaDistricts.Contains("ME14"));
        Assert.Equal(2, request.AreaDistricts.Count);
        Assert.Empty(MatchNeeds.RequestFor(NewReferral(child, stay), [child], _ => null, D("2026-04-01")).AreaDistricts);
    }
}
