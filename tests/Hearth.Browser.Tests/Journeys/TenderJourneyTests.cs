using System.Globalization;
using Hearth.Domain.Common;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hearth.Testing;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// A tender from end to end through the pages, as the people would do it: the Kent commissioner drafts and publishes a
/// tender with one lot and a panel of two; two providers bid; the deadline passes; the commissioner opens the bids; both
/// evaluators score independently; the commissioner moderates and awards; the framework is live with its ranked members
/// and their contracted prices. Every page state is checked with axe.
/// </summary>
public sealed class TenderJourneyTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "hearth-shots", "tender");

    private const string Question1 = "How do you match children to carers?";
    private const string Question2 = "How do you support carers at night?";
    private const string Question3 = "Do you hold Ofsted registration?";

    private Task ShotAsync(string name)
    {
        Directory.CreateDirectory(Shots);
        return Page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
    }

    /// <summary>A provider user of the test's own for the second demo provider (the demo has users for the first only).</summary>
    private async Task<(string Email, string Provider)> SecondProviderUserAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDb>();
        var provider = await db.Providers.Where(p => p.Name != DemoData.FirstProviderName).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync();
        var email = $"bidder-{Guid.NewGuid():N}"[..15] + "@second.example";
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HearthUser>>();
        var user = new HearthUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Browser Test second bidder",
            OrganisationId = provider.Id, CreatedAt = TestClock.Now,
        };
        Assert.True((await users.CreateAsync(user, DemoData.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.ProviderUser)).Succeeded);
        return (email, provider.Name);
    }

    private async Task FillDateAsync(string field, DateOnly date)
    {
        await Page.Locator($"[name='Input.{field}.Day']").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await Page.Locator($"[name='Input.{field}.Month']").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await Page.Locator($"[name='Input.{field}.Year']").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private async Task SelectEvaluatorAsync(string name)
    {
        var value = await Page.Locator("#Input_UserId option").Filter(new() { HasText = name }).GetAttributeAsync("value");
        await Page.Locator("#Input_UserId").SelectOptionAsync(value!);
        await Button("Add to panel").ClickAsync();
        await Expect(Page.Locator("main .govuk-summary-list")).ToContainTextAsync(name);
        await ExpectAxeCleanAsync();
    }

    /// <summary>Signs in as a provider in a browser of its own and submits a complete bid for lot 1 through the portal.</summary>
    private async Task<IPage> BidAsync(string email, string reference, string title, int firstPrice, string answer)
    {
        var page = await OpenBrowserAsync();
        SwitchTo(page);
        await SignInAsync(email, DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Tenders", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Tenders");
        await ExpectAxeCleanAsync();
        await Link(reference).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync(title);
        await ExpectAxeCleanAsync();
        await Link("Start your bid for lot 1").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Your bid for Standard fostering");
        await ExpectAxeCleanAsync();
        string[] bands = ["0–4", "5–10", "11–15", "16–17"];
        for (var i = 0; i < bands.Length; i++)
            await Field($"Weekly price for Standard fostering, ages {bands[i]}").FillAsync((firstPrice + i * 10).ToString(CultureInfo.InvariantCulture));
        await Field($"Question 1: {Question1}").FillAsync(answer + " A matching panel meets every weekday.");
        await Field($"Question 2: {Question2}").FillAsync(answer + " An on-call social worker answers at night.");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true }).CheckAsync();
        await Page.Locator("#DeclarationsAccepted").CheckAsync();
        await Button("Submit bid").ClickAsync();
        await Expect(Page.Locator(".govuk-panel__title")).ToHaveTextAsync("Bid submitted");
        await ExpectAxeCleanAsync();
        return page;
    }

    /// <summary>Scores both questions of a provider's bid on the lot page as the evaluator signed in on the current page.</summary>
    private async Task ScoreAsync(string provider, int q1, int q2, string comment)
    {
        await Link($"Score for {provider}").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync($"Score the bid from {provider}");
        await ExpectAxeCleanAsync();
        await Page.Locator($"input[name='Input.Scores[0].Score'][value='{q1}']").CheckAsync();
        await Field("Why you gave this score (question 1)").FillAsync($"{comment}: question 1");
        await Page.Locator($"input[name='Input.Scores[1].Score'][value='{q2}']").CheckAsync();
        await Field("Why you gave this score (question 2)").FillAsync($"{comment}: question 2");
        await Button("Save scores").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Evaluate lot 1: Standard fostering");
        await ExpectAxeCleanAsync();
    }

    private async Task ModerateAsync(string provider, int score)
    {
        await Link($"Moderate {provider}").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync($"Moderate the bid from {provider}");
        await ExpectAxeCleanAsync();
        await ShotAsync("06-moderate");
        for (var q = 0; q < 2; q++)
        {
            await Page.Locator($"input[name='Input.Scores[{q}].Score'][value='{score}']").CheckAsync();
            await Field($"Rationale (question {q + 1})").FillAsync("Consensus reached at the moderation meeting");
        }
        await Button("Save moderated scores").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Evaluate lot 1: Standard fostering");
        await ExpectAxeCleanAsync();
    }

    [Fact]
    public async Task Tender_PublishBidScoreModerateAward_FrameworkLiveWithRanksAndPrices()
    {
        var (secondEmail, secondProvider) = await SecondProviderUserAsync();
        var today = TestClock.Today;
        var reference = "TJ-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var title = "Fostering framework " + reference;
        var commissionerPage = Page;

        // The commissioner drafts the tender.
        await SignInAsync("commissioner@kent.example", DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Tenders", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Tenders");
        await ExpectAxeCleanAsync();
        await ShotAsync("01-tenders");
        await Button("Create a tender").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Create a tender");
        await ExpectAxeCleanAsync();
        await Field("Tender reference").FillAsync(reference);
        await Field("Title").FillAsync(title);
        await Field("Public Contracts Regulations 2015 (light-touch regime)").CheckAsync();
        await Field("Estimated value of the framework").FillAsync("45,000,000");
        var start = today.AddMonths(4);
        await FillDateAsync("TermStart", start);
        await FillDateAsync("TermEnd", start.AddYears(4).AddDays(-1));
        await FillDateAsync("PublicationDate", today);
        await FillDateAsync("ClarificationDeadline", today.AddDays(10));
        await Field("Clarification deadline time").FillAsync("12:00");
        await FillDateAsync("SubmissionDeadline", today.AddDays(20));
        await Field("Submission deadline time").FillAsync("12:00");
        await FillDateAsync("EvaluationDate", today.AddDays(21));
        await FillDateAsync("AwardDate", today.AddDays(40));
        await Field("Age bands").FillAsync("0, 5, 11, 16");
        await Field("A fixed percentage each 1 April").CheckAsync();
        await Field("Yearly uplift (fixed percentage)").FillAsync("2.5");
        await Field("Abnormally low price threshold").FillAsync("20");
        await ShotAsync("02-create");
        await Button("Save draft").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync(title);
        await ExpectAxeCleanAsync();
        var tenderUrl = Page.Url;

        // One lot: two scored questions and a pass/fail one, price 40 / quality 60.
        await Link("Add a lot").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Add a lot");
        await ExpectAxeCleanAsync();
        await Field("Name of the lot").FillAsync("Standard fostering");
        await Field("Standard fostering").CheckAsync();
        foreach (var (i, text, kind, weight) in new[] { (0, Question1, "Scored", "60"), (1, Question2, "Scored", "40"), (2, Question3, "PassFail", "") })
        {
            await Page.Locator($"[name='Input.Questions[{i}].Text']").FillAsync(text);
            await Page.Locator($"[name='Input.Questions[{i}].Kind']").SelectOptionAsync(kind);
            await Page.Locator($"[name='Input.Questions[{i}].Weight']").FillAsync(weight);
        }
        await Field("Price weight").FillAsync("40");
        await Field("Quality weight").FillAsync("60");
        await Page.Locator("input[name='Input.Method'][value='RelativeToLowest']").CheckAsync();
        await Field("Quality threshold").FillAsync("40");
        await Field("Every bid that passes the thresholds, ranked").CheckAsync();
        await ShotAsync("03-add-lot");
        await Button("Add lot").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync(title);
        await ExpectAxeCleanAsync();

        // The panel: the commissioner and the contract manager.
        await Link("Evaluation panel").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Evaluation panel");
        await ExpectAxeCleanAsync();
        await SelectEvaluatorAsync("Sarah Chalk");
        await SelectEvaluatorAsync("Grace Whitlock");
        await ShotAsync("04-panel");
        await Link($"Back to {reference}").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync(title);
        await ExpectAxeCleanAsync();

        await Button("Publish tender").ClickAsync();
        await Expect(Page.Locator("main strong.govuk-tag").First).ToHaveTextAsync("Open for bids");
        await Expect(Page.GetByText("Bids are sealed until the submission deadline")).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();
        await ShotAsync("05-published");

        // Two providers bid, each in a browser of its own.
        var brackenfoldPage = await BidAsync(DemoData.SignIns.Single(s => s.Role == Roles.ProviderUser).Email, reference, title, 850, "Brackenfold:");
        await BidAsync(secondEmail, reference, title, 800, "Second:");

        // The deadline passes (the app runs on the real clock).
        await App.WithDbAsync(async db =>
        {
            var tender = await db.Tenders.SingleAsync(t => t.Reference == reference);
            var now = TestClock.Now;
            db.Entry(tender).ComplexProperty(t => t.Timeline).CurrentValue = tender.Timeline with
            {
                ClarificationDeadline = now.AddMinutes(-10), SubmissionDeadline = now.AddMinutes(-1),
            };
            return await db.SaveChangesAsync();
        });

        // The commissioner opens the bids and scores.
        SwitchTo(commissionerPage);
        await VisitAsync(tenderUrl);
        await Button("Open bids").ClickAsync();
        await Expect(Page.Locator("main strong.govuk-tag").First).ToHaveTextAsync("Bids opened");
        await Expect(Page.Locator("main p").Filter(new() { HasText = "Bids opened on" })).ToContainTextAsync("by Sarah Chalk (commissioner@kent.example)");
        await ExpectAxeCleanAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Evaluate lot 1" }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Evaluate lot 1: Standard fostering");
        await Expect(Page.GetByText("2 bids were received")).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();
        await ShotAsync("06-lot-opened");
        await ScoreAsync(DemoData.FirstProviderName, 4, 4, "Sarah");
        await ScoreAsync(secondProvider, 3, 3, "Sarah");

        // The contract manager scores on her own.
        var contracts = await OpenBrowserAsync();
        SwitchTo(contracts);
        await SignInAsync("contracts@kent.example", DemoData.DemoPassword);
        await VisitAsync(tenderUrl);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Evaluate lot 1" }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Evaluate lot 1: Standard fostering");
        await ExpectAxeCleanAsync();
        await Link($"Score for {DemoData.FirstProviderName}").ClickAsync();
        await Expect(Page.GetByText("Sarah: question 1")).ToHaveCountAsync(0);
        await ExpectAxeCleanAsync();
        await ShotAsync("07-score-independent");
        await Page.GoBackAsync();
        await ExpectAxeCleanAsync();
        await ScoreAsync(DemoData.FirstProviderName, 4, 3, "Grace");
        await ScoreAsync(secondProvider, 3, 2, "Grace");

        // Moderation and award by the commissioner.
        SwitchTo(commissionerPage);
        await Page.ReloadAsync();
        await Expect(Page.Locator("main table").First).ToContainTextAsync("Ready for moderation");
        await ExpectAxeCleanAsync();
        await ModerateAsync(DemoData.FirstProviderName, 4);
        await ModerateAsync(secondProvider, 3);
        await ShotAsync("08-lot-moderated");
        await Link("Go to award").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Award the framework");
        await ExpectAxeCleanAsync();
        await ShotAsync("09-award");
        await Button("Award and start standstill").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync(title);
        await Expect(Page.Locator("main strong.govuk-tag").First).ToHaveTextAsync("Awarded");
        await ExpectAxeCleanAsync();
        await ShotAsync("10-awarded");

        // The framework is live: the lot's members in rank order with their contracted weekly prices.
        await Link("See the framework").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync(title);
        await ExpectAxeCleanAsync();
        await ShotAsync("11-framework");
        var rows = Page.Locator("#lot-1 tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("1");
        await Expect(rows.Nth(0).GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(DemoData.FirstProviderName);
        await Expect(rows.Nth(0)).ToContainTextAsync("Active");
        await Expect(rows.Nth(0).Locator("td.govuk-table__cell--numeric")).ToHaveTextAsync(["£850.00", "£860.00", "£870.00", "£880.00"]);
        await Expect(rows.Nth(1).GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(secondProvider);
        await Expect(rows.Nth(1).Locator("td.govuk-table__cell--numeric")).ToHaveTextAsync(["£800.00", "£810.00", "£820.00", "£830.00"]);
        await Expect(Page.Locator("#lots")).ToContainTextAsync("2.5% a year, each 1 April");

        // The provider sees the framework with only its own line.
        var frameworkUrl = Page.Url;
        SwitchTo(brackenfoldPage);
        await VisitAsync(frameworkUrl);
        await Expect(MainHeading).ToHaveTextAsync(title);
        await Expect(Page.Locator("#lot-1 tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#lot-1 tbody tr").GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(DemoData.FirstProviderName);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(secondProvider);
        await ShotAsync("12-framework-provider");
    }
}
