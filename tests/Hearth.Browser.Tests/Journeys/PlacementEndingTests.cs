using System.Globalization;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Common;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Hearth.Testing;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>A Medway broker ends a live placement and the placement then says why it ended.</summary>
public sealed class PlacementEndingTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static readonly DemoSignIn MedwayBroker =
        DemoData.SignIns.First(s => s.Organisation == DemoData.MedwayName && s.Role == Roles.Broker);

    [Fact]
    public async Task EndPlacement_EmptyThenComplete_AsBroker()
    {
        // Not the finance officer's (the last): the second-last live Medway framework placement.
        var placement = await App.LiveMedwayFrameworkPlacementAsync(fromEnd: 1);
        var leftOn = TestClock.Today;

        await SignInAsync(MedwayBroker.Email, DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Placements", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Placements");
        await ExpectAxeCleanAsync();
        await Field("Case reference or last name").FillAsync(placement.CaseReference);
        await Button("Apply filters").ClickAsync();
        await ExpectAxeCleanAsync();
        await Link(placement.Child).ClickAsync();
        await Expect(MainHeading).ToContainTextAsync("Placement of " + placement.Child);
        await Expect(Page.Locator("main .govuk-tag").First).ToHaveTextAsync("Live");
        await ExpectAxeCleanAsync();

        await Link("End the placement").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("End the placement");
        await ExpectAxeCleanAsync();
        await Button("End the placement").ClickAsync();
        await ExpectErrorsAsync(
            "Enter the date the child left",
            "Select the reason the placement ended",
            "Select whether the ending was planned",
            "Select who asked for the placement to end");

        await Field("Day").FillAsync(leftOn.Day.ToString(CultureInfo.InvariantCulture));
        await Field("Month").FillAsync(leftOn.Month.ToString(CultureInfo.InvariantCulture));
        await Field("Year").FillAsync(leftOn.Year.ToString(CultureInfo.InvariantCulture));
        await Field("Reason the placement ended").SelectOptionAsync(
            new SelectOptionValue { Label = "Resignation of the carer or closure of the provision (CLOSE)" });
        await Page.GetByLabel("No, it was unplanned", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("The carer", new() { Exact = true }).CheckAsync();
        await Button("End the placement").ClickAsync();

        await Expect(Page.Locator(".govuk-notification-banner--success"))
            .ToContainTextAsync($"Placement ended on {leftOn:d MMMM yyyy}");
        await Expect(Page.Locator("main .govuk-tag").First).ToHaveTextAsync("Ended");
        var why = Page.Locator(".govuk-summary-list__row").Filter(new() { Has = Page.Locator("dt", new() { HasTextString = "Why it ended" }) });
        await Expect(why.Locator("dd")).ToHaveTextAsync(
            "Resignation of the carer or closure of the provision (CLOSE). Unplanned, asked for by the carer.");
        // An ended placement cannot be ended again.
        await Expect(Link("End the placement")).ToHaveCountAsync(0);
        await ExpectAxeCleanAsync();
    }
}
