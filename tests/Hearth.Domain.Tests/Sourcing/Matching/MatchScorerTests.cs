using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Matching;

namespace Hearth.Domain.Tests.Sourcing.Matching;

public class MatchScorerTests
{
    private static readonly GeoPoint Maidstone = new(51.2720, 0.5290);   // ME14
    private static readonly GeoPoint Chatham = new(51.3780, 0.5280);     // ME4, about 7.3 miles north

    private static MatchRequest Request(int[]? ages = null) => new()
    {
        PlacementType = PlacementTypeSought.ShortTerm,
        ChildAges = ages ?? [8],
        Home = Maidstone,
    };

    private static MatchCandidate Candidate() => new()
    {
        HouseholdId = 1, Reference = "KCC-H-0001", InHouse = true, Approvals = HouseholdApprovals.ShortTerm | HouseholdApprovals.LongTerm,
        AgeFrom = 0, AgeTo = 17, VacantPlaces = 1, PostcodeDistrict = "ME14", Location = Maidstone,
    };

    private static MatchResult Score(MatchRequest r, MatchCandidate c) => MatchScorer.Score(r, c, MatchWeights.Default);
    private static MatchFactor Factor(MatchResult result, string name) => result.Factors.Single(f => f.Name == name);

    [Fact]
    public void Score_PerfectCandidate_ScoresHundredWithEveryFactor()
    {
        var result = Score(Request(), Candidate() with { EndingsCount = 10 });

        Assert.False(result.Excluded);
        Assert.Equal(100, result.Total);
        Assert.Equal([MatchScorer.NeedsFactor, MatchScorer.DistanceFactor, MatchScorer.CultureFactor, MatchScorer.OtherChildrenFactor,
            MatchScorer.PetsFactor, MatchScorer.StabilityFactor, MatchScorer.PriceFactor], result.Factors.Select(f => f.Name));
        Assert.All(result.Factors, f => Assert.False(string.IsNullOrWhiteSpace(f.Explanation)));
        Assert.Equal(100, result.Factors.Sum(f => f.MaxPoints));
    }

    [Fact]
    public void TryTotal_MatchesScore()
    {
        var request = Request() with { SkillsNeeded = HouseholdSkills.SelfHarm | HouseholdSkills.Uasc, Pets = PetsTolerance.NotKnown };
        var candidate = Candidate() with { Skills = HouseholdSkills.SelfHarm, HasPets = true, Location = Chatham };
        Assert.True(MatchScorer.TryTotal(request, candidate, MatchWeights.Default, out var total));
        Assert.Equal(Score(request, candidate).Total, total);
    }

    // Hard constraints.

    [Theory]
    [InlineData(PlacementTypeSought.ShortTerm, false)]
    [InlineData(PlacementTypeSought.Emergency, true)]
    [InlineData(PlacementTypeSought.ParentAndChild, true)]
    public void Score_ApprovalType_ExcludesWhenNotApproved(PlacementTypeSought type, bool excluded)
    {
        var result = Score(Request() with { PlacementType = type }, Candidate());
        Assert.Equal(excluded, result.Excluded);
        if (excluded) Assert.Equal(MatchScorer.ApprovalConstraint, Assert.Single(result.Exclusions).Constraint);
        Assert.False(MatchScorer.TryTotal(Request() with { PlacementType = PlacementTypeSought.Respite }, Candidate(), MatchWeights.Default, out _));
    }

    [Theory]
    [InlineData(4, false)]   // the youngest age approved
    [InlineData(10, false)]  // the oldest
    [InlineData(3, true)]
    [InlineData(11, true)]
    public void Score_AgeRange_InclusiveAtBothEnds(int age, bool excluded)
    {
        var result = Score(Request([age]), Candidate() with { AgeFrom = 4, AgeTo = 10 });
        Assert.Equal(excluded, result.Excluded);
    }

    [Fact]
    public void Score_AgeRange_EveryChildOfTheGroupMustFit()
    {
        var result = Score(Request([6, 12, 14]), Candidate() with { AgeFrom = 4, AgeTo = 10, VacantPlaces = 3 });
        var exclusion = Assert.Single(result.Exclusions);
        Assert.Equal(MatchScorer.AgeConstraint, exclusion.Constraint);
        Assert.Equal("Approved for ages 4 to 10: children aged 12 and 14 are outside that range", exclusion.Reason);
    }

    [Theory]
    [InlineData(2, 2, false)]
    [InlineData(2, 1, true)]
    [InlineData(1, 0, true)]
    [InlineData(1, 1, false)]
    public void Score_Places_WholeSiblingGroup(int children, int vacant, bool excluded)
    {
        var result = Score(Request(Enumerable.Repeat(8, children).ToArray()), Candidate() with { VacantPlaces = vacant });
        Assert.Equal(excluded, result.Excluded);
        if (excluded) Assert.Equal(MatchScorer.PlacesConstraint, Assert.Single(result.Exclusions).Constraint);
    }

    [Fact]
    public void Score_AreaToAvoid_Excludes()
    {
        var result = Score(Request() with { AreasToAvoid = ["ME4", "ME14"] }, Candidate());
        Assert.Equal("In ME14, an area to avoid for safeguarding", Assert.Single(result.Exclusions).Reason);
        Assert.False(Score(Request() with { AreasToAvoid = ["ME1"] }, Candidate()).Excluded);
    }

    [Theory]
    [InlineData(OfstedGrade.Inadequate, false, true)]
    [InlineData(OfstedGrade.RequiresImprovement, false, false)]
    [InlineData(OfstedGrade.Inadequate, true, false)]
    public void Score_Ofsted_InadequateProviderExcluded(OfstedGrade grade, bool inHouse, bool excluded)
    {
        var result = Score(Request(), Candidate() with { InHouse = inHouse, ProviderOfsted = grade });
        Assert.Equal(excluded, result.Excluded);
    }

    [Fact]
    public void Score_MaximumDistance_ExcludedBeyondKeptWithin()
    {
        var miles = Maidstone.MilesTo(Chatham);
        var within = Score(Request() with { MaximumDistanceMiles = (int)Math.Ceiling(miles) }, Candidate() with { Location = Chatham });
        var beyond = Score(Request() with { MaximumDistanceMiles = (int)Math.Floor(miles) }, Candidate() with { Location = Chatham });
        Assert.False(within.Excluded);
        Assert.Equal(MatchScorer.DistanceConstraint, Assert.Single(beyond.Exclusions).Constraint);
        // An unknown household location is not excluded: the distance factor says so instead.
        Assert.False(Score(Request() with { MaximumDistanceMiles = 1 }, Candidate() with { Location = null }).Excluded);
    }

    [Fact]
    public void Score_SeveralFailures_AllListed()
    {
        var result = Score(Request([15, 16]) with { PlacementType = PlacementTypeSought.Respite, AreasToAvoid = ["ME14"] },
            Candidate() with { AgeFrom = 0, AgeTo = 10, ProviderOfsted = OfstedGrade.Inadequate, InHouse = false });
        Assert.Equal([MatchScorer.ApprovalConstraint, MatchScorer.AgeConstraint, MatchScorer.PlacesConstraint, MatchScorer.AreaConstraint, MatchScorer.OfstedConstraint],
            result.Exclusions.Select(e => e.Constraint));
        Assert.Empty(result.Factors);
        Assert.Equal(0, result.Total);
    }

    // Factors.

    [Fact]
    public void Needs_PartlyCovered_ProportionalAndNamesTheGap()
    {
        var request = Request() with { SkillsNeeded = HouseholdSkills.SelfHarm | HouseholdSkills.AutismAndLearning | HouseholdSkills.Uasc };
        var factor = Factor(Score(request, Candidate() with { Skills = HouseholdSkills.SelfHarm | HouseholdSkills.Uasc }), MatchScorer.NeedsFactor);
        Assert.Equal(20, factor.Points);
        Assert.Equal("Covers 2 of 3 needs; missing autism and learning needs", factor.Explanation);
        Assert.Equal(0, Factor(Score(request, Candidate()), MatchScorer.NeedsFactor).Points);
        Assert.Equal(30, Factor(Score(Request(), Candidate()), MatchScorer.NeedsFactor).Points);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(5, 1)]
    [InlineData(27.5, 0.5)]
    [InlineData(50, 0)]
    [InlineData(80, 0)]
    public void DistanceFraction_Edges(double miles, double expected) => Assert.Equal(expected, MatchScorer.DistanceFraction(miles), 9);

    [Fact]
    public void Distance_HomeAndSchool_Averaged_UnknownIsHalf()
    {
        var both = Factor(Score(Request() with { School = Chatham }, Candidate()), MatchScorer.DistanceFactor);
        var expected = Math.Round(20 * (1 + MatchScorer.DistanceFraction(Maidstone.MilesTo(Chatham))) / 2, 1, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, both.Points);
        Assert.Contains("miles from school", both.Explanation, StringComparison.Ordinal);
        Assert.Equal(10, Factor(Score(Request(), Candidate() with { Location = null }), MatchScorer.DistanceFactor).Points);
        Assert.Equal(10, Factor(Score(Request() with { Home = null }, Candidate()), MatchScorer.DistanceFactor).Points);
    }

    [Fact]
    public void Haversine_MaidstoneToCanterbury_AboutTwentyFiveMiles()
    {
        var miles = new GeoPoint(51.2720, 0.5290).MilesTo(new GeoPoint(51.2800, 1.0800));
        Assert.InRange(miles, 23.5, 24.5);
        Assert.Equal(0, Maidstone.MilesTo(Maidstone));
    }

    [Theory]
    [InlineData("English", "", "", false, 15)]
    [InlineData("Polish", "Polish", "", false, 15)]
    [InlineData("Polish", "polish", "", false, 15)]
    [InlineData("Polish", "", "", false, 7.5)]
    [InlineData("", "", "Muslim", false, 11.3)]   // 15 × 0.75 = 11.25, rounded half away from zero
    [InlineData("", "", "Muslim", true, 7.5)]
    [InlineData("Arabic", "", "Muslim", true, 0)]
    public void Culture_LanguageAndReligion(string language, string spoken, string religion, bool required, double points)
    {
        var request = Request() with { FirstLanguage = language, Religion = religion, CulturalNeedsRequired = required };
        var candidate = Candidate() with { Languages = spoken.Length == 0 ? [] : [spoken], Religion = "Christian" };
        Assert.Equal(points, Factor(Score(request, candidate), MatchScorer.CultureFactor).Points);
    }

    [Theory]
    [InlineData(LivingAlongside.SoloPlacement, new int[0], 10)]
    [InlineData(LivingAlongside.SoloPlacement, new[] { 3 }, 0)]
    [InlineData(LivingAlongside.OnlyOlderChildren, new[] { 9, 12 }, 10)]
    [InlineData(LivingAlongside.OnlyOlderChildren, new[] { 8, 12 }, 5)]      // the same age is not older
    [InlineData(LivingAlongside.OnlyYoungerChildren, new[] { 2, 8 }, 5)]
    [InlineData(LivingAlongside.WithOtherChildren, new[] { 2, 8, 15 }, 10)]
    [InlineData(null, new[] { 2 }, 10)]
    public void OtherChildren_AgainstWhoTheChildCanLiveAlongside(LivingAlongside? alongside, int[] others, double points)
    {
        var result = Score(Request() with { LivingAlongside = alongside }, Candidate() with { OtherChildrenAges = others });
        Assert.Equal(points, Factor(result, MatchScorer.OtherChildrenFactor).Points);
    }

    [Fact]
    public void OtherChildren_SiblingGroup_UsesTheOldestAndYoungest()
    {
        var older = Score(Request([5, 9]) with { LivingAlongside = LivingAlongside.OnlyOlderChildren }, Candidate() with { VacantPlaces = 2, OtherChildrenAges = [7] });
        var younger = Score(Request([5, 9]) with { LivingAlongside = LivingAlongside.OnlyYoungerChildren }, Candidate() with { VacantPlaces = 2, OtherChildrenAges = [7] });
        Assert.Equal(0, Factor(older, MatchScorer.OtherChildrenFactor).Points);
        Assert.Equal(0, Factor(younger, MatchScorer.OtherChildrenFactor).Points);
    }

    [Theory]
    [InlineData(PetsTolerance.YesMust, true, 5)]
    [InlineData(PetsTolerance.YesMust, false, 0)]
    [InlineData(PetsTolerance.No, true, 0)]
    [InlineData(PetsTolerance.No, false, 5)]
    [InlineData(PetsTolerance.NotKnown, true, 2.5)]
    [InlineData(PetsTolerance.YesCan, true, 5)]
    [InlineData(null, true, 5)]
    public void Pets_AgainstTheChildsTolerance(PetsTolerance? pets, bool hasPets, double points) =>
        Assert.Equal(points, Factor(Score(Request() with { Pets = pets }, Candidate() with { HasPets = hasPets }), MatchScorer.PetsFactor).Points);

    [Theory]
    [InlineData(4, 0, 5)]      // too few endings to judge: half
    [InlineData(5, 0, 10)]
    [InlineData(10, 2, 5)]     // 20%: half of the way to the worst
    [InlineData(10, 4, 0)]     // 40%: the worst
    [InlineData(10, 9, 0)]
    public void Stability_UnplannedEndingRate(int endings, int unplanned, double points)
    {
        var result = Score(Request(), Candidate() with { EndingsCount = endings, UnplannedEndingsCount = unplanned });
        Assert.Equal(points, Factor(result, MatchScorer.StabilityFactor).Points);
    }

    [Theory]
    [InlineData(null, null, 10)]           // in-house: nothing to compare
    [InlineData(100_000L, null, 5)]        // spot: no framework price
    [InlineData(100_000L, 100_000L, 10)]   // at the price
    [InlineData(110_000L, 100_000L, 5)]    // 10% above
    [InlineData(120_000L, 100_000L, 0)]    // 20% above
    [InlineData(150_000L, 100_000L, 0)]
    [InlineData(90_000L, 100_000L, 10)]
    public void Price_OfferedFeeAgainstTheFrameworkPrice(long? offered, long? band, double points)
    {
        var candidate = Candidate() with
        {
            InHouse = offered is null, OfferedWeeklyFee = offered is { } o ? Money.FromPence(o) : null,
            FrameworkWeeklyPrice = band is { } b ? Money.FromPence(b) : null,
        };
        var factor = Factor(Score(Request(), candidate), MatchScorer.PriceFactor);
        Assert.Equal(points, factor.Points);
    }

    [Fact]
    public void Weights_ScalePoints_ZeroWeightGivesNothing()
    {
        var weights = MatchWeights.Create(100, 0, 0, 0, 0, 0, 0);
        var result = MatchScorer.Score(Request() with { SkillsNeeded = HouseholdSkills.SelfHarm | HouseholdSkills.Uasc }, Candidate() with { Skills = HouseholdSkills.Uasc }, weights);
        Assert.Equal(50, result.Total);
        Assert.All(result.Factors.Where(f => f.Name != MatchScorer.NeedsFactor), f => Assert.Equal(0, f.Points));
    }

    [Theory]
    [InlineData(30, 20, 15, 10, 5, 10, 9)]
    [InlineData(30, 20, 15, 10, 5, 10, 11)]
    [InlineData(-1, 21, 15, 10, 5, 10, 10)]
    public void Weights_MustBeNonNegativeAndSumToHundred(int a, int b, int c, int d, int e, int f, int g) =>
        Assert.Throws<DomainException>(() => MatchWeights.Create(a, b, c, d, e, f, g));

    [Fact]
    public void Weights_DefaultSumToHundred()
    {
        var w = MatchWeights.Default;
        Assert.Equal(100, w.Needs + w.Distance + w.LanguageAndCulture + w.OtherChildren + w.Pets + w.Stability + w.Price);
    }

    [Fact]
    public void Rank_BestFirst_ExcludedLeftOut_TiesByReference()
    {
        var candidates = new[]
        {
            Candidate() with { Reference = "B", Location = Chatham },
            Candidate() with { Reference = "C", VacantPlaces = 0 },
            Candidate() with { Reference = "A", Location = Chatham },
            Candidate() with { Reference = "D" },
        };
        var ranking = MatchScorer.Rank(Request(), candidates, MatchWeights.Default, take: 2);
        var ranked = ranking.Top;
        Assert.Equal(3, ranking.Passed);
        Assert.Equal(["D", "A"], ranked.Select(r => r.Candidate.Reference));
        Assert.All(ranked, r => Assert.Equal(7, r.Result.Factors.Count));
        Assert.Equal(["D", "A", "B"], MatchScorer.Rank(Request(), candidates, MatchWeights.Default, take: 10).Top.Select(r => r.Candidate.Reference));
        Assert.Empty(MatchScorer.Rank(Request(), candidates, MatchWeights.Default, take: 0).Top);
    }

    [Fact]
    public void Score_EmptyChildAges_Refused() =>
        Assert.Throws<ArgumentException>(() => Score(Request([]), Candidate()));
}
