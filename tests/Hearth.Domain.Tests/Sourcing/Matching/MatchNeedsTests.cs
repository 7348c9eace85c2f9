using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Matching;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Sourcing.Matching;

public class MatchNeedsTests
{
    private static Child NewChild(bool disabled = false, bool uasc = false, string dob = "2016-04-01") =>
        Child.Register(1, new ChildDetails("KCC1", "Sam", "Test", D(dob), "M", "WBRI", "Muslim", "Arabic", disabled, uasc, "C2", "ME14 1XX", "Oakwood School, ME16 8AA"), D("2026-04-01"));

    private static Referral NewReferral(Child child)
    {
        var referral = Referral.Start(1, [child], 7, "Writer", D("2026-04-01"));
        referral.SetTiming(PlacementUrgency.MoreThanFiveDays, D("2026-04-10"), PlacementTypeSought.ShortTerm, D("2026-04-01"));
        return referral;
    }

    [Fact]
    public void SkillsNeeded_NoNeeds_None() => Assert.Equal(HouseholdSkills.None, MatchNeeds.SkillsNeeded(NewReferral(NewChild()), [NewChild()]));

    [Fact]
    public void SkillsNeeded_MapsEachField()
    {
        var child = NewChild(disabled: true, uasc: true);
        var referral = NewReferral(child);
        referral.SetNeeds("Needs", CommunicationNeeds.Yes, CommunicationRequirements.Makaton, "", false, CulturalNeeds.Required, "Halal food");
        referral.SetLivingArrangements(LivingAlongside.SoloPlacement, PetsTolerance.No, AdditionalSupport.TherapeuticSupport, "", false);
        referral.SetRisks(RisksToSelf.SelfHarm | RisksToSelf.SexualExploitation | RisksToSelf.GoingMissing | RisksToSelf.DrugAndAlcoholUse | RisksToSelf.EatingDisorder, "",
            RisksToOthers.FireSetting | RisksToOthers.SexualHarm, "");
        Assert.Equal(HouseholdSkill.Every & ~HouseholdSkills.ParentAndChild, MatchNeeds.SkillsNeeded(referral, [child]));
    }

    [Theory]
    [InlineData("Oakwood School, ME16 8AA", "ME16")]
    [InlineData("St Mary's, TN1", "TN1")]
    [InlineData("Oakwood School", "")]
    [InlineData("", "")]
    public void SchoolDistrict_TrailingPostcode(string school, string district) => Assert.Equal(district, MatchNeeds.SchoolDistrict(school));

    [Fact]
    public void RequestFor_AgesOnTheDateNeeded_HomeAndSchoolLocated()
    {
        var child = NewChild(dob: "2016-04-05"); // 9 on 1 April 2026, 10 by the 10th
        var request = MatchNeeds.RequestFor(NewReferral(child), [child],
            d => d == "ME14" ? new GeoPoint(51.27, 0.53) : d == "ME16" ? new GeoPoint(51.27, 0.49) : null, D("2026-04-01"));
        Assert.Equal([10], request.ChildAges);
        Assert.NotNull(request.Home);
        Assert.NotNull(request.School);
        Assert.Equal("Arabic", request.FirstLanguage);
        Assert.Equal(PlacementTypeSought.ShortTerm, request.PlacementType);
    }
}
