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
}
