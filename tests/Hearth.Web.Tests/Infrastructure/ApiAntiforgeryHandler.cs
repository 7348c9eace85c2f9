using System.Text.RegularExpressions;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>
/// Does for a test's session what a page's script would: an API write (POST, PUT, PATCH, DELETE under /api) made with
/// the session cookie gets the antiforgery token in the RequestVerificationToken header (ADR 0025), fetched from a page
/// of the app as the signed-in person. Requests with an Authorization header (API tokens) and reads are left alone.
/// </summary>
public sealed partial class ApiAntiforgeryHandler : DelegatingHandler
{
    /// <summary>Set on a request to send it without the token, as another site's forged request would come.</summary>
    public static readonly HttpRequestOptionsKey<bool> WithoutToken = new("Hearth.WithoutAntiforgeryToken");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var write = request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && request.Method != HttpMethod.Options;
        var api = request.RequestUri is { } uri && (uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString).StartsWith("/api/", StringComparison.OrdinalIgnoreCase);
        var skip = request.Options.TryGetValue(WithoutToken, out var without) && without;
        if (write && api && !skip && request.Headers.Authorization is null && !request.Headers.Contains("RequestVerificationToken"))
        {
            var baseUri = new Uri(request.RequestUri!.GetLeftPart(UriPartial.Authority));
            using var page = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, "/cookies"));
            using var response = await base.SendAsync(page, cancellationToken);
            var html = await response.Content.ReadAsStringAsync(cancellationToken);
            if (Token().Match(html) is { Success: true } match) request.Headers.Add("RequestVerificationToken", System.Net.WebUtility.HtmlDecode(match.Groups[1].Value));
        }
        return await base.SendAsync(request, cancellationToken);
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
