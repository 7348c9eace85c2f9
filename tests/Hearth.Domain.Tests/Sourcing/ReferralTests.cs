using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using static Hearth.Domain.Tests.Common.TestDates;
using static Hearth.Domain.Tests.Sourcing.ChildRecordTests;

namespace Hearth.Domain.Tests.Sourcing;

public class ReferralTests
{
    private static readonly DateOnly Today = D("2026-03-31");
    private const int Author = 10;
    private const int Manager = 11;

    private static Child Kent(int id) => WithId(Child.Register(1, Details(caseReference: $"KCC-{id}"), Today), id);

    private static Referral Draft() => Referral.Start(1, [Kent(1)], Author, "Helen Marsh", Today);

    internal static Referral Complete(Referral referral, DateOnly today)
    {
        referral.SetTiming(PlacementUrgency.MoreThanFiveDays, today.AddDays(14), PlacementTypeSought.LongTerm, today);
        referral.SetNeeds("A calm home with a routine", CommunicationNeeds.No, CommunicationRequirements.None, "", false, CulturalNeeds.NotRequired, "");
        referral.SetLivingArrangements(LivingAlongside.OnlyYoungerChildren, PetsTolerance.YesCan, AdditionalSupport.NotApplicable, "", false);
        referral.SetRisks(RisksToSelf.GoingMissing, "", RisksToOthers.None, "");
        referral.SetLocation(true, 20, "me4, ME5", "Maidstone Primary", "Maidstone");
        return referral;
    }

    [Fact]
    public void Start_OneChild_IsADraftByTheAuthor()
    {
        var referral = Draft();
        Assert.Equal(ReferralStatus.Draft, referral.Status);
        Assert.Equal([1], referral.Children.Select(c => c.ChildId));
        Assert.Equal(Author, referral.AuthorUserId);
        Assert.Equal(Today, referral.CreatedOn);
    }

    [Fact]
    public void Start_SiblingGroup_KeepsEveryChild()
    {
        var referral = Referral.Start(1, [Kent(1), Kent(2), Kent(3)], Author, "Helen Marsh", Today);
        Assert.Equal([1, 2, 3], referral.Children.Select(c => c.ChildId));
    }

    [Fact]
    public void Start_SiblingGroupWithAChildOfAnotherAuthority_IsRefusedOnChildrenWithoutNamingIt()
    {
        var medway = WithId(Child.Register(2, Details(caseReference: "MED-9"), Today), 9);
        var e = Assert.Throws<DomainException>(() => Referral.Start(1, [Kent(1), medway], Author, "Helen Marsh", Today));
        Assert.Equal(nameof(Referral.Children), e.Field);
        // The other authority's child is never named (issue 12).
        Assert.Equal("A referral can only be for your own authority's children", e.Message);
        Assert.DoesNotContain("MED-9", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_NoChildren_IsRefused() =>
        Assert.Equal(nameof(Referral.Children), Assert.Throws<DomainException>(() => Referral.Start(1, [], Author, "A", Today)).Field);

    [Fact]
    public void Start_SameChildTwice_IsRefused()
    {
        var child = Kent(1);
        Assert.Throws<DomainException>(() => Referral.Start(1, [child, child], Author, "A", Today));
    }

    [Fact]
    public void Start_SixChildrenAccepted_SevenRefused()
    {
        Assert.Equal(6, Referral.Start(1, Enumerable.Range(1, 6).Select(Kent).ToList(), Author, "A", Today).Children.Count);
        Assert.Throws<DomainException>(() => Referral.Start(1, Enumerable.Range(1, 7).Select(Kent).ToList(), Author, "A", Today));
    }

    [Theory]
    [InlineData("2026-03-30")]
    [InlineData("2025-04-01")]
    public void SetTiming_DateInThePast_IsRefused(string date)
    {
        var e = Assert.Throws<DomainException>(() => Draft().SetTiming(null, D(date), PlacementTypeSought.Emergency, Today));
        Assert.Equal(nameof(Referral.NeededFrom), e.Field);
    }

    [Theory]
    [InlineData(PlacementUrgency.Today, "2026-03-31", true)]
    [InlineData(PlacementUrgency.Today, "2026-04-01", false)]
    [InlineData(PlacementUrgency.WithinFiveDays, "2026-04-01", true)]
    [InlineData(PlacementUrgency.WithinFiveDays, "2026-04-04", true)]
    [InlineData(PlacementUrgency.WithinFiveDays, "2026-04-05", false)]
    [InlineData(PlacementUrgency.MoreThanFiveDays, "2026-04-05", true)]
    [InlineData(PlacementUrgency.MoreThanFiveDays, "2026-04-04", false)]
    public void SetTiming_UrgencyMustAgreeWithTheDate(PlacementUrgency urgency, string date, bool accepted)
    {
        var referral = Draft();
        if (accepted)
        {
            referral.SetTiming(urgency, D(date), PlacementTypeSought.ShortTerm, Today);
            Assert.Equal(D(date), referral.NeededFrom);
        }
        else Assert.Equal(nameof(Referral.NeededFrom), Assert.Throws<DomainException>(() => referral.SetTiming(urgency, D(date), null, Today)).Field);
    }

    [Fact]
    public void UrgencyOf_LeapDayAndYearEnd()
    {
        Assert.Equal(PlacementUrgency.WithinFiveDays, Referral.UrgencyOf(D("2028-03-01"), D("2028-02-28")));
        Assert.Equal(PlacementUrgency.MoreThanFiveDays, Referral.UrgencyOf(D("2028-03-04"), D("2028-02-28")));
    }

    [Fact]
    public void MissingAnswers_NewDraft_ListsEveryRequiredField()
    {
        var fields = Draft().MissingAnswers().Select(m => m.Field).ToList();
        Assert.Equal([
            "Urgency", "NeededFrom", "PlacementType", "ChildNeeds", "CommunicationNeeds", "CommunicationRequirements", "HomeAdaptation",
            "CulturalNeeds", "LivingAlongside", "Pets", "RisksToSelf", "RisksToOthers", "StayInArea"], fields);
    }

    [Fact]
    public void Submit_MissingField_IsRefusedNamingIt()
    {
        var referral = Complete(Draft(), Today);
        referral.SetNeeds("", CommunicationNeeds.No, CommunicationRequirements.None, "", false, CulturalNeeds.NotRequired, "");
        var e = Assert.Throws<DomainException>(() => referral.Submit(Today));
        Assert.Equal(nameof(Referral.ChildNeeds), e.Field);
        Assert.Equal(ReferralStatus.Draft, referral.Status);
    }

    [Fact]
    public void Submit_CulturalNeedsRequiredWithoutDetails_IsRefused()
    {
        var referral = Complete(Draft(), Today);
        referral.SetNeeds("Needs", CommunicationNeeds.No, CommunicationRequirements.Other, "Uses Tigrinya", false, CulturalNeeds.Required, "");
        Assert.Equal(nameof(Referral.CulturalNeedsDetails), Assert.Throws<DomainException>(() => referral.Submit(Today)).Field);
    }

    [Fact]
    public void Submit_DateNowInThePast_IsRefused()
    {
        var referral = Complete(Draft(), Today);
        Assert.Equal(nameof(Referral.NeededFrom), Assert.Throws<DomainException>(() => referral.Submit(Today.AddDays(15))).Field);
    }

    [Fact]
    public void Submit_Complete_AwaitsSignOffAndLocksEditing()
    {
        var referral = Complete(Draft(), Today);
        referral.Submit(Today);

        Assert.Equal(ReferralStatus.AwaitingSignOff, referral.Status);
        Assert.Equal(Today, referral.SubmittedOn);
        Assert.Equal(nameof(Referral.Status), Assert.Throws<DomainException>(() => referral.SetRisks(null, "", null, "")).Field);
        Assert.Throws<DomainException>(() => referral.Submit(Today));
    }

    [Fact]
    public void SignOff_ByAnotherManager_Releases()
    {
        var referral = Complete(Draft(), Today);
        referral.Submit(Today);
        referral.SignOff(Manager, "Maria Kemp", Today);

        Assert.Equal(ReferralStatus.SignedOff, referral.Status);
        Assert.Equal((Manager, "Maria Kemp", Today), (referral.DecidedByUserId!.Value, referral.DecidedByName, referral.DecidedOn!.Value));
        Assert.Throws<DomainException>(() => referral.SetLocation(false, null, "", "", ""));
        Assert.Throws<DomainException>(() => referral.Return(Manager, "Maria Kemp", "late", Today));
    }

    [Fact]
    public void SignOff_ByTheAuthor_IsRefused()
    {
        var referral = Complete(Draft(), Today);
        referral.Submit(Today);
        var e = Assert.Throws<DomainException>(() => referral.SignOff(Author, "Helen Marsh", Today));
        Assert.Equal("Decision", e.Field);
        Assert.Equal(ReferralStatus.AwaitingSignOff, referral.Status);
    }

    [Fact]
    public void SignOff_Draft_IsRefused() =>
        Assert.Throws<DomainException>(() => Complete(Draft(), Today).SignOff(Manager, "M", Today));

    [Fact]
    public void Return_WithComments_AllowsEditingAndResubmission()
    {
        var referral = Complete(Draft(), Today);
        referral.Submit(Today);
        referral.Return(Manager, "Maria Kemp", "Say more about school", Today);

        Assert.Equal(ReferralStatus.Returned, referral.Status);
        Assert.Equal("Say more about school", referral.ReturnComments);
        referral.SetLocation(true, 10, "", "Maidstone Primary", "");
        referral.Submit(Today);
        Assert.Equal(ReferralStatus.AwaitingSignOff, referral.Status);
    }

    [Fact]
    public void Return_WithoutComments_IsRefused()
    {
        var referral = Complete(Draft(), Today);
        referral.Submit(Today);
        Assert.Equal(nameof(Referral.ReturnComments), Assert.Throws<DomainException>(() => referral.Return(Manager, "M", "  ", Today)).Field);
    }

    [Fact]
    public void Return_ByTheAuthor_IsRefused()
    {
        var referral = Complete(Draft(), Today);
        referral.Submit(Today);
        Assert.Throws<DomainException>(() => referral.Return(Author, "Helen Marsh", "x", Today));
    }

    [Fact]
    public void SetLocation_AreasToAvoid_NormalisedDistricts()
    {
        var referral = Complete(Draft(), Today);
        Assert.Equal("ME4 ME5", referral.AreasToAvoid);
        Assert.Equal(nameof(Referral.AreasToAvoid),
            Assert.Throws<DomainException>(() => referral.SetLocation(true, 5, "ME4 Chatham", "", "")).Field);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(500, true)]
    [InlineData(501, false)]
    public void SetLocation_MaximumDistanceEdges(int miles, bool accepted)
    {
        var referral = Draft();
        if (accepted) referral.SetLocation(true, miles, "", "", "");
        else Assert.Throws<DomainException>(() => referral.SetLocation(true, miles, "", "", ""));
    }

    [Fact]
    public void Text_AtMaximumLength_Accepted_OneMore_Refused()
    {
        var referral = Draft();
        referral.SetNeeds(new string('n', Referral.MaximumTextLength), null, null, null, null, null, null);
        Assert.Equal(nameof(Referral.ChildNeeds), Assert.Throws<DomainException>(() =>
            referral.SetNeeds(new string('n', Referral.MaximumTextLength + 1), null, null, null, null, null, null)).Field);
    }

    [Fact]
    public void EveryChange_AdvancesTheVersion()
    {
        var referral = Complete(Draft(), Today);
        Assert.Equal(5, referral.Version);
        referral.Submit(Today);
        Assert.Equal(6, referral.Version);
    }

    [Fact]
    public void PlacementsStandard_ParsesOptionsAndRefusesOthers()
    {
        Assert.Equal(PetsTolerance.YesMust, PlacementsStandard.Parse(PlacementsStandard.Pets, "yes - must", "pets"));
        Assert.Null(PlacementsStandard.Parse(PlacementsStandard.Pets, "", "pets"));
        Assert.Equal("PlacementRequirements.pets", Assert.Throws<DomainException>(() =>
            PlacementsStandard.Parse(PlacementsStandard.Pets, "Maybe", "PlacementRequirements.pets")).Field);
        Assert.True(PlacementsStandard.ParseRisk("Risk present", "r"));
        Assert.Throws<DomainException>(() => PlacementsStandard.ParseRisk("Some", "r"));
    }
}
