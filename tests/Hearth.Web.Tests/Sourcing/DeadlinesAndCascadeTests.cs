using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data.Demo;
using Hearth.Web.Features.CallOffs;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Hearth.Testing;

namespace Hearth.Web.Tests.Sourcing;

/// <summary>
/// ADR 0023: Medway's response deadlines changed through the page and the API (field errors, stale versions, other
/// authorities), used by the next call-off; the deadline worker's pass moving a cascade on with no page opened; the offer
/// approvals list reachable by managers. Mutations use Medway.
/// </summary>
public sealed class DeadlinesAndCascadeTests(DemoApp app)
{
    private const string Path = "/call-offs/deadlines";
    private const string Api = "/api/v1/call-offs/deadlines";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Form(int? emergency, int? urgent, int? planned, int version) => new()
    {
        ["Input.EmergencyHours"] = emergency?.ToString() ?? "", ["Input.UrgentHours"] = urgent?.ToString() ?? "",
        ["Input.PlannedWorkingDays"] = planned?.ToString() ?? "", ["Input.Version"] = version.ToString(),
    };

    private static async Task<JsonObject> GetAsync(UserSession session) => (await session.Client.GetFromJsonAsync<JsonObject>(Api, Ct))!;

    private static Task<HttpResponseMessage> PutAsync(UserSession session, int version, int emergency, int urgent, int planned) =>
        session.Client.PutAsJsonAsync(Api, new { version, emergencyHours = emergency, urgentHours = urgent, plannedWorkingDays = planned }, Ct);

    [Fact]
    public async Task Deadlines_PageAndApi_ChangeWithFieldErrorsStaleVersionsAndOwnAuthorityOnly_NextCallOffUsesThem()
    {
        using var commissioner = await app.SignInAsync("commissioner@medway.example");
        var before = await GetAsync(commissioner);
        var version = before["version"]!.GetValue<int>();

        // Bad values through the page: the error sits on the field, what was typed stays, nothing is saved.
        foreach (var (form, field, message) in new[]
        {
            (Form(0, 24, 5, version), "Input_EmergencyHours", "between 1 and 24 hours"),
            (Form(25, 48, 5, version), "Input_EmergencyHours", "between 1 and 24 hours"),
            (Form(8, 6, 5, version), "Input_UrgentHours", "same as or longer than the emergency"),
            (Form(4, 24, 21, version), "Input_PlannedWorkingDays", "between 1 and 20 working days"),
            (Form(null, 24, 5, version), "Input_EmergencyHours", "Enter the emergency deadline in hours"),
        })
        {
            var response = await commissioner.PostFormAsync(Path, form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await UserSession.ParseAsync(response);
            Assert.Contains(message, page.QuerySelector($"#{field}-error")?.TextContent ?? "", StringComparison.Ordinal);
            Assert.Equal(form[field.Replace('_', '.')], (page.QuerySelector($"#{field}") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);
        }
        Assert.Equal(version, (await GetAsync(commissioner))["version"]!.GetValue<int>());

        // The same rules through the API: 422 with the field, 400 when values are missing.
        foreach (var (e, u, p, field) in new[] { (0, 24, 5, "EmergencyHours"), (25, 48, 5, "EmergencyHours"), (8, 6, 5, "UrgentHours"), (4, 24, 21, "PlannedWorkingDays") })
        {
            var bad = await PutAsync(commissioner, version, e, u, p);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
            Assert.NotNull((await bad.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]![field]);
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await commissioner.Client.PutAsJsonAsync(Api, new { version }, Ct)).StatusCode);

        // A good change through the page, then the API; a form or request with the old version is refused.
        var saved = await commissioner.PostFormAsync(Path, Form(3, 30, 6, version));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var afterPage = await GetAsync(commissioner);
        Assert.Equal((3, 30, 6, false), (afterPage["emergencyHours"]!.GetValue<int>(), afterPage["urgentHours"]!.GetValue<int>(),
            afterPage["plannedWorkingDays"]!.GetValue<int>(), afterPage["isDefault"]!.GetValue<bool>()));
        var pageVersion = afterPage["version"]!.GetValue<int>();

        using var administrator = await app.SignInAsync("administrator@medway.example");
        var put = await PutAsync(administrator, pageVersion, 3, 30, 7);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var apiVersion = (await put.Content.ReadFromJsonAsync<JsonObject>(Ct))!["version"]!.GetValue<int>();
        Assert.True(apiVersion > pageVersion);

        var stalePage = await commissioner.PostFormAsync(Path, Form(5, 30, 9, pageVersion));
        Assert.Equal(HttpStatusCode.OK, stalePage.StatusCode);
        Assert.Contains("Someone else changed the response deadlines", UserSession.ErrorSummary(await UserSession.ParseAsync(stalePage)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await PutAsync(commissioner, pageVersion, 5, 30, 9)).StatusCode);
        var current = await GetAsync(commissioner);
        Assert.Equal((3, 30, 7, apiVersion), (current["emergencyHours"]!.GetValue<int>(), current["urgentHours"]!.GetValue<int>(),
            current["plannedWorkingDays"]!.GetValue<int>(), current["version"]!.GetValue<int>()));

        // Brokers see them and cannot change them; another authority sees its own, not Medway's.
        using var broker = await app.SignInAsync("broker@medway.example");
        var brokerPage = await broker.Client.GetStringAsync(Path, Ct);
        Assert.Contains("7 working days", brokerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Save deadlines", brokerPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(broker, apiVersion, 4, 24, 5)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await broker.PostFormAsync(Path, Form(4, 24, 5, apiVersion))).StatusCode);
        using var kent = await app.SignInAsync("commissioner@kent.example");
        var kentDeadlines = await GetAsync(kent);
        Assert.NotEqual(7, kentDeadlines["plannedWorkingDays"]!.GetValue<int>());
        Assert.DoesNotContain("7 working days", await kent.Client.GetStringAsync(Path, Ct), StringComparison.Ordinal);

        // The next call-off Medway sends (a planned referral) is given 7 working days.
        var medway = await SourcingArrange.AuthorityIdAsync(app, DemoData.MedwayName);
        var referralId = await SourcingArrange.SignedOffReferralAsync(app, medway, "Deadline test", givenName: "Ottoline", familyName: "Quarrington");
        Assert.Equal(HttpStatusCode.OK, (await broker.Client.PostAsJsonAsync($"/api/v1/call-offs/in-house-outcomes/{referralId}",
            new { reason = "NoCapacity", details = "All full" }, Ct)).StatusCode);
        var sent = await broker.Client.PostAsJsonAsync("/api/v1/call-offs", new { referralId, lotNumber = 1, lotChoiceReason = "Test" }, Ct);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var callOff = (await sent.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal("7 working days", callOff["window"]!.GetValue<string>());
        var sentAt = callOff["sentAt"]!.GetValue<DateTimeOffset>();
        var expected = ResponseWindow.OfWorkingDays(7).DeadlineFrom(sentAt, EnglandAndWalesBankHolidays.All);
        Assert.All(callOff["recipients"]!.AsArray().Where(r => r!["askedAt"] is not null),
            r => Assert.Equal(expected, r!["deadline"]!.GetValue<DateTimeOffset>()));

        // Medway's deadlines are shared with every other test: put the defaults back, and the edge values save.
        var edge = await PutAsync(administrator, apiVersion, 24, 24, 20);
        Assert.Equal(HttpStatusCode.OK, edge.StatusCode);
        var edgeVersion = (await edge.Content.ReadFromJsonAsync<JsonObject>(Ct))!["version"]!.GetValue<int>();
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(administrator, edgeVersion, ResponseDeadlines.DefaultEmergencyHours,
            ResponseDeadlines.DefaultUrgentHours, ResponseDeadlines.DefaultPlannedWorkingDays)).StatusCode);
    }

    // The children's names must not be words a provider's page shows anyway ("Test Child" would be): CallOffWebTests looks
    // for every call-off child's name in the provider's pages.

    /// <summary>A Medway cascade sent 10 days ago: the first provider's 5 working days have passed, the demo provider is next.</summary>
    private Task<(int CallOffId, int First, int Second)> LapsedCascadeAsync() => app.WithDbAsync(async db =>
    {
        var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
        var referralId = await SourcingArrange.SignedOffReferralAsync(app, medway, "Cascade test", givenName: "Perpetua", familyName: "Vanstone");
        var referral = await db.Referrals.Include(r => r.Children).SingleAsync(r => r.Id == referralId, Ct);
        var childIds = referral.Children.Select(c => c.ChildId).ToList();
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToListAsync(Ct);
        var sentAt = TestClock.Now.AddDays(-10);
        var today = TestClock.Today.AddDays(-10);
        // Read without tracking: the cascade rule is set on this copy only, never saved to the shared demo framework.
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.LotMembers).SingleAsync(f => f.Reference == DemoStory.CallOffFrameworkReference(today), Ct);
        framework.SetCallOffRule(CallOffRule.Cascade);
        var demoProvider = await db.Providers.OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync(Ct);
        var firstId = framework.LotMembers.First(m => m.LotNumber == 1 && m.ProviderId != demoProvider.Id && m.Status == LotMembershipStatus.Active).ProviderId;
        var first = await db.Providers.Where(p => p.Id == firstId).Select(p => new { p.Id, p.Name }).SingleAsync(Ct);
        var history = InHouseSearchOutcome.Record(referral, InHouseSearchReason.NoCapacity, "All full", -1, "Broker", sentAt.AddHours(-1));
        db.InHouseSearchOutcomes.Add(history);
        var broker = await db.Users.Where(u => u.Email == "broker@medway.example").Select(u => u.Id).SingleAsync(Ct);
        var callOff = CallOff.Send(referral, children, [history], framework, 1, "Test", [
                new EligibleProvider(first.Id, first.Name, 1, LotMembershipStatus.Active, null),
                new EligibleProvider(demoProvider.Id, demoProvider.Name, 2, LotMembershipStatus.Active, null),
            ], ResponseDeadlines.Defaults(medway), false, broker, "Broker", sentAt, today, EnglandAndWalesBankHolidays.All);
        db.CallOffs.Add(callOff);
        await db.SaveChangesAsync(Ct);
        return (callOff.Id, first.Id, demoProvider.Id);
    });

    private async Task<int> PassAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        return await scope.ServiceProvider.GetRequiredService<CallOffRecords>().AdvanceDueAsync(TestClock.Now, Ct);
    }

    [Fact]
    public async Task AdvanceDue_NobodyOpensTheCallOff_NextProviderOfTheCascadeIsAskedAndNotifiedOnce()
    {
        var (id, first, second) = await LapsedCascadeAsync();
        var link = $"/provider/referrals/{id}";
        Task<int> MessagesAsync() => app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.RecipientOrganisationId == second && m.Body.Contains(link), Ct));
        Assert.Equal(0, await MessagesAsync());

        // Two passes at once (two web nodes): one moves the cascade on, the other finds it done or loses the version race.
        var passes = await Task.WhenAll(PassAsync(), PassAsync());
        Assert.True(passes.Sum() >= 1);

        var callOff = await app.WithDbAsync(db => db.CallOffs.Include(c => c.Recipients).SingleAsync(c => c.Id == id, Ct));
        var lapsed = callOff.RecipientFor(first)!;
        var asked = callOff.RecipientFor(second)!;
        Assert.Equal(RecipientStatus.Lapsed, lapsed.Status);
        Assert.Equal(RecipientStatus.Asked, asked.Status);
        Assert.Equal(lapsed.Deadline, asked.AskedAt);
        Assert.True(asked.Deadline > TestClock.Now);
        Assert.Equal(1, await MessagesAsync());

        // Nothing more is due: another pass changes nothing and sends nothing.
        await PassAsync();
        Assert.Equal(1, await MessagesAsync());
        Assert.Equal(callOff.Version, await app.WithDbAsync(db => db.CallOffs.Where(c => c.Id == id).Select(c => c.Version).SingleAsync(Ct)));
    }

    [Fact]
    public async Task AdvanceDue_OneCallOffFails_TheOthersStillMoveOn()
    {
        // Two lapsed cascades; telling the providers of the first throws (a sender down for it). The pass carries on and
        // moves the second on, instead of stopping at the first failure every minute.
        var (broken, _, _) = await LapsedCascadeAsync();
        var (healthy, _, second) = await LapsedCascadeAsync();
        Assert.True(broken < healthy);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var system = services.GetRequiredService<OrganisationScope>();
            system.EnterSystemScope();
            var records = new CallOffRecords(services.GetRequiredService<Hearth.Web.Data.HearthDb>(), system, services.GetRequiredService<TimeProvider>(),
                new FailingFor($"/provider/referrals/{broken}", services.GetRequiredService<Hearth.Web.Platform.Notifications.INotificationSender>()),
                services.GetRequiredService<CallOffNotifications>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<CallOffRecords>.Instance);
            await records.AdvanceDueAsync(TestClock.Now, Ct);
        }
        var asked = await app.WithDbAsync(db => db.CallOffs.Include(c => c.Recipients).SingleAsync(c => c.Id == healthy, Ct));
        Assert.Equal(RecipientStatus.Asked, asked.RecipientFor(second)!.Status);
        // The failing one was moved on and saved before its message failed: the next provider is asked (the failure is in
        // the log, and a failed GOV.UK Notify send is in the outbox as Failed); a later pass does not ask anyone twice.
        var movedOn = await app.WithDbAsync(db => db.CallOffs.Include(c => c.Recipients).SingleAsync(c => c.Id == broken, Ct));
        Assert.Equal(RecipientStatus.Asked, movedOn.RecipientFor(second)!.Status);
        await PassAsync();
        Assert.Equal(movedOn.Version, await app.WithDbAsync(db => db.CallOffs.Where(c => c.Id == broken).Select(c => c.Version).SingleAsync(Ct)));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.RecipientOrganisationId == second && m.Body.Contains($"/provider/referrals/{healthy}"), Ct)));
    }

    private sealed class FailingFor(string link, Hearth.Web.Platform.Notifications.INotificationSender inner) : Hearth.Web.Platform.Notifications.INotificationSender
    {
        public Task SendAsync(IReadOnlyList<Hearth.Web.Platform.Notifications.Notification> messages, CancellationToken ct) =>
            messages.Any(m => m.Body.Contains(link, StringComparison.Ordinal)) ? throw new HttpRequestException("Notify is down") : inner.SendAsync(messages, ct);
    }

    [Fact]
    public async Task AdvanceDue_OutsideTheSystemScope_IsRefused()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<CallOffRecords>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => records.AdvanceDueAsync(TestClock.Now, Ct));
    }

    [Fact]
    public async Task Worker_IsRegistered_OnByDefaultEveryMinute_OffOnlyInTheTestHost()
    {
        var worker = Assert.Single(app.Factory.Services.GetServices<IHostedService>().OfType<DeadlineWorker>());
        Assert.False(app.Factory.Services.GetRequiredService<IOptions<DeadlineWorkerOptions>>().Value.Enabled); // HearthFactory turns it off

        // The shipped settings leave it on, every minute.
        var root = app.Factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>().ContentRootPath;
        var shipped = new ConfigurationBuilder().SetBasePath(root).AddJsonFile("appsettings.json", optional: false).Build();
        var options = shipped.GetSection(DeadlineWorkerOptions.Section).Get<DeadlineWorkerOptions>() ?? new DeadlineWorkerOptions();
        Assert.True(options.Enabled);
        Assert.Equal(TimeSpan.FromMinutes(1), options.Interval);

        // One pass of the worker runs in a system scope of its own and moves a lapsed cascade on.
        var (id, _, second) = await LapsedCascadeAsync();
        Assert.True(await worker.RunOnceAsync(Ct) >= 1);
        var callOff = await app.WithDbAsync(db => db.CallOffs.Include(c => c.Recipients).SingleAsync(c => c.Id == id, Ct));
        Assert.Equal(RecipientStatus.Asked, callOff.RecipientFor(second)!.Status);
    }

    [Fact]
    public async Task OfferApprovals_InTheManagersMenuAndHomePage_NotOtherSocialWorkers()
    {
        using var manager = await app.SignInAsync($"{DemoData.ReferralManagerSlug}@medway.example");
        var (_, home) = await manager.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("a[href='/call-offs/approvals']"));
        Assert.Matches(@"[1-9]\d* offers? waiting for your approval", home.Body!.TextContent); // the demo's open call-off has one above its price
        var (list, _) = await manager.GetPageAsync("/call-offs/approvals");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);

        using var worker = await app.SignInAsync("social-worker@medway.example");
        var (_, other) = await worker.GetPageAsync("/");
        Assert.Null(other.QuerySelector("a[href='/call-offs/approvals']"));
        Assert.DoesNotContain("waiting for your approval", other.Body!.TextContent, StringComparison.Ordinal);
    }
}
