using System.Net;
using Hearth.Web.Tests.Infrastructure;

namespace Hearth.Web.Tests.Finance;

/// <summary>The finance hub, the single Finance menu item, and auditors reading the forecast and budgets without editing.</summary>
public sealed class FinanceHubTests(DemoApp app)
{
    [Theory]
    [InlineData("finance@medway.example", new[] { "Spend by financial year", "Highest-cost placements", "Average weekly cost", "Commitments", "Forecast", "Budgets", "Sufficiency", "Payments schedule", "UASC grant", "Import placements", "Find a placement" })]
    [InlineData("auditor@kent.example", new[] { "Spend by financial year", "Highest-cost placements", "Average weekly cost", "Commitments", "Forecast", "Budgets", "Sufficiency", "Payments schedule", "UASC grant" })]
    [InlineData("contracts@kent.example", new[] { "Highest-cost placements" })]
    [InlineData("provider@brackenfold.example", new[] { "Payments schedule" })]
    public async Task Hub_ListsOnlyTheReportsAndTasksTheRoleMayOpen_EachWithADescription(string email, string[] links)
    {
        using var session = await app.SessionForAsync(email);
        var (response, page) = await session.GetPageAsync("/finance");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(links, page.QuerySelectorAll("main h3 a").Select(a => a.TextContent.Trim()));
        Assert.All(page.QuerySelectorAll("main li"), li => Assert.NotNull(li.QuerySelector("p.govuk-body")));
        var menu = page.QuerySelectorAll("header nav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Finance", menu);
        Assert.DoesNotContain("Spend", menu);
        Assert.DoesNotContain("Budgets", menu);
        foreach (var link in page.QuerySelectorAll("main h3 a"))
        {
            var (linked, _) = await session.GetPageAsync(link.GetAttribute("href")!);
            Assert.True(linked.StatusCode == HttpStatusCode.OK, $"{link.GetAttribute("href")} as {email}: {(int)linked.StatusCode}");
        }
    }

    [Fact]
    public async Task Auditor_ReadsForecastAndBudgets_WithNoWayToEdit()
    {
        using var auditor = await app.SessionForAsync("auditor@medway.example");
        var (budgets, page) = await auditor.GetPageAsync("/finance/budgets");
        Assert.Equal(HttpStatusCode.OK, budgets.StatusCode);
        Assert.Empty(page.QuerySelectorAll("a[href^='/finance/budgets/']"));
        Assert.DoesNotContain("Set budget", page.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetPageAsync("/finance/forecast")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetPageAsync("/finance/budgets/2024-25/Asylum")).Response.StatusCode);

        using var finance = await app.SessionForAsync("finance@medway.example");
        var (_, editable) = await finance.GetPageAsync("/finance/budgets");
        Assert.NotEmpty(editable.QuerySelectorAll("a[href^='/finance/budgets/']"));
    }
}
