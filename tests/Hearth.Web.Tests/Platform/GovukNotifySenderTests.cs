using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Hearth.Web.Platform.Notifications;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Tests.Platform;

/// <summary>The GOV.UK Notify sender against a fake Notify API: the request it makes for each notification.</summary>
public sealed class GovukNotifySenderTests
{
    private const string ServiceId = "11111111-2222-3333-4444-555555555555";
    private const string ApiKey = "hearth_test-" + ServiceId + "-66666666-7777-8888-9999-000000000000";

    private sealed class FakeNotify : HttpMessageHandler
    {
        public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request, request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken)));
            const string json = """
                {"id":"740e5834-3a29-46b4-9a6f-16142fde533a","reference":"NewReferral","uri":"https://api.notifications.service.gov.uk/v2/notifications/740e5834",
                 "template":{"id":"f33517ff-2a88-4f6e-b855-c550268ce08a","version":1,"uri":"https://api.notifications.service.gov.uk/v2/template/f33517ff"},
                 "content":{"subject":"s","body":"b","from_email":"hearth@notifications.service.gov.uk"}}
                """;
            return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }

    [Fact]
    public async Task SendAsync_PostsEachEmailWithTheKindsTemplateAndPersonalisation()
    {
        var fake = new FakeNotify();
        using var http = new HttpClient(fake) { BaseAddress = new Uri("https://api.notifications.service.gov.uk") };
        var options = Options.Create(new NotifyOptions
        {
            ApiKey = ApiKey,
            Templates = new() { ["NewReferral"] = "f33517ff-2a88-4f6e-b855-c550268ce08a", ["Default"] = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee" },
        });
        var sender = new GovukNotifySender(http, options, NullLogger<GovukNotifySender>.Instance);

        await sender.SendAsync([new Notification(1, "provider@brackenfold.example", "NewReferral", "New referral", "One child aged 8.")], TestContext.Current.CancellationToken);

        var (request, body) = Assert.Single(fake.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.EndsWith("/v2/notifications/email", request.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("Bearer", request.Headers.Authorization?.Scheme);
        var json = JsonNode.Parse(body)!;
        Assert.Equal("provider@brackenfold.example", json["email_address"]!.GetValue<string>());
        Assert.Equal("f33517ff-2a88-4f6e-b855-c550268ce08a", json["template_id"]!.GetValue<string>());
        Assert.Equal("One child aged 8.", json["personalisation"]!["body"]!.GetValue<string>());
    }

    [Fact]
    public void TemplateFor_FallsBackToDefault()
    {
        var options = new NotifyOptions { Templates = new() { ["Default"] = "d" } };
        Assert.Equal("d", options.TemplateFor("OfferReceived"));
        Assert.False(options.IsConfigured);
    }
}
