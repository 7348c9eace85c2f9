using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Finance;

/// <summary>Budgets: the demo's RAG page, setting one (validation, two people at once) and the API. Medway's past years only.</summary>
public sealed class BudgetTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BudgetsPage_KentThisYear_ShowsEachLineAgainstItsForecastWithAStatus()
    {
        var session = await app.SessionForAsync("commissioner@kent.example");
        var (response, page) = await session.GetPageAsync("/finance/budgets");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#budgets-table tbody tr");
        Assert.Equal(3, rows.Length);
        var statuses = rows.Select(r => r.QuerySelector(".govuk-tag")!.TextContent.Trim()).ToList();
        Assert.All(statuses, s => Assert.Contains(s, new[] { "Green", "Amber", "Red" }));
        Assert.Contains("over by up to 5% of the budget", page.QuerySelector("#rag-rules")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("#budgets-table a")); // commissioners read, finance officers set
        Assert.NotNull(page.QuerySelector("figure.hearth-chart svg[role=img]"));
        Assert.NotEmpty(page.QuerySelectorAll("table[data-line] a[href^='/placements/']"));

        using var api = JsonDocument.Parse(await session.Client.GetStringAsync("/api/v1/finance/budgets", Ct));
        foreach (var line in api.RootElement.EnumerateArray())
        {
            var budget = line.GetProperty("budgetPence").GetInt64();
            var forecast = line.GetProperty("forecastPence").GetInt64();
            Assert.Equal(budget - forecast, line.GetProperty("variancePence").GetInt64());
            var expected = forecast <= budget ? "Green" : forecast * 100 <= budget * 105 ? "Amber" : "Red";
            Assert.Equal(expected, line.GetProperty("status").GetString());
        }
        var csv = await session.Client.GetStringAsync("/finance/budgets?handler=Csv", Ct);
        Assert.StartsWith("FinancialYear,Authority,KeyServiceLine,Budget,ActualToDate,Forecast,Variance,Status", csv);
    }

    [Fact]
    public async Task EditBudget_BadAmounts_GetFieldErrors_AGoodOneIsSaved()
    {
        var finance = await app.SessionForAsync("finance@medway.example");
        const string url = "/finance/budgets/2019-20/Asylum";
        async Task<HttpResponseMessage> Post(string amount, string version = "") =>
            await finance.PostFormAsync(url, new() { ["Input.Amount"] = amount, ["Input.Version"] = version });
        async Task<string> Error(string amount) => UserSession.ErrorSummary(await UserSession.ParseAsync(await Post(amount)));

        Assert.Equal("Enter the budget", await Error(""));
        Assert.Equal("Enter the budget in pounds and pence, like £1,250,000.00", await Error("12.345"));
        Assert.Equal("Enter the budget in pounds and pence, like £1,250,000.00", await Error("lots"));
        Assert.Equal("The budget must be £0 or more", await Error("-5"));
        Assert.Equal("The budget must be £100,000,000.00 or less", await Error("100,000,000.01"));

        var response = await Post("£1,250,000.50");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await finance.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("set to £1,250,000.50", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        var row = page.QuerySelectorAll("#budgets-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Asylum"));
        Assert.Equal("£1,250,000.50", row.QuerySelectorAll("td")[0].TextContent.Trim());
    }

    [Fact]
    public async Task EditBudget_TwoFinanceOfficersAtOnce_OneWinsTheOtherIsTold()
    {
        using var first = await app.SignInAsync("finance@medway.example");
        using var second = await app.SignInAsync("finance@medway.example");
        const string url = "/finance/budgets/2020-21/LookedAfterChildren";
        const string conflict = "Someone else changed this record while you were editing it. Your changes have not been saved: reload the page to see the latest version.";

        // Both open the form before any budget is set; the first saves, the second is told.
        var shownFirst = await VersionShownAsync(first, url);
        var shownSecond = await VersionShownAsync(second, url);
        Assert.Equal("", shownFirst);
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(url, new() { ["Input.Amount"] = "1000", ["Input.Version"] = shownFirst })).StatusCode);
        var lost = await second.PostFormAsync(url, new() { ["Input.Amount"] = "2000", ["Input.Version"] = shownSecond });
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var lostPage = await UserSession.ParseAsync(lost);
        Assert.Equal(conflict, UserSession.ErrorSummary(lostPage));
        Assert.Equal("2000", ((IHtmlInputElement)lostPage.QuerySelector("input[name='Input.Amount']")!).Value); // what they typed is kept
        Assert.Equal(Money.FromPounds(1000), await AmountAsync(2020, KeyServiceLine.LookedAfterChildren));

        // Both open it again; the first changes it, the second's change is refused.
        shownFirst = await VersionShownAsync(first, url);
        shownSecond = await VersionShownAsync(second, url);
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(url, new() { ["Input.Amount"] = "1500", ["Input.Version"] = shownFirst })).StatusCode);
        lost = await second.PostFormAsync(url, new() { ["Input.Amount"] = "2500", ["Input.Version"] = shownSecond });
        Assert.Equal(conflict, UserSession.ErrorSummary(await UserSession.ParseAsync(lost)));
        Assert.Equal(Money.FromPounds(1500), await AmountAsync(2020, KeyServiceLine.LookedAfterChildren));
    }

    [Fact]
    public async Task BudgetsApi_SetAndRead_WithProblemDetailsForBadInputAndConflicts()
    {
        var finance = await app.SessionForAsync("finance@medway.example");
        const string url = "/api/v1/finance/budgets/2021-22/LookedAfterChildrenWithDisability";
        var created = await finance.Client.PutAsJsonAsync(url, new { amountPence = 123_456_789L, version = (int?)null }, Ct);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct));
        Assert.Equal(123_456_789L, body.RootElement.GetProperty("budgetPence").GetInt64());
        var version = body.RootElement.GetProperty("version").GetInt32();

        var negative = await finance.Client.PutAsJsonAsync(url, new { amountPence = -1L, version }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, negative.StatusCode);
        using (var problem = JsonDocument.Parse(await negative.Content.ReadAsStringAsync(Ct)))
            Assert.Equal("The budget must be £0 or more", problem.RootElement.GetProperty("errors").GetProperty("Amount")[0].GetString());

        Assert.Equal(HttpStatusCode.OK, (await finance.Client.PutAsJsonAsync(url, new { amountPence = 200_000_00L, version }, Ct)).StatusCode);
        var stale = await finance.Client.PutAsJsonAsync(url, new { amountPence = 300_000_00L, version }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var unset = await finance.Client.PutAsJsonAsync(url, new { amountPence = 300_000_00L, version = (int?)null }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, unset.StatusCode); // it was set meanwhile
        Assert.Equal(Money.FromPence(200_000_00), await AmountAsync(2021, KeyServiceLine.LookedAfterChildrenWithDisability));

        Assert.Equal(HttpStatusCode.BadRequest, (await finance.Client.PutAsJsonAsync(url, new { version }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.Client.PutAsJsonAsync("/api/v1/finance/budgets/2021-22/Fostering", new { amountPence = 1L }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.Client.PutAsJsonAsync("/api/v1/finance/budgets/2021/Asylum", new { amountPence = 1L }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.Client.GetAsync("/api/v1/finance/budgets?year=21-22", Ct)).StatusCode);

        using var read = JsonDocument.Parse(await finance.Client.GetStringAsync("/api/v1/finance/budgets?year=2021-22", Ct));
        var line = read.RootElement.EnumerateArray().Single(l => l.GetProperty("keyServiceLine").GetString() == "LookedAfterChildrenWithDisability");
        Assert.Equal(200_000_00L, line.GetProperty("budgetPence").GetInt64());

        var commissioner = await app.SessionForAsync("commissioner@medway.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await commissioner.Client.PutAsJsonAsync(url, new { amountPence = 1L, version = (int?)null }, Ct)).StatusCode);
        var provider = await app.SessionForAsync("provider@brackenfold.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Client.GetAsync("/api/v1/finance/budgets", Ct)).StatusCode);
    }

    private static async Task<string> VersionShownAsync(UserSession session, string url)
    {
        var (_, page) = await session.GetPageAsync(url);
        return ((IHtmlInputElement)page.QuerySelector("input[name='Input.Version']")!).Value;
    }

    private Task<Money> AmountAsync(int startYear, KeyServiceLine line) => app.WithDbAsync(async db =>
    {
        var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
        return await db.Budgets.Where(b => b.AuthorityId == medway && b.Year == new FinancialYear(startYear) && b.KeyServiceLine == line)
            .Select(b => b.Amount).SingleAsync(Ct);
    });
}
