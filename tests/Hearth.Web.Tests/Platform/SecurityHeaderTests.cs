using System.Net;
using System.Text.RegularExpressions;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Hearth.Web.Tests.Scoping;

namespace Hearth.Web.Tests.Platform;

/// <summary>
/// Issue 12, finding 8: the security headers and a strict Content-Security-Policy are on every response — pages,
/// static files, redirects, the API, 404s and 500s — every page keeps to the policy (no inline script, event handler
/// or style attribute), and the session cookie is Secure even over plain HTTP outside Development.
/// </summary>
public sealed partial class SecurityHeaderTests(DemoApp app, ThrowingApp throwing) : IClassFixture<ThrowingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/account/sign-in", 200)]
    [InlineData("/lib/hearth/site.css", 200)]
    [InlineData("/lib/govuk/govuk-frontend.min.js", 200)]
    [InlineData("/", 302)]
    [InlineData("/no/such/page", 404)]
    [InlineData("/api/v1/me", 401)]
    [InlineData("/boom", 500)]
    [InlineData("/api/v1/boom", 500)]
    public async Task EveryKindOfResponse_CarriesTheSecurityHeaders(string url, int status)
    {
        using var client = throwing.Factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = HearthFactory.Https });
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.StartsWith("max-age=31536000", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        if (!url.StartsWith("/lib/", StringComparison.Ordinal)) Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_KeepsToThePolicy_NoInlineScriptEventHandlerOrStyleAttribute()
    {
        var failures = new List<string>();
        var pages = ScopeMatrix.Cases.Where(c => c.Method == "GET" && !c.Route.StartsWith("/api", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 50, $"only {pages.Count} pages");
        foreach (var page in pages)
        {
            var signIn = DemoData.SignIns.First(page.Allowed);
            var session = await app.SessionForAsync(signIn.Email);
            var url = await page.OwnUrl(await ScopeContext.ForAsync(app, signIn));
            var response = await session.Client.GetAsync(url, Ct);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var nonce = Nonce().Match(Header(response, "Content-Security-Policy")).Groups[1].Value;
            var html = await response.Content.ReadAsStringAsync(Ct);
            var document = await UserSession.ParseAsync(new HttpResponseMessage { Content = new StringContent(html) });
            foreach (var script in document.QuerySelectorAll("script").Where(s => !s.HasAttribute("src")))
                failures.Add($"{url}: inline script {script.OuterHtml[..Math.Min(80, script.OuterHtml.Length)]}");
            foreach (var style in document.QuerySelectorAll("style").Where(s => s.GetAttribute("nonce") != nonce))
                failures.Add($"{url}: a style element without the response's nonce");
            foreach (var element in document.All)
            {
                if (element.HasAttribute("style")) failures.Add($"{url}: style attribute on <{element.LocalName}>");
                foreach (var attribute in element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                    failures.Add($"{url}: event handler {attribute.Name} on <{element.LocalName}>");
                if (element.GetAttribute("href")?.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) == true)
                    failures.Add($"{url}: javascript: link");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(40)));
    }

    [Fact]
    public async Task ApiReference_HasItsOwnPolicyAndStillLoads()
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = HearthFactory.Https });
        var page = await client.GetAsync("/api/reference/", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = Header(page, "Content-Security-Policy");
        Assert.Contains("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/reference/scalar.js", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json", Ct)).StatusCode);
    }

    [Fact]
    public async Task SessionCookie_IsSecure_EvenOverPlainHttp()
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://localhost") });
        var form = await client.GetAsync("/account/sign-in", Ct);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".Hearth.Antiforgery=", StringComparison.Ordinal));
        var token = (await UserSession.ParseAsync(form)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent([new("Input.Email", "auditor@kent.example"), new("Input.Password", DemoData.DemoPassword), new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signedIn = await client.SendAsync(post, Ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".Hearth.Session=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : "";

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();
}
