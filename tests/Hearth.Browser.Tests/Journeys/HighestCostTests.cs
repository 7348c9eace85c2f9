using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>A Kent commissioner goes from the spend report to the highest-cost placements and on to one of them.</summary>
public sealed class HighestCostTests(HearthBrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task HighestCost_FromSpend_ToAPlacement_AxeClean()
    {
        var commissioner = DemoData.SignIns.First(s => s.Organisation == DemoData.KentName && s.Role == Roles.Commissioner);
        await SignInAsync(commissioner.Email, DemoData.DemoPassword);
        await OpenFinanceAsync("Spend by financial year");
        await ExpectAxeCleanAsync();
        await Link("highest-cost placements").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Highest-cost placements");
        await Expect(Page.Locator("#highest-cost tbody tr")).ToHaveCountAsync(50);
        await ExpectAxeCleanAsync();
        await Page.Locator("#highest-cost tbody tr a").First.ClickAsync();
        await Expect(MainHeading).ToContainTextAsync("Placement of");
        await ExpectAxeCleanAsync();
    }
}
