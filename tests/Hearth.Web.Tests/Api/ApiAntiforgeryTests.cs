using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Api;

/// <summary>
/// Issue 12, finding 8: an API write that rides on a browser's session cookie needs the antiforgery token (so another
/// site cannot make a signed-in person's browser write); one with an API token does not (ADR 0025).
/// </summary>
public sealed class ApiAntiforgeryTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object NewChild(string reference) => new
    {
        caseReference = reference, givenName = "Forged", familyName = "Request", dateOfBirth = "2015-03-01", sex = "M", ethnicity = "WBRI", religion = "",
        firstLanguage = "English", hasDisability = false, isUasc = false, legalStatus = "C2", homePostcode = "ME4 4TR", school = "",
    };

    [Fact]
    public async Task CookieWrite_WithoutTheAntiforgeryToken_IsRefusedAndNothingIsSaved()
    {
        var social = await app.SessionForAsync("social-worker@medway.example");
        var reference = $"CSRF-{Guid.NewGuid():N}"[..16];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/children") { Content = JsonContent.Create(NewChild(reference)) };
        request.Options.Set(ApiAntiforgeryHandler.WithoutToken, true);
        var response = await social.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Antiforgery token required", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Children.CountAsync(c => c.CaseReference == reference, Ct)));
    }

    [Fact]
    public async Task CookieWrite_WithTheToken_AndTokenWrite_AreAccepted()
    {
        var social = await app.SessionForAsync("social-worker@medway.example");
        var withCookie = await social.Client.PostAsJsonAsync("/api/v1/children", NewChild($"AF-{Guid.NewGuid():N}"[..16]), Ct);
        Assert.Equal(HttpStatusCode.Created, withCookie.StatusCode);

        using var admin = await app.SignInAsync("administrator@medway.example");
        var created = await UserSession.ParseAsync(await admin.PostFormAsync("/admin/api-tokens?handler=Create",
            new() { ["Input.Name"] = $"CSRF test {Guid.NewGuid():N}"[..30], ["Input.Roles"] = "SocialWorker" }));
        var token = created.QuerySelector("#new-token")!.TextContent;
        using var system = app.Factory.CreateClient();
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var withToken = await system.PostAsJsonAsync("/api/v1/children", NewChild($"AT-{Guid.NewGuid():N}"[..16]), Ct);
        Assert.Equal(HttpStatusCode.Created, withToken.StatusCode);
    }
}
