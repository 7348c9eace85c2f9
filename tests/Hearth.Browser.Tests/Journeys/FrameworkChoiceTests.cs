using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// The send page with two frameworks in force (ADR 0017, second addendum): the broker sees the choice with the call-off
/// route selected, chooses the other framework, sees its providers and sends; axe clean throughout.
/// </summary>
public sealed class FrameworkChoiceTests(HearthBrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task SendPage_TwoFrameworksInForce_BrokerChoosesTheOtherAndSends()
    {
        var (referralId, reference, firstMember) = await App.WithDbAsync(async db =>
        {
            var today = TestClock.Today;
            var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync();
            var onRoute = await db.FrameworkLotMembers.Where(m => db.Frameworks.Any(f => f.Id == m.FrameworkId && f.Reference == DemoStory.CallOffFrameworkReference(today)))
                .Select(m => m.ProviderId).Distinct().ToListAsync();
            var members = await db.Providers.Where(p => !onRoute.Contains(p.Id)).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).Take(2).ToListAsync();
            var reference = "BR-CHOICE-" + Guid.NewGuid().ToString("N")[..6];
            // Never started before the demo's route, so the route stays the default (the earlier started framework is).
            var routeStart = await db.Frameworks.Where(f => f.Reference == DemoStory.CallOffFrameworkReference(today)).Select(f => f.StartDate).SingleAsync();
            var start = today.AddDays(-3) > routeStart ? today.AddDays(-3) : routeStart;
            var framework = Framework.Establish(reference, "Medway Fostering Framework (browser test)", ProcurementRegime.Pcr2015LightTouch,
                start, today.AddYears(3), medway, [], null);
            framework.AwardedFrom(0, Indexation.Firm);
            for (var i = 0; i < members.Count; i++)
                framework.AdmitToLot(1, "Standard fostering", PlacementCategory.Standard, members[i].Id, i + 1,
                    [.. Enumerable.Range(0, 4).Select(b => new BidPrice("CAT-1", b, 500_00))], "0, 5, 11, 16", start, null);
            db.Frameworks.Add(framework);

            var child = Child.Register(medway, new ChildDetails($"BR-FC-{Guid.NewGuid():N}"[..18], "Robin", "Ashby", today.AddYears(-9), "M", "WBRI", "",
                "English", false, false, "C2", "ME4 4TR", ""), today);
            db.Children.Add(child);
            await db.SaveChangesAsync();
            var referral = Referral.Start(medway, [child], -1, "Browser test", today);
            referral.SetTiming(PlacementUrgency.MoreThanFiveDays, today.AddDays(7), PlacementTypeSought.LongTerm, today);
            referral.SetNeeds("Needs a calm home near school with carers who can support contact.", CommunicationNeeds.No, CommunicationRequirements.None, "",
                false, CulturalNeeds.NotRequired, "");
            referral.SetLivingArrangements(LivingAlongside.OnlyYoungerChildren, PetsTolerance.YesCan, AdditionalSupport.TaxisToSchool, "", false);
            referral.SetRisks(RisksToSelf.GoingMissing, "", RisksToOthers.None, "");
            referral.SetLocation(true, 15, "", "", "");
            referral.Submit(today);
            referral.SignOff(-2, "Browser manager", today);
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            db.InHouseSearchOutcomes.Add(InHouseSearchOutcome.Record(referral, InHouseSearchReason.NoCapacity, "All full", -1, "Browser test", TestClock.Now));
            await db.SaveChangesAsync();
            return (referral.Id, reference, members[0].Name);
        });

        await SignInAsync("broker@medway.example", DemoData.DemoPassword);
        await VisitAsync($"/call-offs/send?ReferralId={referralId}");
        await Expect(MainHeading).ToHaveTextAsync("Send to framework providers");
        var route = Page.GetByLabel($"({DemoStory.CallOffFrameworkReference(TestClock.Today)})", new() { Exact = false });
        await Expect(route).ToBeCheckedAsync();
        await ExpectAxeCleanAsync();

        await Page.GetByLabel($"({reference})", new() { Exact = false }).CheckAsync();
        await Button("Show this framework’s lots and providers").ClickAsync();
        await Expect(Page.GetByLabel($"({reference})", new() { Exact = false })).ToBeCheckedAsync();
        await Expect(Page.Locator("table.govuk-table")).ToContainTextAsync(firstMember);
        await ExpectAxeCleanAsync();
        var folder = Environment.GetEnvironmentVariable("HEARTH_SCREENSHOTS") is { Length: > 0 } configured ? configured : Path.Combine(Path.GetTempPath(), "hearth-shots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, "send-framework-choice.png"), FullPage = true });

        await Button("Send to providers").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Call-off");
        await ExpectAxeCleanAsync();
        var used = await App.WithDbAsync(db => db.CallOffs.Where(c => c.ReferralId == referralId)
            .Select(c => db.Frameworks.Where(f => f.Id == c.FrameworkId).Select(f => f.Reference).Single()).SingleAsync());
        Assert.Equal(reference, used);
        AssertEveryPageChecked();
    }
}
