using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement;

/// <summary>Which framework a call-off goes to when the authority is party to several (ADR 0017 addendum).</summary>
public class FrameworkCallOffRouteTests
{
    private static Hearth.Domain.Procurement.Framework Make(string reference, string start, string end, bool withMembers = true)
    {
        var framework = Hearth.Domain.Procurement.Framework.Establish(reference, reference, ProcurementRegime.Pcr2015LightTouch, D(start), D(end), 1, [2], 7);
        framework.AwardedFrom(3, Indexation.Firm);
        if (withMembers)
            framework.AdmitToLot(1, "Standard", PlacementCategory.Standard, 101, 1, [new BidPrice("CAT-1", 1, 900_00)], AgeBands.Default.LowerBoundsText, D(start), null);
        return framework;
    }

    [Fact]
    public void CallOffRoute_TwoInForce_IsTheEarliestStarted()
    {
        var established = Make("KM-2022", "2022-04-01", "2027-03-31");
        var newer = Make("KM-2026", "2026-11-01", "2030-10-31");

        Assert.Same(established, Hearth.Domain.Procurement.Framework.CallOffRoute([newer, established], D("2026-11-25")));
    }

    [Fact]
    public void CallOffRoute_OnItsFirstAndLastDays_IsInForce()
    {
        var framework = Make("KM-2022", "2022-04-01", "2026-03-31");

        Assert.Same(framework, Hearth.Domain.Procurement.Framework.CallOffRoute([framework], D("2022-04-01")));
        Assert.Same(framework, Hearth.Domain.Procurement.Framework.CallOffRoute([framework], D("2026-03-31")));
        Assert.Null(Hearth.Domain.Procurement.Framework.CallOffRoute([framework], D("2022-03-31")));
        Assert.Null(Hearth.Domain.Procurement.Framework.CallOffRoute([framework], D("2026-04-01")));
    }

    [Fact]
    public void CallOffRoute_EndedOrWithoutMembers_IsSkipped()
    {
        var ended = Make("KM-2018", "2018-04-01", "2022-03-31");
        var empty = Make("KM-EMPTY", "2020-04-01", "2030-03-31", withMembers: false);
        var live = Make("KM-2022", "2022-04-01", "2027-03-31");

        Assert.Same(live, Hearth.Domain.Procurement.Framework.CallOffRoute([ended, empty, live], D("2026-11-25")));
        Assert.Null(Hearth.Domain.Procurement.Framework.CallOffRoute([ended, empty], D("2026-11-25")));
        Assert.Null(Hearth.Domain.Procurement.Framework.CallOffRoute([], D("2026-11-25")));
    }

    // The broker's choice of framework (ADR 0017, second addendum). Make's frameworks: authority 1 leads, 2 is a party.

    [Fact]
    public void EnsureCanTakeCallOff_NotYetStarted_IsRefusedOnFrameworkId()
    {
        var framework = Make("KM-2026", "2026-11-26", "2030-11-25");

        var e = Assert.Throws<DomainException>(() => framework.EnsureCanTakeCallOff(2, 1, D("2026-11-25")));

        Assert.Equal("FrameworkId", e.Field);
        Assert.Contains("starts on 26 November 2026", e.Message, StringComparison.Ordinal);
        framework.EnsureCanTakeCallOff(2, 1, D("2026-11-26")); // its first day
    }

    [Fact]
    public void EnsureCanTakeCallOff_EndedYesterday_IsRefused_EndsToday_IsAllowed()
    {
        var framework = Make("KM-2022", "2022-04-01", "2027-03-31");

        framework.EnsureCanTakeCallOff(1, 1, D("2027-03-31"));
        var e = Assert.Throws<DomainException>(() => framework.EnsureCanTakeCallOff(1, 1, D("2027-04-01")));

        Assert.Equal("FrameworkId", e.Field);
        Assert.Contains("ended on 31 March 2027", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureCanTakeCallOff_AuthorityNotAParty_IsRefused()
    {
        var framework = Make("KM-2022", "2022-04-01", "2027-03-31");

        var e = Assert.Throws<DomainException>(() => framework.EnsureCanTakeCallOff(3, 1, D("2026-11-25")));

        Assert.Equal("FrameworkId", e.Field);
        Assert.Contains("not a party", e.Message, StringComparison.Ordinal);
        Assert.True(framework.HasParty(1));
        Assert.True(framework.HasParty(2));
    }

    [Fact]
    public void EnsureCanTakeCallOff_NoMembersOnTheLotOrAtAll_IsRefused()
    {
        var framework = Make("KM-2022", "2022-04-01", "2027-03-31");
        var empty = Make("KM-EMPTY", "2022-04-01", "2027-03-31", withMembers: false);

        Assert.Equal("FrameworkId", Assert.Throws<DomainException>(() => framework.EnsureCanTakeCallOff(1, 2, D("2026-11-25"))).Field);
        Assert.Equal("FrameworkId", Assert.Throws<DomainException>(() => empty.EnsureCanTakeCallOff(1, null, D("2026-11-25"))).Field);
        framework.EnsureCanTakeCallOff(1, null, D("2026-11-25"));
    }

    [Fact]
    public void ForCallOff_WithoutAChoice_IsTheCallOffRouteAmongTheAuthoritysFrameworks_AndAnUnknownIdIsRefused()
    {
        var established = Make("KM-2022", "2022-04-01", "2027-03-31");
        var newer = Make("KM-2026", "2026-11-01", "2030-10-31");

        Assert.Same(established, Hearth.Domain.Procurement.Framework.ForCallOff([newer, established], null, 2, 1, D("2026-11-25")));
        Assert.Null(Hearth.Domain.Procurement.Framework.ForCallOff([newer, established], null, 3, 1, D("2026-11-25")));
        var e = Assert.Throws<DomainException>(() => Hearth.Domain.Procurement.Framework.ForCallOff([newer, established], 999, 2, 1, D("2026-11-25")));
        Assert.Equal("FrameworkId", e.Field);
    }

    [Fact]
    public void CallOffChoices_AreTheFrameworksInForceWithMembers_TheRouteFirst()
    {
        var ended = Make("KM-2018", "2018-04-01", "2022-03-31");
        var established = Make("KM-2022", "2022-04-01", "2027-03-31");
        var newer = Make("KM-2026", "2026-11-01", "2030-10-31");
        var empty = Make("KM-EMPTY", "2020-04-01", "2030-03-31", withMembers: false);

        var choices = Hearth.Domain.Procurement.Framework.CallOffChoices([newer, empty, ended, established], D("2026-11-25"));

        Assert.Equal([established, newer], choices);
        Assert.Same(Hearth.Domain.Procurement.Framework.CallOffRoute([newer, empty, ended, established], D("2026-11-25")), choices[0]);
    }
}
