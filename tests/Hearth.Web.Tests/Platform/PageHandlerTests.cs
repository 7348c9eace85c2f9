using System.Net;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Hearth.Web.Tests.Scoping;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Platform;

/// <summary>
/// Issue 12, finding 7: a form post that names no handler (or one the page does not have) used to render the page without
/// loading anything, and failed with a NullReferenceException. Every page whose POST handlers all have names is tried.
/// </summary>
public sealed class PageHandlerTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BidPage_PostWithNoOrAnUnknownHandler_IsNotFoundNotAServerError()
    {
        var id = await Bidding.TenderArrange.PublishedTenderAsync(app);
        using var provider = await app.SignInAsync("provider@brackenfold.example");
        foreach (var url in new[] { $"/bidding/{id}/lots/1", $"/bidding/{id}/lots/1?handler=NoSuchHandler" })
        {
            var response = await provider.PostFormAsync(url, new() { ["Version"] = "0" });
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {url}: {(int)response.StatusCode}");
            var page = await UserSession.ParseAsync(response);
            Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task EveryPageWithOnlyNamedPostHandlers_PostWithoutAHandler_IsNotFound()
    {
        var pages = await PagesWithoutAnUnnamedPostAsync();
        Assert.NotEmpty(pages);
        var sessions = new Dictionary<string, UserSession>();
        var failures = new List<string>();
        try
        {
            foreach (var route in pages)
            {
                var scopeCase = ScopeMatrix.Cases.FirstOrDefault(c => c.Method == "GET" && Normalise(c.Route.Split('?')[0]) == route);
                if (scopeCase is null)
                {
                    failures.Add($"{route}: no GET case in the scope matrix to build its address from");
                    continue;
                }
                var signIn = DemoData.SignIns.First(scopeCase.Allowed);
                if (!sessions.TryGetValue(signIn.Email, out var session))
                    sessions[signIn.Email] = session = await app.SignInAsync(signIn.Email);
                var url = (await scopeCase.OwnUrl(await ScopeContext.ForAsync(app, signIn))).Split('?')[0];
                var response = await session.PostFormAsync(url, []);
                if (response.StatusCode != HttpStatusCode.NotFound) failures.Add($"POST {url} as {signIn.Email}: {(int)response.StatusCode}");
            }
        }
        finally
        {
            foreach (var session in sessions.Values) session.Dispose();
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The routes of pages that have handlers but none for a plain POST: a POST without ?handler= selects nothing.</summary>
    private async Task<List<string>> PagesWithoutAnUnnamedPostAsync()
    {
        var loader = app.Factory.Services.GetRequiredService<PageLoader>();
        var routes = new List<string>();
        foreach (var endpoint in app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor) continue;
            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            if (compiled.HandlerMethods.Count == 0) continue;
            if (compiled.HandlerMethods.Any(h => string.Equals(h.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase) && h.Name is null)) continue;
            var route = Normalise(endpoint.RoutePattern.RawText ?? "");
            if (route.StartsWith("/error", StringComparison.OrdinalIgnoreCase)) continue;
            routes.Add(route);
        }
        return routes.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static string Normalise(string route)
    {
        var r = "/" + route.Trim('/');
        return r.Equals("/Index", StringComparison.OrdinalIgnoreCase) ? "/" : r;
    }
}
