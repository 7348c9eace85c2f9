using System.Net;
using Hearth.Web.Tests.Infrastructure;

namespace Hearth.Web.Tests.Platform;

public sealed class ErrorPageTests(DemoApp app)
{
    [Theory]
    [InlineData("/admin/users/abc")]
    [InlineData("/admin/users/-1")]
    [InlineData("/admin/organisations/99999999999999")]
    [InlineData("/no/such/page")]
    public async Task MalformedOrUnknownAddress_ShowsTheGovukNotFoundPage(string url)
    {
        var session = await app.SessionForAsync("administrator@kent.example");
        var (response, page) = await session.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task UnknownAddress_SignedOut_IsNotFoundRatherThanASignInPrompt()
    {
        using var session = app.Session();
        var (response, page) = await session.GetPageAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task PageForAnotherRole_ShowsTheForbiddenPageNamingTheOrganisation()
    {
        var session = await app.SessionForAsync("broker@kent.example");
        var (response, page) = await session.GetPageAsync("/audit");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have permission to view this page", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Kent County Council", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task ServerErrorPage_SaysSorryAndGivesAReference()
    {
        using var session = app.Session();
        var (response, page) = await session.GetPageAsync("/error/500");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_IsRefused()
    {
        var session = await app.SessionForAsync("administrator@kent.example");
        var response = await session.Client.PostAsync("/admin/api-tokens?handler=Create",
            new FormUrlEncodedContent([new("Input.Name", "Sneaky"), new("Input.Roles", "Auditor")]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
