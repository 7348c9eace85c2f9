using System.Text.RegularExpressions;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>A provider finds a published tender, drafts a bid (an error on a price cell first), submits it, sees the receipt, revises and withdraws.</summary>
public sealed class BiddingTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static readonly DemoSignIn ProviderUser = DemoData.SignIns.Single(s => s.Role == Roles.ProviderUser);

    /// <summary>A tender of the test's own, open for bids for ten days from now (the app runs on the real clock).</summary>
    private Task<(string Reference, string Title)> PublishedTenderAsync() => App.WithDbAsync(async db =>
    {
        var kent = await db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync();
        var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync();
        var commissioner = await db.Users.Where(u => u.Email == "commissioner@kent.example").Select(u => u.Id).SingleAsync();
        var now = TestClock.Now;
        var today = TestClock.Today;
        var start = today.AddDays(90);
        var reference = "BR-" + Guid.NewGuid().ToString("N")[..8];
        var tender = Tender.Draft(reference, "Browser journey tender", ProcurementRegime.Pa2023ClosedFramework, kent, [medway], null,
            Money.FromPounds(2_000_000m), start, start.AddYears(3).AddDays(-1), null,
            new TenderTimeline(today, now.AddDays(5), now.AddDays(10), today.AddDays(12), today.AddDays(30), start), AgeBands.Default, Indexation.Fixed(200));
        tender.AddLot("Standard", PlacementCategory.Standard, [PriceRow.CommonSupplements[0]],
            QualityQuestionnaire.Create([new(1, "How do you match children with carers?", QuestionKind.Scored, 100, 2), new(2, "Are you registered with Ofsted?", QuestionKind.PassFail, 0, null)]),
            EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 50), AwardBasis.AllQualifying, null);
        tender.AddEvaluator(commissioner, kent, "Sarah Chalk");
        tender.Publish(now, EnglandAndWalesBankHolidays.All);
        db.Tenders.Add(tender);
        await db.SaveChangesAsync();
        return (reference, tender.Title);
    });

    [Fact]
    public async Task Bid_AsProviderUser_DraftSubmitReceiptReviseWithdraw()
    {
        var (reference, title) = await PublishedTenderAsync();
        await SignInAsync(ProviderUser.Email, DemoData.DemoPassword);

        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Tenders", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Tenders");
        await ExpectAxeCleanAsync();

        await Link(reference).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync(title);
        await Expect(Page.Locator("#deadline")).ToContainTextAsync("Bids must be submitted by");
        await ExpectAxeCleanAsync();

        await Link("Start your bid for lot 1").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Your bid for Standard");
        await ExpectAxeCleanAsync();

        string[] bands = ["0–4", "5–10", "11–15", "16–17"];
        foreach (var (row, price) in new[] { ("Standard fostering", 850), ("Sibling placed together (per additional child)", 60) })
            for (var i = 0; i < bands.Length; i++)
                await Field($"Weekly price for {row}, ages {bands[i]}").FillAsync((price + i * 10).ToString());
        await Field("Weekly price for Standard fostering, ages 11–15").FillAsync("nine hundred");
        await Field("Question 1: How do you match children with carers?").FillAsync("A matching panel meets every weekday; carers meet the child first.");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true }).CheckAsync();
        await Button("Save draft").ClickAsync();
        await ExpectErrorsAsync("Enter the weekly price for Standard fostering, ages 11–15 in pounds and pence, like 850 or 850.50");
        await ExpectAxeCleanAsync();

        await Field("Weekly price for Standard fostering, ages 11–15").FillAsync("870");
        await Button("Save draft").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your draft has been saved");
        await Expect(Page.Locator("#bid-status")).ToHaveTextAsync("Draft");
        await ExpectAxeCleanAsync();

        await Button("Submit bid").ClickAsync();
        await ExpectErrorsAsync("Confirm the declarations to submit your bid");
        await ExpectAxeCleanAsync();
        await Page.Locator("#DeclarationsAccepted").CheckAsync();
        await Button("Submit bid").ClickAsync();
        await Expect(Page.Locator(".govuk-panel__title")).ToHaveTextAsync("Bid submitted");
        await Expect(Page.Locator("#receipt-hash")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
        await Expect(Page.Locator("#receipt-version")).ToHaveTextAsync("1");
        await ExpectAxeCleanAsync();

        await Button("Revise").ClickAsync();
        await Expect(Page.Locator("#revision-note")).ToContainTextAsync("still stands");
        await ExpectAxeCleanAsync();

        await Link("Withdraw bid").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Are you sure you want to withdraw your bid?");
        await ExpectAxeCleanAsync();
        await Button("Yes, withdraw bid").ClickAsync();
        await Expect(Page.Locator("#bid-status")).ToHaveTextAsync("Withdrawn");
        await ExpectAxeCleanAsync();
    }
}
