using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using static Hearth.Domain.Tests.Common.TestDates;
using static Hearth.Domain.Tests.Sourcing.ChildRecordTests;

namespace Hearth.Domain.Tests.Sourcing.CallOffs;

public class CallOffTests
{
    private static readonly DateOnly Today = D("2026-03-31");
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 9, 0, 0, TimeSpan.FromHours(1)); // 09:00 BST
    private static readonly IReadOnlySet<DateOnly> Holidays = EnglandAndWalesBankHolidays.All;
    private const int Broker = 20;

    private static Child Amelia() => WithId(Child.Register(1, Details(), Today), 1);

    private static Referral SignedOff(PlacementUrgency urgency = PlacementUrgency.MoreThanFiveDays, PlacementTypeSought type = PlacementTypeSought.LongTerm,
        string needs = "Amelia Smith needs a calm home near Maidstone Primary School; KCC-1 has contact at ME14 1XX on Saturdays.")
    {
        var r = Referral.Start(1, [Amelia()], 10, "Helen Marsh", Today);
        var from = urgency switch { PlacementUrgency.Today => Today, PlacementUrgency.WithinFiveDays => Today.AddDays(2), _ => Today.AddDays(14) };
        r.SetTiming(urgency, from, type, Today);
        r.SetNeeds(needs, CommunicationNeeds.No, CommunicationRequirements.None, "", false, CulturalNeeds.NotRequired, "");
        r.SetLivingArrangements(LivingAlongside.OnlyYoungerChildren, PetsTolerance.YesCan, AdditionalSupport.NotApplicable, "", false);
        r.SetRisks(RisksToSelf.GoingMissing, "", RisksToOthers.None, "");
        r.SetLocation(true, 20, "ME4", "Maidstone Primary", "");
        r.Submit(Today);
        r.SignOff(11, "Manager", Today);
        typeof(Referral).GetProperty(nameof(Referral.Id))!.SetValue(r, 7);
        return r;
    }

    private static Hearth.Domain.Procurement.Framework Framework(CallOffRule rule = CallOffRule.Broadcast)
    {
        var f = Hearth.Domain.Procurement.Framework.Establish("F", "Framework", ProcurementRegime.Pcr2015LightTouch, D("2022-04-01"), D("2027-03-31"), 1, [2], null);
        f.AdmitToLot(1, "Standard", PlacementCategory.Standard, 101, 2, [new BidPrice("CAT-1", 2, 900_00), new BidPrice("CAT-1", 1, 850_00)], "0, 5, 11, 16", D("2022-04-01"), null);
        f.AdmitToLot(1, "Standard", PlacementCategory.Standard, 102, 1, [new BidPrice("CAT-1", 2, 950_00)], "0, 5, 11, 16", D("2022-04-01"), null);
        f.AdmitToLot(1, "Standard", PlacementCategory.Standard, 103, 3, [], "0, 5, 11, 16", D("2022-04-01"), null);
        f.AdmitToLot(2, "Complex", PlacementCategory.ComplexNeeds, 101, 1, [], "0, 5, 11, 16", D("2022-04-01"), null);
        f.SetCallOffRule(rule);
        return f;
    }

    private static readonly EligibleProvider[] Members =
    [
        new(101, "Alder", 2, LotMembershipStatus.Active, OfstedGrade.Good),
        new(102, "Beech", 1, LotMembershipStatus.Active, OfstedGrade.Outstanding),
        new(103, "Cedar", 3, LotMembershipStatus.Active, null),
        new(104, "Damson", 4, LotMembershipStatus.Suspended, OfstedGrade.Good),
        new(105, "Elm", 5, LotMembershipStatus.Active, OfstedGrade.Inadequate),
    ];

    private static InHouseSearchOutcome[] Searched(Referral r) => [InHouseSearchOutcome.Record(r, InHouseSearchReason.NoCapacity, "", Broker, "B", Now)];

    private static CallOff Send(Referral? r = null, CallOffRule rule = CallOffRule.Broadcast, int lot = 1, string? reason = null)
    {
        r ??= SignedOff();
        return CallOff.Send(r, [Amelia()], Searched(r), Framework(rule), lot, reason, Members, ResponseDeadlines.Defaults(1), false, Broker, "B", Now, Today, Holidays);
    }

    private static OfferableHousehold Household(int owner = 101, int places = 1) => new(55, owner, "H-1", places);

    private static Offer OfferFrom(CallOff c, int provider, Money fee, DateTimeOffset? at = null, OfferableHousehold? h = null) =>
        c.SubmitOffer(provider, h ?? Household(provider), fee, Money.Zero, null, Today.AddDays(7), at ?? Now.AddHours(1), Today,
            Framework().LotMembers.First(m => m.ProviderId == provider && m.LotNumber == 1), [], Holidays);

    [Fact]
    public void Send_WithoutInHouseOutcome_IsRefused()
    {
        var r = SignedOff();
        var e = Assert.Throws<DomainException>(() => CallOff.Send(r, [Amelia()], [], Framework(), 1, null, Members, ResponseDeadlines.Defaults(1), false, Broker, "B", Now, Today, Holidays));
        Assert.Contains("in-house", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Send_Broadcast_AsksEveryEligibleProviderButNeverSuspendedOrInadequate()
    {
        var c = Send();
        Assert.Equal([102, 101, 103], c.Asked.Select(r => r.ProviderId));
        Assert.DoesNotContain(c.Recipients, r => r.ProviderId is 104 or 105);
        Assert.All(c.Asked, r => Assert.Equal(c.Asked.First().Deadline, r.Deadline));
    }

    [Fact]
    public void Send_AnotherLotWithoutReason_IsRefused() =>
        Assert.Equal(nameof(CallOff.LotChoiceReason), Assert.Throws<DomainException>(() => Send(lot: 2)).Field);

    [Fact]
    public void Send_Planned_DeadlineIsFiveWorkingDaysSkippingEasterAtTheSameLondonTime()
    {
        // Sent Tuesday 31 March 2026 09:00 BST; Good Friday 3 April and Easter Monday 6 April are bank holidays.
        var c = Send();
        Assert.Equal(new DateTimeOffset(2026, 4, 9, 8, 0, 0, TimeSpan.Zero), c.Asked.First().Deadline);
    }

    [Theory]
    [InlineData(PlacementUrgency.Today, PlacementTypeSought.LongTerm, 4)]
    [InlineData(PlacementUrgency.MoreThanFiveDays, PlacementTypeSought.Emergency, 4)]
    [InlineData(PlacementUrgency.WithinFiveDays, PlacementTypeSought.ShortTerm, 24)]
    public void Send_Urgent_DeadlineInHours(PlacementUrgency urgency, PlacementTypeSought type, int hours) =>
        Assert.Equal(Now.AddHours(hours), Send(SignedOff(urgency, type)).Asked.First().Deadline);

    [Fact]
    public void Cascade_AsksNextWhenTheFirstDeclinesOrItsDeadlinePasses()
    {
        var c = Send(rule: CallOffRule.Cascade);
        Assert.Equal([102], c.Asked.Select(r => r.ProviderId));
        var asked = c.Decline(102, DeclineReason.NoVacancy, "Full", Now.AddHours(1), Holidays);
        Assert.Equal(101, Assert.Single(asked).ProviderId);
        var deadline = c.RecipientFor(101)!.Deadline!.Value;
        var next = c.Advance(deadline.AddMinutes(1), Holidays);
        Assert.Equal(103, Assert.Single(next).ProviderId);
        Assert.Equal(RecipientStatus.Lapsed, c.RecipientFor(101)!.Status);
        Assert.Equal(deadline, c.RecipientFor(103)!.AskedAt);
    }

    [Fact]
    public void Offer_AfterTheDeadline_IsRefused()
    {
        var c = Send(SignedOff(PlacementUrgency.WithinFiveDays, PlacementTypeSought.ShortTerm));
        var e = Assert.Throws<DomainException>(() => OfferFrom(c, 101, Money.FromPounds(800m), Now.AddHours(24).AddSeconds(1)));
        Assert.Contains("deadline", e.Message, StringComparison.Ordinal);
        OfferFrom(c, 101, Money.FromPounds(800m), Now.AddHours(24)); // exactly at the deadline is still in time
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(2_000_001)]
    public void Offer_FeeOfZeroOrOverTwentyThousand_IsRefused(long pence) =>
        Assert.Equal(nameof(Offer.WeeklyFee), Assert.Throws<DomainException>(() => OfferFrom(Send(), 101, Money.FromPence(pence))).Field);

    [Fact]
    public void Offer_ExactlyTwentyThousand_IsAccepted() => Assert.NotNull(OfferFrom(Send(), 101, Money.FromPounds(20_000m)));

    [Fact]
    public void Offer_HouseholdWithoutPlacesForTheGroupOrNotItsOwn_IsRefused()
    {
        var c = Send();
        Assert.Equal(nameof(Offer.HouseholdId), Assert.Throws<DomainException>(() => OfferFrom(c, 101, Money.FromPounds(800m), h: Household(101, 0))).Field);
        Assert.Equal(nameof(Offer.HouseholdId), Assert.Throws<DomainException>(() => OfferFrom(c, 101, Money.FromPounds(800m), h: Household(102))).Field);
    }

    [Fact]
    public void Offer_AboveFrameworkPrice_IsFlaggedWithTheDifference()
    {
        // Amelia (born 14 March 2015) is 11 on 7 April 2026: band 11 to 15 (index 2), £900 for provider 101.
        var offer = OfferFrom(Send(), 101, Money.FromPounds(950.50m));
        Assert.Equal(Money.FromPounds(900m), offer.FrameworkWeeklyPrice);
        Assert.Equal(Money.FromPounds(50.50m), offer.DifferenceFromFramework);
        Assert.True(offer.IsAbovePrice);
        Assert.True(offer.NeedsManagerApproval);
    }

    [Fact]
    public void Offer_AboveThePrice_AwaitsApprovalUntilApproved_AndAgainOnceRevised()
    {
        var c = Send();
        var offer = OfferFrom(c, 101, Money.FromPounds(950.50m));
        Assert.True(offer.AwaitsApproval([]));
        Assert.Equal("OfferId", Assert.Throws<DomainException>(() => OfferApproval.Record(c, null, [], 7, "Manager", "Why", Now.AddHours(2))).Field);
        var approval = OfferApproval.Record(c, offer.Id, [], 7, "Manager", "Only household with a sibling place", Now.AddHours(2));
        Assert.False(offer.AwaitsApproval([approval]));
        var twice = Assert.Throws<DomainException>(() => OfferApproval.Record(c, offer.Id, [approval], 8, "Other manager", "Agree", Now.AddHours(2)));
        Assert.Equal("This offer is already approved as it stands: the broker can choose it", twice.Message);

        // A revised fee is not the offer that was approved: it waits again. An offer at the price never waits.
        var revised = OfferFrom(c, 101, Money.FromPounds(960m));
        Assert.Same(offer, revised);
        Assert.True(revised.AwaitsApproval([approval]));
        Assert.False(OfferFrom(c, 102, Money.FromPounds(800m)).AwaitsApproval([]));
    }

    [Fact]
    public void Offer_AtFrameworkPrice_NeedsNoApproval()
    {
        var offer = OfferFrom(Send(), 101, Money.FromPounds(900m));
        Assert.False(offer.IsAbovePrice);
        Assert.False(offer.NeedsManagerApproval);
    }

    [Fact]
    public void Offer_NoContractedPriceForTheBand_NeedsApproval()
    {
        var offer = OfferFrom(Send(), 103, Money.FromPounds(700m));
        Assert.Null(offer.FrameworkWeeklyPrice);
        Assert.True(offer.NeedsManagerApproval);
    }

    [Fact]
    public void Offer_ReviseThenWithdraw_KeepsOneOffer()
    {
        var c = Send();
        OfferFrom(c, 101, Money.FromPounds(950m));
        var revised = OfferFrom(c, 101, Money.FromPounds(900m));
        Assert.Single(c.Offers);
        Assert.NotNull(revised.RevisedAt);
        c.WithdrawOffer(101, Now.AddHours(2), Holidays);
        Assert.Equal(OfferStatus.Withdrawn, revised.Status);
    }

    [Fact]
    public void Decline_WithoutReasonOrText_IsRefused()
    {
        var c = Send();
        Assert.Equal(nameof(CallOffRecipient.DeclineReason), Assert.Throws<DomainException>(() => c.Decline(101, null, "x", Now, Holidays)).Field);
        Assert.Equal(nameof(CallOffRecipient.DeclineDetails), Assert.Throws<DomainException>(() => c.Decline(101, DeclineReason.Other, " ", Now, Holidays)).Field);
    }

    [Fact]
    public void AcceptOffer_ReleasesIdentityToTheChosenProviderOnly()
    {
        var c = Send();
        var chosen = OfferFrom(c, 101, Money.FromPounds(900m));
        typeof(Offer).GetProperty(nameof(Offer.Id))!.SetValue(chosen, 5);
        var other = OfferFrom(c, 102, Money.FromPounds(940m));
        typeof(Offer).GetProperty(nameof(Offer.Id))!.SetValue(other, 6);
        Assert.False(c.IsIdentityReleasedTo(101));
        c.AcceptOffer(5, managerApproved: false, Broker, "B", Now.AddHours(3));
        Assert.True(c.IsIdentityReleasedTo(101));
        Assert.False(c.IsIdentityReleasedTo(102));
        Assert.Equal(OfferStatus.Unsuccessful, other.Status);
    }

    [Fact]
    public void AcceptOffer_AbovePriceWithoutManagerApproval_IsRefused()
    {
        var c = Send();
        var offer = OfferFrom(c, 101, Money.FromPounds(1_000m));
        typeof(Offer).GetProperty(nameof(Offer.Id))!.SetValue(offer, 5);
        Assert.Throws<DomainException>(() => c.AcceptOffer(5, false, Broker, "B", Now));
        c.AcceptOffer(5, true, Broker, "B", Now);
        Assert.Equal(CallOffStatus.Accepted, c.Status);
    }

    [Fact]
    public void Profile_HasNoIdentityAndRedactsFreeText()
    {
        var p = Send().Profile;
        Assert.Equal(11, p.Children[0].AgeInYears);
        Assert.Equal("ME14", p.HomePostcodeDistrict);
        Assert.True(p.KeepCurrentSchool);
        var text = string.Join(" ", p.Texts());
        foreach (var identity in new[] { "Amelia", "Smith", "Maidstone Primary", "KCC-1", "ME14 1XX" })
            Assert.DoesNotContain(identity, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[name] needs a calm home near [school]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void InHouseOutcome_OtherNeedsText_OverrideOnlyForEmergency()
    {
        var r = SignedOff();
        Assert.Equal(nameof(InHouseSearchOutcome.Details), Assert.Throws<DomainException>(() => InHouseSearchOutcome.Record(r, InHouseSearchReason.Other, " ", 1, "B", Now)).Field);
        Assert.Equal(nameof(InHouseSearchOutcome.Reason), Assert.Throws<DomainException>(() => InHouseSearchOutcome.Override(r, "Urgent", 11, "M", Now)).Field);
        var emergency = InHouseSearchOutcome.Override(SignedOff(PlacementUrgency.Today), "Police protection tonight", 11, "M", Now);
        Assert.True(emergency.IsManagerOverride);
        Assert.True(InHouseSearchOutcome.AllowsExternalSearch([emergency]));
        Assert.False(InHouseSearchOutcome.AllowsExternalSearch([]));
    }

    [Fact]
    public void Advance_BroadcastPastEveryDeadline_LapsesTheUnansweredAndAsksNobody()
    {
        var c = Send();
        OfferFrom(c, 101, Money.FromPounds(800m));
        c.Decline(102, DeclineReason.NoVacancy, "Full", Now.AddHours(1), Holidays);
        var deadline = c.LatestDeadline!.Value;
        var version = c.Version;
        Assert.Empty(c.Advance(deadline, Holidays)); // at the deadline itself nothing lapses
        Assert.Equal(version, c.Version);
        Assert.Empty(c.Advance(deadline.AddSeconds(1), Holidays));
        Assert.Equal(RecipientStatus.Lapsed, c.RecipientFor(103)!.Status);
        Assert.Equal(RecipientStatus.Offered, c.RecipientFor(101)!.Status); // an offer stays on the table
        Assert.Equal(RecipientStatus.Declined, c.RecipientFor(102)!.Status);
        Assert.Equal(version + 1, c.Version);
        Assert.False(c.NoAnswersLeft);
        Assert.Empty(c.Advance(deadline.AddDays(1), Holidays));
        Assert.Equal(version + 1, c.Version); // nothing more to do: no change
    }

    [Fact]
    public void Advance_CascadeLastProviderLapses_NoAnswersLeftAndTheVersionMoves()
    {
        var c = Send(rule: CallOffRule.Cascade);
        c.Decline(102, DeclineReason.NoVacancy, "Full", Now.AddHours(1), Holidays);
        c.Decline(101, DeclineReason.NoVacancy, "Full", Now.AddHours(2), Holidays);
        Assert.False(c.NoAnswersLeft);
        var deadline = c.RecipientFor(103)!.Deadline!.Value;
        var version = c.Version;
        Assert.Empty(c.Advance(deadline.AddMinutes(1), Holidays));
        Assert.Equal(RecipientStatus.Lapsed, c.RecipientFor(103)!.Status);
        Assert.True(c.Version > version);
        Assert.True(c.NoAnswersLeft);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(24, 24, 20)]
    [InlineData(24, 120, 5)]
    public void ResponseDeadlines_Change_AcceptsTheEdges(int emergency, int urgent, int planned)
    {
        var d = ResponseDeadlines.Defaults(1);
        d.Change(emergency, urgent, planned);
        Assert.Equal((emergency, urgent, planned, 1), (d.EmergencyHours, d.UrgentHours, d.PlannedWorkingDays, d.Version));
    }

    [Theory]
    [InlineData(0, 24, 5, nameof(ResponseDeadlines.EmergencyHours))]
    [InlineData(25, 48, 5, nameof(ResponseDeadlines.EmergencyHours))]
    [InlineData(4, 0, 5, nameof(ResponseDeadlines.UrgentHours))]
    [InlineData(4, 121, 5, nameof(ResponseDeadlines.UrgentHours))]
    [InlineData(8, 6, 5, nameof(ResponseDeadlines.UrgentHours))]
    [InlineData(4, 24, 0, nameof(ResponseDeadlines.PlannedWorkingDays))]
    [InlineData(4, 24, 21, nameof(ResponseDeadlines.PlannedWorkingDays))]
    public void ResponseDeadlines_Change_OutOfRange_IsRefusedAndNothingChanges(int emergency, int urgent, int planned, string field)
    {
        var d = ResponseDeadlines.Defaults(1);
        var e = Assert.Throws<DomainException>(() => d.Change(emergency, urgent, planned));
        Assert.Equal(field, e.Field);
        Assert.Equal((4, 24, 5, 0), (d.EmergencyHours, d.UrgentHours, d.PlannedWorkingDays, d.Version));
    }
}
