using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement;

public class FrameworkTests
{
    private const int Kent = 1;
    private const int Medway = 2;
    private const string DirectAward = "Direct award on existing terms and conditions";
    private const string AlignToYear = "Align the new framework to financial years";

    private static Framework Establish(string start, string end, int lead = Kent, params int[] others) =>
        Framework.Establish("KCC-IFA-2018", "Independent Fostering Agencies", ProcurementRegime.Pcr2015LightTouch,
            D(start), D(end), lead, others, keyDecisionId: 17);

    /// <summary>The seed: the 2018 joint Kent and Medway framework, 1 February 2018 to 31 January 2022.</summary>
    private static Framework Seed() => Establish("2018-02-01", "2022-01-31", Kent, Medway);

    // ---- Establish ----------------------------------------------------------------------------------------------

    [Fact]
    public void Establish_ValidInput_SetsTermAndNoMembers()
    {
        var framework = Framework.Establish("  KCC-IFA-2018 ", " Independent Fostering Agencies ",
            ProcurementRegime.Pcr2015LightTouch, D("2018-02-01"), D("2022-01-31"), Kent, [Medway], keyDecisionId: 17);

        Assert.Equal("KCC-IFA-2018", framework.Reference);
        Assert.Equal("Independent Fostering Agencies", framework.Title);
        Assert.Equal(ProcurementRegime.Pcr2015LightTouch, framework.Regime);
        Assert.Equal(D("2018-02-01"), framework.StartDate);
        Assert.Equal(D("2022-01-31"), framework.OriginalEndDate);
        Assert.Equal(D("2022-01-31"), framework.EndDate);
        Assert.Equal(17, framework.KeyDecisionId);
        Assert.Empty(framework.Members);
        Assert.Empty(framework.Extensions);
        Assert.Equal(0, framework.Version);
    }

    [Fact]
    public void Establish_EndBeforeStart_ThrowsOnEndDate()
    {
        var exception = Assert.Throws<DomainException>(() => Establish("2018-02-01", "2018-01-31"));

        Assert.Equal(nameof(Framework.EndDate), exception.Field);
        Assert.Equal("The end date must be on or after the start date", exception.Message);
    }

    [Fact]
    public void Establish_EndOnStartDay_IsAcceptedAndLiveForThatDay()
    {
        var framework = Establish("2025-04-01", "2025-04-01");

        Assert.True(framework.IsLiveOn(D("2025-04-01")));
        Assert.False(framework.IsLiveOn(D("2025-03-31")));
        Assert.False(framework.IsLiveOn(D("2025-04-02")));
    }

    [Fact]
    public void Establish_LeadAndOtherParty_LeadIsFirstAndOnlyLead()
    {
        var framework = Seed();

        Assert.Collection(framework.Parties,
            p => { Assert.Equal(Kent, p.AuthorityId); Assert.True(p.IsLead); },
            p => { Assert.Equal(Medway, p.AuthorityId); Assert.False(p.IsLead); });
        Assert.Equal(Kent, framework.LeadAuthorityId);
    }

    [Fact]
    public void Establish_NoOtherParties_LeadIsTheOnlyParty()
    {
        var framework = Establish("2025-04-01", "2029-03-31", lead: 5);

        var party = Assert.Single(framework.Parties);
        Assert.Equal(5, party.AuthorityId);
        Assert.True(party.IsLead);
        Assert.Equal(5, framework.LeadAuthorityId);
    }

    [Fact]
    public void Establish_DuplicateAndLeadIdsAmongOthers_AreDeduplicated()
    {
        var framework = Establish("2025-04-01", "2029-03-31", Kent, Medway, Kent, 3, Medway, 3, Kent);

        Assert.Equal([Kent, Medway, 3], framework.Parties.Select(p => p.AuthorityId));
        Assert.Single(framework.Parties, p => p.IsLead);
        Assert.Equal(Kent, framework.LeadAuthorityId);
    }

    [Fact]
    public void Establish_LeadIsNotTheLowestId_LeadAuthorityIdIsTheLead()
    {
        var framework = Establish("2025-04-01", "2029-03-31", Medway, Kent);

        Assert.Equal(Medway, framework.LeadAuthorityId);
        Assert.Equal([Medway, Kent], framework.Parties.Select(p => p.AuthorityId));
    }

    [Theory]
    [InlineData("", "Title", "Reference")]
    [InlineData("   ", "Title", "Reference")]
    [InlineData(null, "Title", "Reference")]
    [InlineData("12345678901234567890123456789012345678901", "Title", "Reference")] // 41 characters
    [InlineData("KCC-IFA-2018", "", "Title")]
    [InlineData("KCC-IFA-2018", null, "Title")]
    public void Establish_MissingOrTooLongText_ThrowsOnThatField(string? reference, string? title, string field)
    {
        var exception = Assert.Throws<DomainException>(() => Framework.Establish(reference!, title!,
            ProcurementRegime.Pcr2015LightTouch, D("2018-02-01"), D("2022-01-31"), Kent, [], null));

        Assert.Equal(field, exception.Field);
    }

    [Fact]
    public void Establish_TextAtMaximumLengths_IsAccepted()
    {
        var framework = Framework.Establish(new string('r', 40), new string('t', 300),
            ProcurementRegime.Pa2023OpenFramework, D("2025-04-01"), D("2029-03-31"), Kent, [], null);

        Assert.Equal(40, framework.Reference.Length);
        Assert.Equal(300, framework.Title.Length);
        Assert.Null(framework.KeyDecisionId);
    }

    [Fact]
    public void Establish_TitleOf301Characters_ThrowsOnTitle()
    {
        var exception = Assert.Throws<DomainException>(() => Framework.Establish("KCC-IFA-2018", new string('t', 301),
            ProcurementRegime.Pcr2015LightTouch, D("2018-02-01"), D("2022-01-31"), Kent, [], null));

        Assert.Equal(nameof(Framework.Title), exception.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Establish_UndefinedRegime_ThrowsOnRegime(int regime)
    {
        var exception = Assert.Throws<DomainException>(() => Framework.Establish("KCC-IFA-2018", "Title",
            (ProcurementRegime)regime, D("2018-02-01"), D("2022-01-31"), Kent, [], null));

        Assert.Equal(nameof(Framework.Regime), exception.Field);
    }

    // ---- IsLiveOn -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2018-01-31", false)]
    [InlineData("2018-02-01", true)]
    [InlineData("2020-02-29", true)]
    [InlineData("2022-01-31", true)] // the end date is inclusive
    [InlineData("2022-02-01", false)]
    public void IsLiveOn_Date_IsTrueFromStartToEndInclusive(string date, bool expected)
    {
        Assert.Equal(expected, Seed().IsLiveOn(D(date)));
    }

    // ---- Admit --------------------------------------------------------------------------------------------------

    [Fact]
    public void Admit_OnFirstDay_AddsMemberAndIncrementsVersion()
    {
        var framework = Seed();

        framework.Admit(42, D("2018-02-01"));

        var member = Assert.Single(framework.Members);
        Assert.Equal(42, member.ProviderId);
        Assert.Equal(D("2018-02-01"), member.JoinedOn);
        Assert.Equal(1, framework.Version);
    }

    [Fact]
    public void Admit_OnLastDay_IsAccepted()
    {
        var framework = Seed();

        framework.Admit(42, D("2022-01-31"));

        Assert.Equal(D("2022-01-31"), Assert.Single(framework.Members).JoinedOn);
    }

    [Theory]
    [InlineData("2018-01-31")]
    [InlineData("2022-02-01")]
    [InlineData("2030-01-01")]
    public void Admit_OutsideTerm_ThrowsOnJoinedOn(string joinedOn)
    {
        var framework = Seed();

        var exception = Assert.Throws<DomainException>(() => framework.Admit(42, D(joinedOn)));

        Assert.Equal("JoinedOn", exception.Field);
        Assert.Equal("A provider can only join while the framework is in force", exception.Message);
        Assert.Empty(framework.Members);
        Assert.Equal(0, framework.Version);
    }

    [Fact]
    public void Admit_SameProviderTwice_ThrowsOnProviderId()
    {
        var framework = Seed();
        framework.Admit(42, D("2018-02-01"));

        var exception = Assert.Throws<DomainException>(() => framework.Admit(42, D("2019-06-01")));

        Assert.Equal("ProviderId", exception.Field);
        Assert.Equal("The provider is already a member of this framework", exception.Message);
        Assert.Single(framework.Members);
        Assert.Equal(1, framework.Version);
    }

    [Fact]
    public void Admit_DifferentProviders_AreAllMembersInOrder()
    {
        var framework = Seed();

        framework.Admit(42, D("2018-02-01"));
        framework.Admit(43, D("2018-02-01"));
        framework.Admit(44, D("2020-09-15"));

        Assert.Equal([42, 43, 44], framework.Members.Select(m => m.ProviderId));
        Assert.Equal(3, framework.Version);
    }

    [Fact]
    public void Admit_InExtendedTerm_IsAccepted()
    {
        var framework = Seed();
        framework.Extend(D("2022-03-31"), 18, DirectAward, AlignToYear);

        framework.Admit(42, D("2022-03-31"));

        Assert.Single(framework.Members);
    }

    // ---- Extend -------------------------------------------------------------------------------------------------

    [Fact]
    public void Extend_SeedDirectAwardTo31March2022_MovesEndAndRecordsExtension()
    {
        var framework = Seed();

        var extension = framework.Extend(D("2022-03-31"), 18, "  " + DirectAward + " ", " " + AlignToYear + "  ");

        Assert.Equal(D("2022-03-31"), framework.EndDate);
        Assert.Equal(D("2022-01-31"), framework.OriginalEndDate);
        Assert.Same(extension, Assert.Single(framework.Extensions));
        Assert.Equal(D("2022-01-31"), extension.PreviousEndDate);
        Assert.Equal(D("2022-03-31"), extension.NewEndDate);
        Assert.Equal(18, extension.KeyDecisionId);
        Assert.Equal(DirectAward, extension.Route);
        Assert.Equal(AlignToYear, extension.Reason);
        Assert.Equal(1, framework.Version);
        Assert.True(framework.IsLiveOn(D("2022-02-01")));
        Assert.True(framework.IsLiveOn(D("2022-03-31")));
        Assert.False(framework.IsLiveOn(D("2022-04-01")));
    }

    [Theory]
    [InlineData("2022-01-31")] // the current end
    [InlineData("2022-01-30")]
    [InlineData("2018-02-01")]
    public void Extend_NewEndNotAfterCurrentEnd_ThrowsOnNewEndDate(string newEnd)
    {
        var framework = Seed();

        var exception = Assert.Throws<DomainException>(() => framework.Extend(D(newEnd), 18, DirectAward, AlignToYear));

        Assert.Equal("NewEndDate", exception.Field);
        Assert.Equal("The new end date must be after the current end date, 31 January 2022", exception.Message);
        Assert.Equal(D("2022-01-31"), framework.EndDate);
        Assert.Empty(framework.Extensions);
        Assert.Equal(0, framework.Version);
    }

    [Fact]
    public void Extend_ByOneDay_IsAccepted()
    {
        var framework = Seed();

        framework.Extend(D("2022-02-01"), 18, DirectAward, AlignToYear);

        Assert.Equal(D("2022-02-01"), framework.EndDate);
    }

    [Theory]
    [InlineData(null, AlignToYear, "Route")]
    [InlineData("", AlignToYear, "Route")]
    [InlineData("   ", AlignToYear, "Route")]
    [InlineData(DirectAward, null, "Reason")]
    [InlineData(DirectAward, "", "Reason")]
    [InlineData(DirectAward, " \t ", "Reason")]
    public void Extend_MissingRouteOrReason_ThrowsAndLeavesEndUnchanged(string? route, string? reason, string field)
    {
        var framework = Seed();

        var exception = Assert.Throws<DomainException>(() => framework.Extend(D("2022-03-31"), 18, route!, reason!));

        Assert.Equal(field, exception.Field);
        Assert.Equal(D("2022-01-31"), framework.EndDate);
        Assert.Empty(framework.Extensions);
    }

    [Fact]
    public void Extend_Twice_SecondRecordsFirstExtensionsEndAsPrevious()
    {
        var framework = Seed();

        framework.Extend(D("2022-03-31"), 18, DirectAward, AlignToYear);
        framework.Extend(D("2022-06-30"), 19, DirectAward, "Tender delayed");

        Assert.Collection(framework.Extensions,
            e => { Assert.Equal(D("2022-01-31"), e.PreviousEndDate); Assert.Equal(D("2022-03-31"), e.NewEndDate); },
            e => { Assert.Equal(D("2022-03-31"), e.PreviousEndDate); Assert.Equal(D("2022-06-30"), e.NewEndDate); });
        Assert.Equal(D("2022-06-30"), framework.EndDate);
        Assert.Equal(D("2022-01-31"), framework.OriginalEndDate);
        Assert.Equal(2, framework.Version);
    }

    [Fact]
    public void Extend_AfterOriginalButNotAfterExtendedEnd_Throws()
    {
        var framework = Seed();
        framework.Extend(D("2022-03-31"), 18, DirectAward, AlignToYear);

        var exception = Assert.Throws<DomainException>(
            () => framework.Extend(D("2022-03-15"), 19, DirectAward, "Shorter"));

        Assert.Equal("NewEndDate", exception.Field);
        Assert.Equal("The new end date must be after the current end date, 31 March 2022", exception.Message);
        Assert.Single(framework.Extensions);
    }

    // ---- ExpiryAlert --------------------------------------------------------------------------------------------

    [Fact]
    public void ExpiryAlertMonths_Always_AreNineSixAndThree()
    {
        Assert.Equal([9, 6, 3], Framework.ExpiryAlertMonths);
    }

    // The rule: the tightest m of 9, 6, 3 with endDate <= today.AddMonths(m); null once the end date has passed.
    [Theory]
    [InlineData("2022-03-15", "2021-06-14", null)] // 9 months and a day before: no alert yet
    [InlineData("2022-03-15", "2021-06-15", 9)] // exactly 9 months before
    [InlineData("2022-03-15", "2021-09-14", 9)] // 6 months and a day
    [InlineData("2022-03-15", "2021-09-15", 6)] // exactly 6 months
    [InlineData("2022-03-15", "2021-12-14", 6)] // 3 months and a day
    [InlineData("2022-03-15", "2021-12-15", 3)] // exactly 3 months
    [InlineData("2022-03-15", "2022-03-14", 3)]
    [InlineData("2022-03-15", "2022-03-15", 3)] // ends today: still in force, so still alerted
    [InlineData("2022-03-15", "2022-03-16", null)] // ended yesterday
    [InlineData("2022-03-15", "2025-01-01", null)]
    [InlineData("2029-03-31", "2025-04-01", null)] // years away
    public void ExpiryAlert_DaysAroundEachThreshold_IsTightestThreshold(string end, string today, int? expected)
    {
        Assert.Equal(expected, Framework.ExpiryAlert(D(end), D(today)));
    }

    // Month ends: each alert starts on end.AddMonths(-m), which DateOnly clamps to the last day of a shorter month, so an
    // end on 31 March alerts from 30 June (9), 30 September (6) and 31 December (3).
    [Theory]
    [InlineData("2022-03-31", "2021-06-29", null)]
    [InlineData("2022-03-31", "2021-06-30", 9)] // 31 March - 9 months = 30 June
    [InlineData("2022-03-31", "2021-09-29", 9)]
    [InlineData("2022-03-31", "2021-09-30", 6)] // 31 March - 6 months = 30 September
    [InlineData("2022-03-31", "2021-12-30", 6)]
    [InlineData("2022-03-31", "2021-12-31", 3)] // 31 March - 3 months = 31 December
    [InlineData("2024-05-31", "2024-02-28", 6)]
    [InlineData("2024-05-31", "2024-02-29", 3)] // leap year: 31 May - 3 months = 29 February
    [InlineData("2023-05-31", "2023-02-27", 6)]
    [InlineData("2023-05-31", "2023-02-28", 3)] // common year: 31 May - 3 months = 28 February
    [InlineData("2023-02-28", "2022-11-27", 6)]
    [InlineData("2023-02-28", "2022-11-28", 3)]
    [InlineData("2024-02-29", "2023-11-28", 6)]
    [InlineData("2024-02-29", "2023-11-29", 3)] // ends on a leap day
    [InlineData("2024-08-31", "2023-11-29", null)]
    [InlineData("2024-08-31", "2023-11-30", 9)] // 31 August - 9 months = 30 November
    public void ExpiryAlert_MonthEnds_AlertFromTheClampedDateMonthsBefore(string end, string today, int? expected)
    {
        Assert.Equal(expected, Framework.ExpiryAlert(D(end), D(today)));
    }

    [Fact]
    public void AddMonths_LateInMonth_KeepsDayOrClampsToShorterMonth()
    {
        Assert.Equal(D("2024-05-29"), D("2024-02-29").AddMonths(3));
        Assert.Equal(D("2022-02-28"), D("2021-11-30").AddMonths(3));
        Assert.Equal(D("2022-03-30"), D("2021-06-30").AddMonths(9));
    }

    [Theory]
    [InlineData("2022-01-31")]
    [InlineData("2022-03-31")]
    [InlineData("2024-02-29")]
    [InlineData("2024-05-31")]
    [InlineData("2025-08-31")]
    [InlineData("2025-12-31")]
    public void ExpiryAlert_EachDayUpToTheEnd_OnlyEverTightensThenStops(string end)
    {
        var endDate = D(end);
        int? previous = null;
        for (var today = endDate.AddDays(-400); today <= endDate; today = today.AddDays(1))
        {
            var alert = Framework.ExpiryAlert(endDate, today);

            // null, then 9, then 6, then 3: never loosens and never skips back.
            Assert.True(Rank(alert) >= Rank(previous), $"{today:yyyy-MM-dd}: {previous} then {alert}");
            previous = alert;
        }

        Assert.Equal(3, previous);
        Assert.Null(Framework.ExpiryAlert(endDate, endDate.AddDays(1)));

        static int Rank(int? alert) => alert switch { null => 0, 9 => 1, 6 => 2, 3 => 3, _ => -1 };
    }

    [Fact]
    public void ExpiryAlert_SeedExtended_AlertsAgainstNewEnd()
    {
        var framework = Seed();
        Assert.Equal(3, Framework.ExpiryAlert(framework.EndDate, D("2022-01-15")));

        framework.Extend(D("2022-03-31"), 18, DirectAward, AlignToYear);

        Assert.Equal(3, Framework.ExpiryAlert(framework.EndDate, D("2022-02-01")));
        Assert.Equal(3, Framework.ExpiryAlert(framework.EndDate, D("2022-03-31")));
        Assert.Null(Framework.ExpiryAlert(framework.EndDate, D("2022-04-01")));
    }

    [Fact]
    public void Lot_status_changes_need_a_reason_removal_needs_a_decision_and_a_refused_change_leaves_the_version()
    {
        var framework = Framework.Establish("F", "Framework", ProcurementRegime.Pcr2015LightTouch, D("2022-04-01"), D("2026-03-31"), Kent, [Medway], null);
        var member = framework.AdmitToLot(1, "Standard", Hearth.Domain.Placements.PlacementCategory.Standard, 42, 1,
            [new Hearth.Domain.Procurement.Tendering.BidPrice("CAT-1", 0, 800_00)], "0, 5, 11, 16", D("2022-04-01"), null);
        var version = framework.Version;

        Assert.Equal("DecisionId", Assert.Throws<DomainException>(() => framework.Remove(member.Id, "Breach", null, D("2023-01-05"))).Field);
        Assert.Equal("Reason", Assert.Throws<DomainException>(() => framework.Suspend(member.Id, " ", null, D("2023-01-05"))).Field);
        Assert.Equal("Status", Assert.Throws<DomainException>(() => framework.Reinstate(member.Id, "Already active", null, D("2023-01-05"))).Field);
        Assert.Equal(version, framework.Version);

        framework.Suspend(member.Id, "Ofsted concern", null, D("2023-01-05"));
        Assert.Equal(LotMembershipStatus.Suspended, member.Status);
        Assert.Equal(version + 1, framework.Version);
        framework.Remove(member.Id, "Breach of contract", 7, D("2023-02-01"));
        Assert.Equal(LotMembershipStatus.Removed, member.Status);
        Assert.Equal("Status", Assert.Throws<DomainException>(() => framework.Reinstate(member.Id, "Back", 7, D("2023-03-01"))).Field);
        Assert.Equal(Money.FromPence(800_00), member.TenderedPrice("CAT-1", 4));
        Assert.Null(member.TenderedPrice("CAT-1", 5));
        Assert.Null(member.TenderedPrice("CAT-1", 18));
    }
}
