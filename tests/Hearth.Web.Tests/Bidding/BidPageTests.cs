using AngleSharp.Dom;
using System.Net;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Bidding;

/// <summary>The provider's bidding pages: list, tender, bid per lot (draft, submit, receipt, revise, withdraw), errors on cells, two tabs, the deadline.</summary>
public sealed class BidPageTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Provider = "provider@brackenfold.example";

    private Task<Bid> StoredBidAsync(int tenderId, int lot = 1) =>
        app.WithDbAsync(db => db.Bids.Include(b => b.Submissions).SingleAsync(b => b.TenderId == tenderId && b.LotNumber == lot, Ct));

    [Fact]
    public async Task Bid_SaveSubmitReviseWithdraw_ThroughThePages_KeepsTheReceiptAndSaysWhatStands()
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        var reference = await app.WithDbAsync(db => db.Tenders.Where(t => t.Id == id).Select(t => t.Reference).SingleAsync(Ct));
        var provider = await app.SessionForAsync(Provider);

        var (list, listPage) = await provider.GetPageAsync("/bidding");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(reference, listPage.QuerySelector("#open")!.TextContent, StringComparison.Ordinal);

        var (_, tenderPage) = await provider.GetPageAsync($"/bidding/{id}");
        var text = tenderPage.Body!.TextContent;
        Assert.Contains("Lot 1: Standard", text, StringComparison.Ordinal);
        Assert.Contains("Sibling placed together", text, StringComparison.Ordinal);
        Assert.Contains("How do you match children with carers?", text, StringComparison.Ordinal);
        Assert.Contains("Unacceptable", tenderPage.QuerySelector("#descriptors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Start your bid", text, StringComparison.Ordinal);

        var url = $"/bidding/{id}/lots/1";
        var (_, empty) = await provider.GetPageAsync(url);
        Assert.Equal("Weekly price for Standard fostering, ages 0–4", empty.QuerySelector("label[for='Prices_CAT-1__0_']")!.TextContent.Trim());

        var saved = await provider.PostFormAsync(url + "?handler=Save", TenderArrange.Lot1Form(912_34, "Our matching panel meets weekly.", declarations: false));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(saved)));
        var (_, draft) = await provider.GetPageAsync(url);
        Assert.Equal("Draft", draft.QuerySelector("#bid-status")!.TextContent.Trim());
        Assert.Equal("912.34", draft.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Prices_SUP-SIBLING__3_")!.Value);

        // Submitting without the declarations is refused on the checkbox; nothing changes.
        var refused = await provider.PostFormAsync(url + "?handler=Submit", TenderArrange.Lot1Form(912_34, "Our matching panel meets weekly.", declarations: false, version: 1));
        var refusedPage = await UserSession.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Confirm the declarations", refusedPage.QuerySelector("#DeclarationsAccepted-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(BidStatus.Draft, (await StoredBidAsync(id)).Status);

        var submitted = await provider.PostFormAsync(url + "?handler=Submit", TenderArrange.Lot1Form(912_34, "Our matching panel meets weekly.", version: 1));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var bid = await StoredBidAsync(id);
        var receipt = Assert.Single(bid.Submissions);
        Assert.True(receipt.MatchesReceipt);
        var (_, confirmation) = await provider.GetPageAsync(submitted.Headers.Location!.ToString());
        Assert.Equal("Bid submitted", confirmation.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Equal(receipt.ReceiptHash, confirmation.QuerySelector("#receipt-hash")!.TextContent.Trim());
        Assert.Equal("1", confirmation.QuerySelector("#receipt-version")!.TextContent.Trim());
        Assert.Null(confirmation.QuerySelector("#price-grid input")); // a submitted version is shown read-only

        var revised = await provider.PostFormAsync(url + "?handler=Revise", new() { ["version"] = bid.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        var (_, revising) = await provider.GetPageAsync(url);
        Assert.Contains("still stands", revising.QuerySelector("#revision-note")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(revising.QuerySelector("#price-grid input"));
        bid = await StoredBidAsync(id);
        Assert.Equal(BidStatus.Draft, bid.Status);
        Assert.Single(bid.Submissions);

        var (confirm, confirmPage) = await provider.GetPageAsync(url + "/withdraw");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal("Are you sure you want to withdraw your bid?", confirmPage.QuerySelector("h1")!.TextContent.Trim());
        var withdrawn = await provider.PostFormAsync(url + "/withdraw", new() { ["version"] = bid.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(BidStatus.Withdrawn, (await StoredBidAsync(id)).Status);
        var (_, after) = await provider.GetPageAsync(url);
        Assert.NotNull(after.QuerySelector("#withdrawn-note"));
        Assert.Null(after.QuerySelector("#price-grid input"));
    }

    [Fact]
    public async Task Bid_BadPrices_AreRefusedOnTheirCellsAndNothingIsSaved()
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        var provider = await app.SessionForAsync(Provider);
        var url = $"/bidding/{id}/lots/1";

        var form = TenderArrange.Lot1Form(850_00, "An answer");
        form["Prices[CAT-1][1]"] = "eight hundred";
        var response = await provider.PostFormAsync(url + "?handler=Save", form);
        var page = await UserSession.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ages 5–10 in pounds and pence", page.QuerySelector("#Prices_CAT-1__1_-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Prices_CAT-1__1_", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("eight hundred", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Prices_CAT-1__1_")!.Value);

        foreach (var (cell, value, message) in new[]
        {
            ("Prices[SUP-SIBLING][3]", "20000.01", "must be £20,000 or less"),
            ("Prices[CAT-1][0]", "0", "more than £0"),
            ("Prices[CAT-1][2]", "-5", "more than £0"),
        })
        {
            form = TenderArrange.Lot1Form(850_00, "An answer");
            form[cell] = value;
            response = await provider.PostFormAsync(url + "?handler=Save", form);
            page = await UserSession.ParseAsync(response);
            var id2 = Hearth.Web.Platform.Ui.GovukFieldTagHelper.FieldId(cell);
            Assert.Contains(message, page.QuerySelector($"#{id2}-error")?.TextContent ?? UserSession.ErrorSummary(page), StringComparison.Ordinal);
        }

        // Submitting an incomplete schedule names the first missing cell.
        form = TenderArrange.Lot1Form(850_00, "An answer");
        form.Remove("Prices[SUP-SIBLING][2]");
        response = await provider.PostFormAsync(url + "?handler=Submit", form);
        page = await UserSession.ParseAsync(response);
        Assert.Contains("Enter a weekly price for Sibling placed together (per additional child), ages 11–15", UserSession.ErrorSummary(page), StringComparison.Ordinal);

        Assert.False(await app.WithDbAsync(db => db.Bids.AnyAsync(b => b.TenderId == id, Ct)));
    }

    [Fact]
    public async Task Bid_TwoTabsSaveTheSameDraft_TheSecondIsToldAndNothingIsOverwritten()
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        var provider = await app.SessionForAsync(Provider);
        var url = $"/bidding/{id}/lots/1?handler=Save";

        // Both tabs opened the empty form (version 0), then the first starts the bid.
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync(url, TenderArrange.Lot1Form(800_00, "First tab"))).StatusCode);
        var second = await provider.PostFormAsync(url, TenderArrange.Lot1Form(999_00, "Second tab"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("changed in another tab", UserSession.ErrorSummary(await UserSession.ParseAsync(second)), StringComparison.Ordinal);

        // Both tabs showed version 1; the first saves again, the second is refused again.
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync(url, TenderArrange.Lot1Form(810_00, "First tab again", version: 1))).StatusCode);
        var third = await provider.PostFormAsync(url, TenderArrange.Lot1Form(999_00, "Second tab", version: 1));
        Assert.Contains("changed in another tab", UserSession.ErrorSummary(await UserSession.ParseAsync(third)), StringComparison.Ordinal);

        var bid = await StoredBidAsync(id);
        Assert.Equal("First tab again", bid.Answers.Single(a => a.QuestionNumber == 1).Text);
        Assert.All(bid.Prices, p => Assert.Equal(810_00, p.Pence));
    }

    [Fact]
    public async Task Bid_OneSecondAfterTheDeadline_IsRefusedWithAClearMessageAndTheBidIsReadOnly()
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        var provider = await app.SessionForAsync(Provider);
        var url = $"/bidding/{id}/lots/1";
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync(url + "?handler=Save", TenderArrange.Lot1Form(850_00, "On time"))).StatusCode);
        var token = await provider.AntiforgeryTokenAsync(url);

        await TenderArrange.PassDeadlineAsync(app, id, TimeSpan.FromSeconds(1));
        var form = TenderArrange.Lot1Form(850_00, "Too late", version: 1);
        form["__RequestVerificationToken"] = token!;
        var late = await provider.Client.PostAsync(url + "?handler=Submit", new FormUrlEncodedContent(form), Ct);
        var page = await UserSession.ParseAsync(late);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("The submission deadline passed at", UserSession.ErrorSummary(page), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#read-only"));
        Assert.Null(page.QuerySelector("#price-grid input"));

        var api = await provider.Client.PostAsync($"/api/v1/tenders/{id}/lots/1/bid/submit",
            new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, api.StatusCode);
        Assert.Contains("submission deadline passed", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var bid = await StoredBidAsync(id);
        Assert.Equal(BidStatus.Draft, bid.Status);
        Assert.Empty(bid.Submissions);
        Assert.Equal("On time", bid.Answers.Single(a => a.QuestionNumber == 1).Text);

        var (_, tenderPage) = await provider.GetPageAsync($"/bidding/{id}");
        Assert.Contains("The deadline for bids passed", tenderPage.QuerySelector("#deadline")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(tenderPage.QuerySelector("#clarification-closed"));
        var (_, withdrawPage) = await provider.GetPageAsync(url + "/withdraw");
        Assert.NotNull(withdrawPage.QuerySelector("#cannot-withdraw"));
    }

    [Fact]
    public async Task Clarification_AskedThroughThePage_IsListedAsOwnAndPublishedAnonymously()
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        var provider = await app.SessionForAsync(Provider);
        var question = $"Can supplements be priced at zero? {Guid.NewGuid():N}";

        var blank = await provider.PostFormAsync($"/bidding/{id}?handler=Ask", new() { ["Input.Question"] = " " });
        Assert.Equal("Enter your question", UserSession.ErrorSummary(await UserSession.ParseAsync(blank)));

        var asked = await provider.PostFormAsync($"/bidding/{id}?handler=Ask", new() { ["Input.Question"] = question });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var (_, page) = await provider.GetPageAsync($"/bidding/{id}");
        Assert.Contains(question, page.QuerySelector("#own-clarifications")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Waiting for an answer", page.QuerySelector("#own-clarifications")!.TextContent, StringComparison.Ordinal);

        using var rival = await TenderArrange.RivalProviderAsync(app);
        Assert.DoesNotContain(question, await rival.Client.GetStringAsync($"/bidding/{id}", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain(question, await rival.Client.GetStringAsync($"/api/v1/tenders/{id}/clarifications", Ct), StringComparison.Ordinal);

        await app.WithDbAsync(async db =>
        {
            var tender = await db.Tenders.SingleAsync(t => t.Id == id, Ct);
            var c = await db.Clarifications.SingleAsync(x => x.TenderId == id, Ct);
            c.Publish(tender, "No: every cell needs a price of more than £0.", TestClock.Now);
            await db.SaveChangesAsync(Ct);
            return 0;
        });
        var rivalPage = await rival.Client.GetStringAsync($"/bidding/{id}", Ct);
        Assert.Contains(question, rivalPage, StringComparison.Ordinal);
        Assert.Contains("every cell needs a price", rivalPage, StringComparison.Ordinal);
        Assert.DoesNotContain(Hearth.Web.Data.Demo.DemoData.FirstProviderName, rivalPage, StringComparison.Ordinal);
        Assert.Contains("\"askedByYou\":false", await rival.Client.GetStringAsync($"/api/v1/tenders/{id}/clarifications", Ct), StringComparison.Ordinal);
        var (_, own) = await provider.GetPageAsync($"/bidding/{id}");
        Assert.Contains("Answered and published", own.QuerySelector("#own-clarifications")!.TextContent, StringComparison.Ordinal);
    }
}
