using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// The call-off pages with axe: a Medway broker records the in-house search, sees the lot and providers and sends; the
/// demo provider sees the anonymised referral and its forms; an administrator reads the outbox.
/// </summary>
public sealed class CallOffTests(HearthBrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task CallOffPages_BrokerProviderAndAdministrator_AreAccessible()
    {
        var (referralId, kentCallOff) = await App.WithDbAsync(async db =>
        {
            var referral = await db.Referrals.Where(r => r.Status == ReferralStatus.SignedOff && !db.CallOffs.Any(c => c.ReferralId == r.Id)
                    && db.Authorities.Any(a => a.Id == r.AuthorityId && a.Name == DemoData.MedwayName))
                .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
            var callOff = await DemoCallOffs.OpenOne(db, DemoData.KentName).Select(c => c.Id).SingleAsync();
            return (referral, callOff);
        });

        await SignInAsync("broker@medway.example", DemoData.DemoPassword);
        await VisitAsync("/call-offs");
        await Expect(MainHeading).ToHaveTextAsync("Call-offs");
        await ExpectAxeCleanAsync();
        await VisitAsync($"/referrals/{referralId}/in-house-outcome");
        await Expect(MainHeading).ToHaveTextAsync("In-house search outcome");
        await ExpectAxeCleanAsync();
        await Button("Record the outcome").ClickAsync();
        await ExpectErrorsAsync("Select why no in-house carer can take the child");
        await ExpectAxeCleanAsync();
        await Page.GetByLabel("No in-house capacity", new() { Exact = true }).CheckAsync();
        await Button("Record the outcome").ClickAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("No in-house capacity");
        await ExpectAxeCleanAsync();
        await Link("Send the referral to framework providers").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Send to framework providers");
        await ExpectAxeCleanAsync();
        await Button("Send to providers").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Call-off");
        await ExpectAxeCleanAsync();
        await VisitAsync("/call-offs/decline-reasons");
        await ExpectAxeCleanAsync();
        await SignOutAsync();

        await SignInAsync("provider@brackenfold.example", DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Referrals to answer", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Referrals to answer");
        await ExpectAxeCleanAsync();
        await VisitAsync($"/provider/referrals/{kentCallOff}");
        await Expect(MainHeading).ToHaveTextAsync($"Referral {kentCallOff}");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Maisie");
        await ExpectAxeCleanAsync();
        await Button("Decline the referral").ClickAsync();
        await ExpectErrorsAsync("Select why you are declining the referral");
        await ExpectAxeCleanAsync();
        await SignOutAsync();

        await SignInAsync("administrator@brackenfold.example", DemoData.DemoPassword);
        await VisitAsync("/admin/outbox");
        await Expect(MainHeading).ToHaveTextAsync("Outbox");
        await ExpectAxeCleanAsync();
        AssertEveryPageChecked();
    }
}
