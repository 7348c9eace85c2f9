using System.Net;
using Hearth.Domain.Organisations;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Admin;

/// <summary>
/// The service operator (issue 12, ADR 0024): adds a provider with its first administrator, who confirms it by accepting;
/// suspends, reactivates and closes organisations; and nobody else can. The first operator is invited at start-up from
/// Operator:Email, never given a password.
/// </summary>
public sealed class OperatorTests(DemoApp app)
{
    private const string Password = "a long enough phrase";

    [Fact]
    public async Task AddProvider_ByTheOperator_IsNotActiveUntilItsFirstAdministratorAccepts()
    {
        var (name, urn, email) = NewProvider();
        using var operatorSession = await app.SignInAsync(DemoData.OperatorEmail);
        var response = await operatorSession.PostFormAsync("/admin/organisations/new-provider", ProviderForm(name, urn, email));
        var page = await UserSession.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, UserSession.ErrorSummary(page));
        var link = new Uri(page.QuerySelector("#invitation-link")!.TextContent).PathAndQuery;

        var provider = await app.WithDbAsync(db => db.Providers.SingleAsync(p => p.Name == name));
        Assert.Equal(OrganisationStatus.AwaitingConfirmation, provider.Status);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.OrganisationId == provider.Id)));
        var (_, list) = await operatorSession.GetPageAsync("/admin/organisations");
        Assert.Contains("Awaiting its first administrator", list.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal)).TextContent);

        // The provider's confirmation: its first administrator accepts, and only then is it active.
        using var newcomer = app.Session();
        var accepted = await newcomer.PostFormAsync(link, new() { ["Input.DisplayName"] = "Rowan Pike", ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(OrganisationStatus.Active, await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == provider.Id).Select(o => o.Status).SingleAsync()));
        var (users, usersPage) = await newcomer.GetPageAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains("Rowan Pike", usersPage.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task AddProvider_ByAnAuthorityAdministrator_IsForbiddenAndAddsNothing()
    {
        // Issue 12: an authority's administrator added providers (and then their staff) itself.
        var (name, urn, email) = NewProvider();
        using var admin = await app.SessionForAsync("administrator@kent.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetPageAsync("/admin/organisations/new-provider")).Response.StatusCode);
        var response = await admin.PostFormAsync("/admin/organisations/new-provider", ProviderForm(name, urn, email), tokenFrom: "/admin/organisations");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == name)));
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == email)));
    }

    [Fact]
    public async Task ChangeStatus_ByTheOperator_SuspendsReactivatesAndClosesForGood_AndSuspendedPeopleCannotSignIn()
    {
        var (providerId, adminEmail) = await ConfirmedProviderAsync();
        using var operatorSession = await app.SignInAsync(DemoData.OperatorEmail);
        var url = $"/admin/organisations/{providerId}/status";

        var stamp = await StampAsync(adminEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await SetStatusAsync(operatorSession, url, OrganisationStatus.Suspended)).StatusCode);
        Assert.Equal(OrganisationStatus.Suspended, await StatusAsync(providerId));
        Assert.False(await SignsInAsync(adminEmail));
        // Open sessions end at their next security-stamp check, as for a disabled account.
        Assert.NotEqual(stamp, await StampAsync(adminEmail));

        Assert.Equal(HttpStatusCode.Redirect, (await SetStatusAsync(operatorSession, url, OrganisationStatus.Active)).StatusCode);
        Assert.True(await SignsInAsync(adminEmail));

        Assert.Equal(HttpStatusCode.Redirect, (await SetStatusAsync(operatorSession, url, OrganisationStatus.Closed)).StatusCode);
        Assert.False(await SignsInAsync(adminEmail));
        var reopen = await SetStatusAsync(operatorSession, url, OrganisationStatus.Active);
        Assert.Equal(HttpStatusCode.OK, reopen.StatusCode);
        Assert.Contains("A closed organisation cannot be reopened", UserSession.ErrorSummary(await UserSession.ParseAsync(reopen)));
        Assert.Equal(OrganisationStatus.Closed, await StatusAsync(providerId));

        // An invitation into a closed organisation cannot be used either.
        var invitation = await app.WithDbAsync(async db =>
        {
            var i = new Hearth.Web.Data.Invitation
            {
                OrganisationId = providerId, InvitedByOrganisationId = providerId, Email = $"late-{Guid.NewGuid():N}@example.org", DisplayName = "Late",
                Roles = Roles.ProviderUser, TokenHash = Hearth.Web.Platform.Auth.ApiTokenHandler.Hash("late-token-" + providerId),
                CreatedAt = app.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow(),
                ExpiresAt = app.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(7),
            };
            db.Invitations.Add(i);
            await db.SaveChangesAsync();
            return i;
        });
        using var late = app.Session();
        Assert.Equal(HttpStatusCode.Gone, (await late.GetPageAsync($"/account/invitation/late-token-{providerId}")).Response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == invitation.Email)));
    }

    [Fact]
    public async Task Status_NobodyButTheOperator_AndNeverTheOperatorsOwnOrganisation()
    {
        var (kent, hearth) = await app.WithDbAsync(async db => (
            await db.Organisations.Where(o => o.Name == DemoData.KentName).Select(o => o.Id).SingleAsync(),
            await db.Organisations.Where(o => o.Name == ServiceOperator.DefaultName).Select(o => o.Id).SingleAsync()));
        using var operatorSession = await app.SessionForAsync(DemoData.OperatorEmail);
        var (own, _) = await operatorSession.GetPageAsync($"/admin/organisations/{hearth}/status");
        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
        var (other, page) = await operatorSession.GetPageAsync($"/admin/organisations/{kent}/status");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        // Kent has people: its own administrators invite them; the operator does not.
        Assert.Null(page.QuerySelector("form[action*='handler=Invite']"));

        using var medwayAdmin = await app.SessionForAsync("administrator@medway.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await medwayAdmin.GetPageAsync($"/admin/organisations/{kent}/status")).Response.StatusCode);
        // The operator sees no authority's records: not Kent's placements, children or users.
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorSession.GetPageAsync("/placements")).Response.StatusCode);
        var (users, usersPage) = await operatorSession.GetPageAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        Assert.DoesNotContain("kent.example", usersPage.Body?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task InviteFirstAdministrator_OnlyForAnOrganisationWithNobody()
    {
        var providerId = await app.WithDbAsync(async db =>
        {
            var (name, urn, _) = NewProvider();
            var provider = Provider.Create(name, "Empty", urn, ProviderSector.Voluntary, "1 Quiet Street, Dover CT16 1AA");
            db.Providers.Add(provider);
            await db.SaveChangesAsync();
            return provider.Id;
        });
        var brackenfold = await app.WithDbAsync(db => db.Providers.Where(p => p.Name == DemoData.FirstProviderName).Select(p => p.Id).SingleAsync());
        using var operatorSession = await app.SignInAsync(DemoData.OperatorEmail);

        var refused = await operatorSession.PostFormAsync($"/admin/organisations/{brackenfold}/status?handler=Invite", new()
        {
            ["Invite.AdministratorName"] = "Not Wanted", ["Invite.AdministratorEmail"] = $"x-{Guid.NewGuid():N}@example.org",
        }, tokenFrom: $"/admin/organisations/{brackenfold}/status");
        Assert.Contains("already has people on Hearth", UserSession.ErrorSummary(await UserSession.ParseAsync(refused)));

        var email = $"first-{Guid.NewGuid():N}@example.org";
        var invited = await operatorSession.PostFormAsync($"/admin/organisations/{providerId}/status?handler=Invite", new()
        {
            ["Invite.AdministratorName"] = "Ada First", ["Invite.AdministratorEmail"] = email,
        }, tokenFrom: $"/admin/organisations/{providerId}/status");
        Assert.NotNull((await UserSession.ParseAsync(invited)).QuerySelector("#invitation-link"));
        var invitation = await app.WithDbAsync(db => db.Invitations.SingleAsync(i => i.Email == email));
        Assert.Equal((providerId, Roles.Administrator), (invitation.OrganisationId, invitation.Roles));
    }

    [Fact]
    public async Task FirstOperator_FromTheOperatorEmailSetting_IsInvitedNotGivenAPassword()
    {
        await using var blank = await BlankApp.StartAsync(new Dictionary<string, string>
        {
            ["Operator:Email"] = "First.Operator@Service.example", ["Operator:Name"] = "First Operator",
        });
        var link = blank.Factory.Services.GetRequiredService<DatabaseInitialiser>().OperatorInvitationPath;
        Assert.NotNull(link);
        using var session = blank.Factory.Session();
        var accepted = await session.PostFormAsync(link, new() { ["Input.DisplayName"] = "First Operator", ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var (add, _) = await session.GetPageAsync("/admin/organisations/new-provider");
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        var (invite, _) = await session.GetPageAsync("/admin/users/invite");
        Assert.Equal(HttpStatusCode.OK, invite.StatusCode);
        // The first operator is also its organisation's administrator: the administrators' pages work for it, and show
        // nothing of any authority or provider.
        foreach (var page in new[] { "/", "/admin/users", "/admin/api-tokens", "/admin/outbox", "/admin/organisations", "/admin/postcode-districts", "/households" })
            Assert.Equal(HttpStatusCode.OK, (await session.GetPageAsync(page)).Response.StatusCode);
        foreach (var page in new[] { "/admin/area", "/admin/match-weights", "/finance/uasc/rates", "/call-offs/deadlines", "/placements" })
            Assert.Equal(HttpStatusCode.Forbidden, (await session.GetPageAsync(page)).Response.StatusCode);
        var token = await session.PostFormAsync("/admin/api-tokens?handler=Create", new() { ["Input.Name"] = "Operator token", ["Input.Roles"] = Roles.ServiceOperator },
            tokenFrom: "/admin/api-tokens");
        Assert.Contains("An API token cannot have the service operator role", UserSession.ErrorSummary(await UserSession.ParseAsync(token)));
    }

    private static (string Name, string Urn, string Email) NewProvider()
    {
        var id = Guid.NewGuid().ToString("N");
        var urn = "SC" + (Math.Abs(BitConverter.ToInt32(Guid.NewGuid().ToByteArray())) % 900_000 + 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ($"Operator Test Fostering {id[..8]}", urn, $"first-admin-{id}@example.org");
    }

    private static Dictionary<string, string> ProviderForm(string name, string urn, string email) => new()
    {
        ["Input.Name"] = name, ["Input.ShortName"] = "OpTest", ["Input.OfstedUrn"] = urn, ["Input.Sector"] = nameof(ProviderSector.Voluntary),
        ["Input.RegisteredOffice"] = "2 Harbour Street, Whitstable CT5 1AJ", ["Input.AdministratorName"] = "Rowan Pike", ["Input.AdministratorEmail"] = email,
    };

    /// <summary>A provider added by the operator whose first administrator has accepted: its id and that person's e-mail.</summary>
    private async Task<(int ProviderId, string AdminEmail)> ConfirmedProviderAsync()
    {
        var (name, urn, email) = NewProvider();
        using var operatorSession = await app.SignInAsync(DemoData.OperatorEmail);
        var response = await operatorSession.PostFormAsync("/admin/organisations/new-provider", ProviderForm(name, urn, email));
        var link = new Uri((await UserSession.ParseAsync(response)).QuerySelector("#invitation-link")!.TextContent).PathAndQuery;
        using var newcomer = app.Session();
        await newcomer.PostFormAsync(link, new() { ["Input.DisplayName"] = "Rowan Pike", ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
        return (await app.WithDbAsync(db => db.Providers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync()), email);
    }

    private static async Task<HttpResponseMessage> SetStatusAsync(UserSession session, string url, OrganisationStatus status)
    {
        var (_, page) = await session.GetPageAsync(url);
        var version = page.QuerySelector("input[name='Input.Version']")?.GetAttribute("value") ?? "0";
        return await session.PostFormAsync(url, new() { ["Input.Status"] = status.ToString(), ["Input.Version"] = version });
    }

    private Task<string?> StampAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.SecurityStamp).SingleAsync());

    private Task<OrganisationStatus> StatusAsync(int id) => app.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Status).SingleAsync());

    private async Task<bool> SignsInAsync(string email)
    {
        using var session = app.Session();
        var response = await session.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        return response.StatusCode == HttpStatusCode.Redirect;
    }
}
