using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hearth.Web.Data.Demo;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>A browser-like client: keeps cookies, reads pages as HTML documents, posts forms with their antiforgery token.</summary>
public sealed class UserSession(HttpClient client, bool shared = false) : IDisposable
{
    public HttpClient Client { get; } = client;

    /// <summary>A session shared between tests (DemoApp.SessionForAsync): disposing it is left to the app fixture.</summary>
    public bool Shared { get; } = shared;

    public async Task SignInAsync(string email, string password = DemoData.DemoPassword)
    {
        var response = await PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}: {Summary(body)}");
        }
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string url)
    {
        var response = await Client.GetAsync(url);
        return (response, await ParseAsync(response));
    }

    /// <summary>Fetches the form's page for its antiforgery token, then posts the fields to <paramref name="url"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var token = await AntiforgeryTokenAsync(tokenFrom ?? url);
        var content = fields.Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value)).ToList();
        if (token is not null) content.Add(new("__RequestVerificationToken", token));
        return await Client.PostAsync(url, new FormUrlEncodedContent(content));
    }

    public async Task<string?> AntiforgeryTokenAsync(string pageUrl)
    {
        var (_, document) = await GetPageAsync(StripHandler(pageUrl));
        var token = document.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement;
        if (token is not null) return token.Value;
        // Pages without a form of their own: the header's sign-out form carries a token when signed in, the sign-in
        // form when not.
        foreach (var fallback in new[] { "/cookies", "/account/sign-in" })
        {
            var (_, other) = await GetPageAsync(fallback);
            if (other.QuerySelector("input[name=__RequestVerificationToken]") is IHtmlInputElement found) return found.Value;
        }
        return null;
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html));
    }

    public static string ErrorSummary(IDocument document) =>
        string.Join(" | ", document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()));

    private static string Summary(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        var document = context.OpenAsync(r => r.Content(html)).GetAwaiter().GetResult();
        var errors = ErrorSummary(document);
        return errors.Length > 0 ? errors : document.Title ?? "";
    }

    private static string StripHandler(string url)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        return q < 0 ? url : url[..q];
    }

    public void Dispose()
    {
        if (!Shared) Client.Dispose();
    }
}
