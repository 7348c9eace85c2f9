using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// A Medway broker compares the options for a signed-off referral (sort, filter, score breakdown), opens a spot purchase,
/// chooses an in-house household with a rationale and reads the frozen record; a commissioner reviews the spot purchases;
/// finance opens the coding page of the new placement. Axe on every page.
/// </summary>
public sealed class SelectionAndAwardTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private async Task<(int Referral, string Household)> ArrangeAsync() => await App.WithDbAsync(async db =>
    {
        var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync();
        var today = London.Today(db.Clock);
        var child = Child.Register(medway, new ChildDetails($"BR-{Guid.NewGuid():N}"[..16], "Robin", "Ash", today.AddYears(-9), "M", "WBRI", "", "English",
            false, false, "C2", "ME4 4TR", ""), today);
        db.Children.Add(child);
        var household = CarerHousehold.Approve(medway, $"BR-{Guid.NewGuid():N}"[..14], "ME4", 2, 0, 17, today);
        db.CarerHouseholds.Add(household);
        await db.SaveChangesAsync();
        var referral = Referral.Start(medway, [child], -1, "Browser test", today);
        referral.SetTiming(PlacementUrgency.MoreThanFiveDays, today.AddDays(7), PlacementTypeSought.LongTerm, today);
        referral.SetNeeds("Robin needs a calm home near his school.", CommunicationNeeds.No, CommunicationRequirements.None, "", false, CulturalNeeds.NotRequired, "");
        referral.SetLivingArrangements(LivingAlongside.OnlyYoungerChildren, PetsTolerance.YesCan, AdditionalSupport.TaxisToSchool, "", false);
        referral.SetRisks(RisksToSelf.GoingMissing, "", RisksToOthers.None, "");
        referral.SetLocation(true, 15, "", "", "");
        referral.Submit(today);
        referral.SignOff(-2, "Browser manager", today);
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return (referral.Id, household.Reference);
    });

    private Task ShotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("HEARTH_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "hearth-shots");
        Directory.CreateDirectory(folder);
        return Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task Selection_CompareSpotChooseAndFreeze_AxeClean()
    {
        var (referral, household) = await ArrangeAsync();
        await SignInAsync("broker@medway.example", DemoData.DemoPassword);

        await VisitAsync($"/referrals/{referral}/selection");
        await Expect(MainHeading).ToHaveTextAsync("Compare options and choose a placement");
        await Link("Weekly fee").ClickAsync();
        await ExpectAxeCleanAsync();
        await Page.Locator("details summary").First.ClickAsync();
        await ExpectAxeCleanAsync();
        await ShotAsync("selection");

        await Link("Open a spot purchase").ClickAsync();
        await ExpectAxeCleanAsync();
        await Button("Open the spot purchase").ClickAsync();
        await ExpectAxeCleanAsync();
        await Expect(ErrorSummary).ToContainTextAsync("Select the provider");
        await Field("Provider").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Index = 1 });
        await Field("The provider's household reference").FillAsync("SPOT-1");
        await Field("Weekly fee").FillAsync("1500");
        await Field("Why is no framework offer suitable?").FillAsync("No framework carer near the school can take a nine-year-old this week");
        await Button("Open the spot purchase").ClickAsync();
        await Expect(MainHeading).ToContainTextAsync("Spot purchase");
        await ExpectAxeCleanAsync();

        await VisitAsync($"/referrals/{referral}/selection?Kind=InHouse");
        await Page.GetByLabel($"In-house household {household}").CheckAsync();
        await Field("Why are you choosing it?").FillAsync("In-house carers near school with a free place and the right experience");
        await Button("Choose and freeze the decision record").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Call-off decision record");
        await Expect(Page.Locator("#frozen")).ToContainTextAsync("This record is frozen");
        await ExpectAxeCleanAsync();
        await ShotAsync("decision-record");
        var placementLink = Page.Locator("#main-content a[href^='/placements/']").First;
        var placementHref = await placementLink.GetAttributeAsync("href");

        await SignOutAsync();
        await SignInAsync("commissioner@medway.example", DemoData.DemoPassword);
        await VisitAsync("/spot-purchases");
        await Page.Locator("#main-content tbody a").First.ClickAsync();
        await ExpectAxeCleanAsync();

        await SignOutAsync();
        await SignInAsync("finance@medway.example", DemoData.DemoPassword);
        await VisitAsync($"{placementHref}/coding");
        await Expect(MainHeading).ToHaveTextAsync("Change the key service line and funding");
        AssertEveryPageChecked();
    }
}
