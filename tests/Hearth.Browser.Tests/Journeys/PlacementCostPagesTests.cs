using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Features.Placements;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// The placement's cost pages (additional weekly and one-off costs and their correction, the funding split and its
/// correction and removal, key service line and funding, moving the child) as shown and in their error state: each clear
/// in axe. Works on a live Medway framework placement nobody else changes (the fourth from the end).
/// </summary>
public sealed class PlacementCostPagesTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static readonly DemoSignIn MedwayFinance =
        DemoData.SignIns.First(s => s.Organisation == DemoData.MedwayName && s.Role == Roles.FinanceOfficer);
    private static readonly DemoSignIn MedwayBroker =
        DemoData.SignIns.First(s => s.Organisation == DemoData.MedwayName && s.Role == Roles.Broker);

    [Fact]
    public async Task CostPages_ShownAndWithErrors_AreAxeClean()
    {
        var placement = await App.LiveMedwayFrameworkPlacementAsync(fromEnd: 3);
        var (costId, shareId) = await App.WithDbAsync(async db =>
        {
            var p = await db.Placements.WithCosting().SingleAsync(x => x.Id == placement.Id);
            var today = TestClock.Today;
            var cost = p.AddOneOffCost("Setting-up grant (browser test)", p.FundingSource, today.AddYears(5), Money.FromPence(250_00), today);
            var share = p.AddFundingShare(FundingSource.EducationContribution, today.AddYears(5), null, Money.FromPence(10_00), null, today);
            await db.SaveChangesAsync();
            return (cost.Id, share.Id);
        });

        await SignInAsync(MedwayFinance.Email, DemoData.DemoPassword);
        await VisitAsync($"/placements/{placement.Id}");
        await Expect(MainHeading).ToContainTextAsync("Placement of " + placement.Child);
        await ExpectShownThenErrorsAsync($"/placements/{placement.Id}/additional-costs/weekly", "Add weekly cost");
        await ExpectShownThenErrorsAsync($"/placements/{placement.Id}/additional-costs/one-off", "Add one-off cost");
        await ExpectShownThenErrorsAsync($"/placements/{placement.Id}/additional-costs/{costId}/correct", "Record correction");
        await ExpectShownThenErrorsAsync($"/placements/{placement.Id}/funding-split", "Add to funding split");
        await ExpectShownThenErrorsAsync($"/placements/{placement.Id}/funding-split/{shareId}/correct", "Record correction");
        await ExpectShownThenErrorsAsync($"/placements/{placement.Id}/funding-split/{shareId}/remove", "Remove from the funding split");
        await VisitAsync($"/placements/{placement.Id}/coding");
        await Expect(Button("Save the change")).ToBeVisibleAsync();

        await SignOutAsync();
        await SignInAsync(MedwayBroker.Email, DemoData.DemoPassword);
        await ExpectShownThenErrorsAsync($"/placements/{placement.Id}/move", "Move the child");
    }

    /// <summary>The page as shown, then submitted empty: the GOV.UK error summary, axe clean both times.</summary>
    private async Task ExpectShownThenErrorsAsync(string path, string button)
    {
        var response = await VisitAsync(path);
        Assert.Equal(200, response?.Status);
        await Button(button).ClickAsync();
        await Expect(ErrorSummary).ToBeVisibleAsync();
        await Expect(ErrorSummary.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();
    }
}
