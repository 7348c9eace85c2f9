using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hearth.Web.Tests.Infrastructure;

namespace Hearth.Web.Tests.Api;

public sealed class ApiTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Me_WithATokenCreatedInTheApp_AnswersAsTheOrganisationWithTheTokensRoles()
    {
        var token = await CreateTokenAsync("administrator@medway.example", "Finance system", "FinanceOfficer");
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.GetAsync("/api/v1/me", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Medway Council", json.RootElement.GetProperty("organisation").GetString());
        Assert.Equal(["FinanceOfficer"], json.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
    }

    [Fact]
    public async Task Token_Revoked_IsRefusedWithProblemDetails()
    {
        var token = await CreateTokenAsync("administrator@kent.example", "Old integration", "Auditor");
        using (var admin = await app.SignInAsync("administrator@kent.example"))
        {
            var prefix = token[..10];
            var hash = Hearth.Web.Platform.Auth.ApiTokenHandler.Hash(token);
            var id = await app.WithDbAsync(db => Task.FromResult(db.ApiTokens.Single(t => t.TokenHash == hash && t.Prefix == prefix).Id));
            var revoke = await admin.PostFormAsync($"/admin/api-tokens?handler=Revoke&id={id}", []);
            Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        }
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.GetAsync("/api/v1/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("revoked", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Token_Unknown_IsRefused()
    {
        using var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "hth_not-a-real-token");
        var response = await client.GetAsync("/api/v1/organisations", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not recognised", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Api_NoCredentials_Answers401ProblemNotARedirect()
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/api/v1/organisations", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/organisations/abc")]
    [InlineData("/api/v1/organisations/99999999")]
    [InlineData("/api/v1/no-such-thing")]
    public async Task Api_MalformedOrUnknownAddress_Answers404Problem(string url)
    {
        using var session = await app.SessionForAsync("broker@kent.example");
        var response = await session.Client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        if (url.EndsWith("99999999", StringComparison.Ordinal) || url.Contains("no-such", StringComparison.Ordinal))
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Organisations_FilteredByKind_ListsOnlyThatKind()
    {
        using var session = await app.SessionForAsync("broker@kent.example");
        var response = await session.Client.GetAsync("/api/v1/organisations?kind=authority", Ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["Kent County Council", "Medway Council"], json.RootElement.EnumerateArray().Select(o => o.GetProperty("name").GetString()!));
        var bad = await session.Client.GetAsync("/api/v1/organisations?kind=council", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheApi()
    {
        using var client = app.Factory.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("/api/v1/organisations/{id}", text);
        Assert.Contains("\"title\": \"Hearth API\"", text);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reference", Ct)).StatusCode);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        using var client = app.Factory.CreateClient();
        var response = await client.GetAsync("/account/sign-in", Ct);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Anonymous_IsHealthy(string url)
    {
        using var client = app.Factory.CreateClient();
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<string> CreateTokenAsync(string adminEmail, string name, string role)
    {
        using var admin = await app.SignInAsync(adminEmail);
        var response = await admin.PostFormAsync("/admin/api-tokens?handler=Create", new() { ["Input.Name"] = name, ["Input.Roles"] = role });
        var page = await UserSession.ParseAsync(response);
        return page.QuerySelector("#new-token")?.TextContent ?? throw new InvalidOperationException(UserSession.ErrorSummary(page));
    }
}
