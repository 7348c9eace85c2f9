using System.Globalization;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Common;
using Hearth.Web.Data.Demo;
using Hearth.Testing;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// A Medway social worker refers a child through the question pages, checks the answers (using a Change link) and
/// submits; the social work manager signs it off. Every page is checked with axe.
/// </summary>
public sealed class ReferralTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private const string SocialWorker = "social-worker@medway.example";
    private const string Manager = "social-work-manager@medway.example";

    private ILocator Group(string legend) => Page.GetByRole(AriaRole.Group, new() { Name = legend });

    private Task Choose(string legend, string option) => Group(legend).GetByLabel(option, new() { Exact = true }).CheckAsync();

    private async Task ContinueAsync(string nextHeading)
    {
        await Button("Save and continue").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync(nextHeading);
        await ExpectAxeCleanAsync();
    }

    /// <summary>A full-page screenshot for people to look at (HEARTH_SCREENSHOTS, or hearth-shots in the temp folder).</summary>
    private async Task ShotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("HEARTH_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "hearth-shots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"referral-{name}.png"), FullPage = true });
    }

    [Fact]
    public async Task SocialWorkerRefers_ManagerSignsOff()
    {
        var neededFrom = TestClock.Today.AddDays(12);

        await SignInAsync(SocialWorker, DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Children", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Children");
        await ExpectAxeCleanAsync();
        await Field("Search by name or case reference").FillAsync("Ellie Harper");
        await Button("Search").ClickAsync();
        await ExpectAxeCleanAsync();
        await Link("Ellie Harper").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Ellie Harper");
        await ExpectAxeCleanAsync();

        await Link("Refer for a placement").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Which children is the placement for?");
        await ExpectAxeCleanAsync();
        await Expect(Field("Which children is the placement for?")).ToHaveValueAsync("MED-R001");
        await Button("Start referral").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("When and what kind of placement");
        await ExpectAxeCleanAsync();
        var referralUrl = Page.Url[..Page.Url.LastIndexOf('/')];

        await Button("Save and continue").ClickAsync();
        await ExpectErrorsAsync("Select when the placement is needed", "Enter the date the placement is needed from", "Select the type of placement needed");
        await Choose("When is the placement needed?", "In more than 5 days");
        await Field("Day").FillAsync(neededFrom.Day.ToString(CultureInfo.InvariantCulture));
        await Field("Month").FillAsync(neededFrom.Month.ToString(CultureInfo.InvariantCulture));
        await Field("Year").FillAsync(neededFrom.Year.ToString(CultureInfo.InvariantCulture));
        await Choose("What type of placement is needed?", "Long-term");
        await ContinueAsync("What the child needs");

        await ShotAsync("needs");
        await Field("What does the child need from a placement?").FillAsync("A patient home with a steady routine and weekly contact with her grandmother.");
        await Choose("Does the child have communication, language or learning needs?", "No");
        await Choose("Specific communication and language requirements", "None");
        await Choose("Does the home need adapting for the child?", "No");
        await Choose("Does the child have cultural needs, such as a place of worship?", "Not required");
        await ContinueAsync("Living arrangements");

        await Choose("Who can the child be cared for alongside?", "No preference");
        await Choose("Can the child live with pets or animals?", "Yes, the child can live with pets");
        await Choose("What additional support does the placement need?", "None");
        await Choose("Is there a deprivation of liberty order?", "No");
        await ContinueAsync("Risks");

        await Choose("Risks to the child", "Going missing");
        await Choose("Risks to others or property", "No known risk");
        await ContinueAsync("Location");

        await Choose("Should the child stay in the authority's area?", "Yes");
        await Field("Areas to avoid for safeguarding (optional)").FillAsync("me4");
        await ContinueAsync("Check your answers before submitting the referral");
        await Expect(Page.Locator("main")).ToContainTextAsync("Going missing");
        await Expect(Page.Locator("main")).ToContainTextAsync("ME4");

        await Link("Change what the child needs").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("What the child needs");
        await ExpectAxeCleanAsync();
        await Field("What does the child need from a placement?").FillAsync("A patient home with a steady routine, near her school.");
        await ContinueAsync("Check your answers before submitting the referral");
        await Expect(Page.Locator("main")).ToContainTextAsync("near her school");
        await ShotAsync("check-your-answers");

        await Button("Submit for sign-off").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Referral submitted for sign-off");
        await Expect(Page.Locator("main strong.govuk-tag").First).ToHaveTextAsync("Waiting for sign-off");
        await ExpectAxeCleanAsync();
        await SignOutAsync();

        await SignInAsync(Manager, DemoData.DemoPassword);
        await Expect(Page.Locator("main")).ToContainTextAsync("referrals waiting for sign-off");
        await Link("See referrals waiting for sign-off").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Referrals");
        await ExpectAxeCleanAsync();
        await Page.GotoAsync(referralUrl);
        await Expect(MainHeading).ToHaveTextAsync("Placement for Ellie Harper");
        await ExpectAxeCleanAsync();
        await ShotAsync("sign-off");
        await Button("Record decision").ClickAsync();
        await ExpectErrorsAsync("Select whether to sign off the referral or return it");
        await Choose("What is your decision?", "Sign off and release to the placement finding team");
        await Button("Record decision").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Referral signed off");
        await Expect(Page.Locator("main strong.govuk-tag").First).ToHaveTextAsync("Signed off");
        await ExpectAxeCleanAsync();
        AssertEveryPageChecked();
    }
}
