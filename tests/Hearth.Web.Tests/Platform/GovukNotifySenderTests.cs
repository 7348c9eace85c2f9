using Hearth.Testing;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Notifications;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Tests.Platform;

/// <summary>
/// The GOV.UK Notify sender against a fake Notify API (no network): the request it makes for each notification, and the
/// sent-messages log it keeps in the outbox table (Notify's id, or the error; never the API key).
/// </summary>
public sealed class GovukNotifySenderTests(DemoApp app)
{
    private const string ServiceId = "11111111-2222-3333-4444-555555555555";
    private const string ApiKey = "hearth_test-" + ServiceId + "-66666666-7777-8888-9999-000000000000";

    private sealed class FakeNotify(HttpStatusCode? failWith = null) : HttpMessageHandler
    {
        public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request, request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken)));
            if (failWith is { } status)
                return new HttpResponseMessage(status)
                {
                    Content = new StringContent("""{"errors":[{"error":"BadRequestError","message":"Can't send to this recipient using a team-only API key"}],"status_code":400}""",
                        Encoding.UTF8, "application/json"),
                };
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
        await using var scope = SystemScope(out var db);
        var sender = new GovukNotifySender(http, options, db, TestClock.CreateClock(), NullLogger<GovukNotifySender>.Instance);

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

    private AsyncServiceScope SystemScope(out HearthDb db)
    {
        var scope = app.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        db = scope.ServiceProvider.GetRequiredService<HearthDb>();
        return scope;
    }

    private static IOptions<NotifyOptions> NotifySettings(string? defaultTemplate = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee") => Microsoft.Extensions.Options.Options.Create(
        new NotifyOptions { ApiKey = ApiKey, Templates = defaultTemplate is null ? [] : new() { ["Default"] = defaultTemplate } });

    private async Task<List<OutboxMessage>> LoggedAsync(string email) => await app.WithDbAsync(db =>
        db.OutboxMessages.Where(m => m.RecipientEmail == email).OrderBy(m => m.Id).ToListAsync(TestContext.Current.CancellationToken));

    private async Task<int> MedwayIdAsync() => await app.WithDbAsync(db =>
        db.Authorities.Where(a => a.Name == Hearth.Web.Data.Demo.DemoData.MedwayName).Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task SendAsync_Accepted_IsLoggedAsSentWithNotifysIdAndShownToTheAdministrator()
    {
        var medway = await MedwayIdAsync();
        var email = $"notify-sent-{Guid.NewGuid():N}@medway.example";
        using var http = new HttpClient(new FakeNotify()) { BaseAddress = new Uri("https://api.notifications.service.gov.uk") };
        await using (var scope = SystemScope(out var db))
            await new GovukNotifySender(http, NotifySettings(), db, TestClock.CreateClock(), NullLogger<GovukNotifySender>.Instance)
                .SendAsync([new Notification(medway, email, "OfferReceived", "Offer received for call-off 9", "An offer.")], TestContext.Current.CancellationToken);

        var logged = Assert.Single(await LoggedAsync(email));
        Assert.Equal(("Sent", "740e5834-3a29-46b4-9a6f-16142fde533a", (string?)null), (logged.Delivery, logged.NotifyId, logged.Error));
        Assert.Equal(("OfferReceived", "Offer received for call-off 9", medway), (logged.Template, logged.Subject, logged.RecipientOrganisationId));

        using var admin = await app.SessionForAsync("administrator@medway.example");
        var page = await admin.Client.GetStringAsync("/admin/outbox", TestContext.Current.CancellationToken);
        Assert.Contains(email, page, StringComparison.Ordinal);
        Assert.Contains("Notify reference 740e5834-3a29-46b4-9a6f-16142fde533a", page, StringComparison.Ordinal);
        using var kent = await app.SessionForAsync("administrator@kent.example");
        Assert.DoesNotContain(email, await kent.Client.GetStringAsync("/admin/outbox", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_RefusedOrNoTemplate_IsLoggedAsFailedWithTheErrorButNeverTheKey_AndTheOthersStillGo()
    {
        var medway = await MedwayIdAsync();
        var refused = $"notify-refused-{Guid.NewGuid():N}@medway.example";
        var fake = new FakeNotify(HttpStatusCode.BadRequest);
        using var http = new HttpClient(fake) { BaseAddress = new Uri("https://api.notifications.service.gov.uk") };
        await using (var scope = SystemScope(out var db))
        {
            var sender = new GovukNotifySender(http, NotifySettings(), db, TestClock.CreateClock(), NullLogger<GovukNotifySender>.Instance);
            await sender.SendAsync([new Notification(medway, refused, "NewReferral", "New referral", "b"), new Notification(medway, refused, "NewReferral", "Second", "b")],
                TestContext.Current.CancellationToken);
        }
        Assert.Equal(2, fake.Requests.Count); // the first failure did not stop the second
        var logged = await LoggedAsync(refused);
        Assert.Equal(2, logged.Count);
        Assert.All(logged, m => Assert.Equal("Failed", m.Delivery));
        Assert.Contains("team-only API key", logged[0].Error, StringComparison.Ordinal);
        Assert.All(logged, m => Assert.DoesNotContain(ApiKey[^36..], m.Error!, StringComparison.Ordinal));

        var untemplated = $"notify-untemplated-{Guid.NewGuid():N}@medway.example";
        using var http2 = new HttpClient(new FakeNotify()) { BaseAddress = new Uri("https://api.notifications.service.gov.uk") };
        await using (var scope = SystemScope(out var db))
            await new GovukNotifySender(http2, NotifySettings(defaultTemplate: null), db, TestClock.CreateClock(), NullLogger<GovukNotifySender>.Instance)
                .SendAsync([new Notification(medway, untemplated, "NoAnswers", "s", "b")], TestContext.Current.CancellationToken);
        var missing = Assert.Single(await LoggedAsync(untemplated));
        Assert.Equal("Failed", missing.Delivery);
        Assert.Contains("no template id for NoAnswers", missing.Error, StringComparison.Ordinal);

        using var admin = await app.SessionForAsync("administrator@medway.example");
        var page = await admin.Client.GetStringAsync("/admin/outbox", TestContext.Current.CancellationToken);
        Assert.Contains(refused, page, StringComparison.Ordinal);
        Assert.Contains("Not sent", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey[^36..], page, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_RemovesTheKeyAndItsSecretAndShortens()
    {
        Assert.Equal("bad [api key] here", GovukNotifySender.Redact($"bad {ApiKey} here", ApiKey));
        Assert.Equal("secret [secret]", GovukNotifySender.Redact($"secret {ApiKey[^36..]}", ApiKey));
        Assert.Equal(OutboxMessage.MaximumErrorLength, GovukNotifySender.Redact(new string('x', 2_000), ApiKey).Length);
    }
}
