using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hearth.Web.Tests.Infrastructure;

namespace Hearth.Web.Tests.Api;

/// <summary>Issue 12, finding 7: every 4xx the API sends is problem details with a title and a detail, never an empty body.</summary>
public sealed class ApiProblemTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("{\"caseReference\": ", "application/json", 400, "The request body is not valid JSON")]
    [InlineData("not json at all", "application/json", 400, "The request body is not valid JSON")]
    [InlineData("{\"dateOfBirth\": \"yesterday\"}", "application/json", 400, "The request body is not valid JSON")]
    [InlineData("", "application/json", 400, "A JSON body is required")]
    [InlineData("caseReference=X", "text/plain", 415, "Unsupported media type")]
    public async Task Post_BodyTheApiCannotRead_IsAProblemSayingWhatIsWrong(string body, string contentType, int status, string title)
    {
        using var client = await TokenClientAsync("SocialWorker");
        var response = await client.PostAsync("/api/v1/children", new StringContent(body, Encoding.UTF8, contentType), Ct);
        var problem = await AssertProblemAsync(response, status);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        if (title.Contains("JSON", StringComparison.Ordinal) && body.Length > 0)
            Assert.Contains("line 1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCredentials_Is401Problem()
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var problem = await AssertProblemAsync(await client.GetAsync("/api/v1/children", Ct), 401);
        Assert.Contains("Bearer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInWithARoleThatMayNot_Is403Problem()
    {
        var auditor = await app.SessionForAsync("auditor@kent.example");
        await AssertProblemAsync(await auditor.Client.GetAsync("/api/v1/children", Ct), 403);
    }

    [Fact]
    public async Task QueryValueOfTheWrongType_Is400Problem()
    {
        var finance = await app.SessionForAsync("finance@kent.example");
        var problem = await AssertProblemAsync(await finance.Client.GetAsync("/api/v1/placements?page=many", Ct), 400);
        Assert.Contains("page", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = json.RootElement.Clone();
        Assert.Equal(status, root.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("detail").GetString()));
        return root;
    }

    private async Task<HttpClient> TokenClientAsync(string role)
    {
        using var admin = await app.SignInAsync("administrator@kent.example");
        var response = await admin.PostFormAsync("/admin/api-tokens?handler=Create", new() { ["Input.Name"] = $"Problems {Guid.NewGuid():N}"[..30], ["Input.Roles"] = role });
        var page = await UserSession.ParseAsync(response);
        var token = page.QuerySelector("#new-token")?.TextContent ?? throw new InvalidOperationException(UserSession.ErrorSummary(page));
        var client = app.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
