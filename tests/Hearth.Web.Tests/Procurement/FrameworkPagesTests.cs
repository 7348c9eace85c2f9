using System.Net;
using System.Text.Json;
using Hearth.Domain.Procurement;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Procurement;

public sealed class FrameworkPagesTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> FrameworkIdAsync(string reference) =>
        app.WithDbAsync(db => db.Frameworks.Where(f => f.Reference == reference).Select(f => f.Id).SingleAsync());

    [Fact]
    public async Task Medway_SeesTheJointFrameworkLedByKent()
    {
        var session = await app.SessionForAsync("commissioner@medway.example");
        var id = await FrameworkIdAsync("KM-IFP-2022");

        var (list, index) = await session.GetPageAsync("/frameworks");
        var (response, page) = await session.GetPageAsync($"/frameworks/{id}");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(index.QuerySelectorAll("tbody tr a"), a => a.TextContent == "KM-IFP-2022");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parties = page.QuerySelector("#parties")!.TextContent;
        Assert.Contains("Kent County Council (lead authority)", parties, StringComparison.Ordinal);
        Assert.Contains("Medway Council", parties, StringComparison.Ordinal);
        // The authorising decision is in Kent's register, which Medway cannot open.
        Assert.DoesNotContain("/decisions/", page.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_The2018Framework_ShowsItsExtensionDecisionAndTheTermWarning()
    {
        var session = await app.SessionForAsync("commissioner@kent.example");
        var id = await FrameworkIdAsync("KM-IFP-2018");

        var (_, page) = await session.GetPageAsync($"/frameworks/{id}");

        var extension = page.QuerySelector("#extensions tbody tr")!;
        Assert.Contains("31 January 2022", extension.TextContent, StringComparison.Ordinal);
        Assert.Contains("31 March 2022", extension.TextContent, StringComparison.Ordinal);
        Assert.Equal("decision 21/00077", extension.QuerySelector("a[href^='/decisions/']")?.TextContent);
        Assert.Equal("Term longer than 4 years", page.QuerySelector("#term-warning")?.TextContent);
        Assert.Equal(30, page.QuerySelectorAll("#members tbody tr").Length);
    }

    [Fact]
    public async Task Details_AsAMemberProvider_ShowsPartiesAndTermButOnlyItsOwnMembership()
    {
        var session = await app.SessionForAsync("provider@brackenfold.example");
        var id = await FrameworkIdAsync("KM-IFP-2022");

        var (response, page) = await session.GetPageAsync($"/frameworks/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kent County Council (lead authority)", page.QuerySelector("#parties")!.TextContent, StringComparison.Ordinal);
        var members = page.QuerySelectorAll("#members tbody tr");
        Assert.Single(members);
        Assert.Contains(DemoData.FirstProviderName, members[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Framework_ProviderThatIsNotAMember_GetsNotFound()
    {
        var reference = "T-" + Guid.NewGuid().ToString("N")[..12];
        var id = await app.WithDbAsync(async db =>
        {
            var kent = await db.Authorities.SingleAsync(a => a.Name == DemoData.KentName);
            var other = await db.Providers.Where(p => p.Name != DemoData.FirstProviderName).OrderBy(p => p.Id).FirstAsync();
            var framework = Framework.Establish(reference, "A framework without the demo provider", ProcurementRegime.Pa2023OpenFramework,
                new DateOnly(2025, 4, 1), new DateOnly(2033, 3, 31), kent.Id, [], null);
            framework.Admit(other.Id, framework.StartDate);
            db.Frameworks.Add(framework);
            await db.SaveChangesAsync();
            return framework.Id;
        });
        var provider = await app.SessionForAsync("provider@brackenfold.example");
        var kentBroker = await app.SessionForAsync("broker@kent.example");

        var (page, _) = await provider.GetPageAsync($"/frameworks/{id}");
        var api = await provider.Client.GetAsync($"/api/v1/frameworks/{id}", Ct);
        var (_, list) = await provider.GetPageAsync("/frameworks");
        var (kentPage, kentDocument) = await kentBroker.GetPageAsync($"/frameworks/{id}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.DoesNotContain(reference, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, kentPage.StatusCode);
        Assert.Null(kentDocument.QuerySelector("#term-warning")); // an open framework may run 8 years
    }

    [Fact]
    public async Task Api_Framework2018_ReturnsTheExtensionLinkedTo21_00077()
    {
        var session = await app.SessionForAsync("contracts@kent.example");
        var id = await FrameworkIdAsync("KM-IFP-2018");

        var response = await session.Client.GetAsync($"/api/v1/frameworks/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = json.RootElement;
        Assert.Equal("2018-02-01", root.GetProperty("startDate").GetString());
        Assert.Equal("2022-01-31", root.GetProperty("originalEndDate").GetString());
        Assert.Equal("2022-03-31", root.GetProperty("endDate").GetString());
        Assert.True(root.GetProperty("exceedsMaximumTerm").GetBoolean());
        var extension = Assert.Single(root.GetProperty("extensions").EnumerateArray());
        Assert.Equal("2022-03-31", extension.GetProperty("newEndDate").GetString());
        Assert.Equal("21/00077", extension.GetProperty("keyDecision").GetProperty("reference").GetString());
        Assert.Equal(2, root.GetProperty("parties").GetArrayLength());
        Assert.Equal(30, root.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task Api_FrameworkAsProvider_ListsOnlyItsOwnMembershipAndNoDecisionReference()
    {
        var session = await app.SessionForAsync("provider@brackenfold.example");
        var id = await FrameworkIdAsync("KM-IFP-2018");

        using var json = JsonDocument.Parse(await session.Client.GetStringAsync($"/api/v1/frameworks/{id}", Ct));

        var member = Assert.Single(json.RootElement.GetProperty("members").EnumerateArray());
        Assert.Equal(DemoData.FirstProviderName, member.GetProperty("name").GetString());
        var extension = Assert.Single(json.RootElement.GetProperty("extensions").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, extension.GetProperty("keyDecision").GetProperty("reference").ValueKind);
    }

    [Fact]
    public async Task Api_Decisions_KentCommissionerSeesTheSeedDecisionAsKey()
    {
        var session = await app.SessionForAsync("commissioner@kent.example");

        using var json = JsonDocument.Parse(await session.Client.GetStringAsync("/api/v1/decisions", Ct));

        var seed = json.RootElement.EnumerateArray().Single(d => d.GetProperty("reference").GetString() == "21/00077");
        Assert.True(seed.GetProperty("isKey").GetBoolean());
        Assert.Equal(["value over £1m", "affects more than two electoral divisions"], seed.GetProperty("keyReasons").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal("Implemented", seed.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("commissioner@kent.example", true, true)]
    [InlineData("auditor@medway.example", true, true)]
    [InlineData("broker@kent.example", true, false)]
    [InlineData("finance@medway.example", true, false)]
    [InlineData("contracts@kent.example", true, false)]
    [InlineData("social-worker@kent.example", false, false)]
    [InlineData("provider@brackenfold.example", true, false)]
    [InlineData("administrator@brackenfold.example", false, false)]
    public async Task Navigation_ShowsFrameworksAndKeyDecisionsByRole(string email, bool frameworks, bool decisions)
    {
        var session = await app.SessionForAsync(email);

        var (_, page) = await session.GetPageAsync("/");

        var links = page.QuerySelectorAll(".govuk-service-navigation a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(frameworks, links.Contains("/frameworks"));
        Assert.Equal(decisions, links.Contains("/decisions"));
    }
}
