using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hearth.Domain.Organisations;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Account;

/// <summary>
/// Issue 12, finding 6 (ADR 0026): sessions are held on the server and end on the next request when someone signs out,
/// changes their password, is disabled or their organisation is suspended; idle sessions end; the GOV.UK timeout
/// warning comes first.
/// </summary>
public sealed class SessionTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Uri Site = HearthFactory.Https; // the session cookie is Secure (ADR 0025)

    /// <summary>A browser whose cookies the test can read (to replay them elsewhere).</summary>
    private static (UserSession Session, CookieContainer Cookies) Browser(HearthFactory factory)
    {
        var cookies = new CookieContainer();
        return (new UserSession(factory.CreateDefaultClient(Site, new CookieContainerHandler(cookies))), cookies);
    }

    /// <summary>Someone else's client presenting only the given session cookie.</summary>
    private static async Task<HttpStatusCode> ReplayAsync(HearthFactory factory, string cookie, string path = "/")
    {
        using var client = factory.CreateDefaultClient(Site);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $".Hearth.Session={cookie}");
        return (await client.SendAsync(request, Ct)).StatusCode;
    }

    private static async Task<HttpStatusCode> WithTokenAsync(HearthFactory factory, string token)
    {
        using var client = factory.CreateDefaultClient(Site);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync("/api/v1/me", Ct)).StatusCode;
    }

    [Fact]
    public async Task SignOut_TheSessionCookieReplayedAfterwards_IsRefused()
    {
        var (_, email) = await NewUserInAsync(await MedwayAsync(), Roles.Auditor);
        var (browser, cookies) = Browser(app.Factory);
        using var owned = browser;
        await browser.SignInAsync(email);
        var stolen = cookies.GetCookies(Site)[".Hearth.Session"]!.Value;
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(app.Factory, stolen));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/account/sign-out", [], tokenFrom: "/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(app.Factory, stolen));
        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(app.Factory, stolen, "/audit"));
    }

    [Fact]
    public async Task SuspendingAnOrganisation_EndsItsUsersSessionsAndItsTokensOnTheNextRequest()
    {
        var provider = await TestAccounts.NewProviderAsync(app.Factory.Services);
        var (userId, email) = await NewUserInAsync(provider, Roles.ProviderUser);
        var token = await TestAccounts.NewTokenAsync(app.Factory.Services, provider, userId, Roles.ProviderUser);
        using var session = await app.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await WithTokenAsync(app.Factory, token));

        await TestAccounts.WithDbAsync(app.Factory.Services, async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == provider, Ct)).ChangeStatus(OrganisationStatus.Suspended);
            return await db.SaveChangesAsync(Ct);
        });

        var next = await session.Client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/account/sign-in", next.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, await WithTokenAsync(app.Factory, token));
        // Reinstating the organisation does not bring the old session back.
        await TestAccounts.WithDbAsync(app.Factory.Services, async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == provider, Ct)).ChangeStatus(OrganisationStatus.Active);
            return await db.SaveChangesAsync(Ct);
        });
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task DisablingAPerson_EndsTheirSessionAndTheTokensTheyCreatedOnTheNextRequest()
    {
        var medway = await MedwayAsync();
        var (userId, email) = await NewUserInAsync(medway, Roles.Administrator);
        var token = await TestAccounts.NewTokenAsync(app.Factory.Services, medway, userId, Roles.Auditor);
        using var session = await app.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/admin/users", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await WithTokenAsync(app.Factory, token));

        await using (var users = app.Factory.Services.GetUserManager())
        {
            var user = (await users.Manager.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
            user.IsDisabled = true;
            Assert.True((await users.Manager.UpdateAsync(user)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/admin/users", Ct)).StatusCode);
        using var client = app.Factory.CreateDefaultClient(Site);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var refused = await client.GetAsync("/api/v1/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("created by an account that has been disabled", await refused.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ChangingYourPassword_EndsYourOtherSessionsAndKeepsThisOne()
    {
        var (_, email) = await NewUserInAsync(await MedwayAsync(), Roles.Auditor);
        using var here = await app.SignInAsync(email);
        using var elsewhere = await app.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.Client.GetAsync("/", Ct)).StatusCode);

        var changed = await here.PostFormAsync("/account/change-password", new()
        {
            ["Input.CurrentPassword"] = DemoData.DemoPassword, ["Input.NewPassword"] = "a long new passphrase", ["Input.ConfirmPassword"] = "a long new passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.Client.GetAsync("/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.Client.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task Session_IdleForLongerThanTheTimeout_EndsAndTheSignInPageSaysWhy()
    {
        await using var blank = await BlankApp.StartAsync(new Dictionary<string, string> { ["SignIn:IdleTimeout"] = "00:00:02" });
        var authority = await TestAccounts.NewAuthorityAsync(blank.Factory.Services);
        var (_, email) = await TestAccounts.NewUserAsync(blank.Factory.Services, authority, Roles.Auditor);
        using var session = blank.Factory.Session();
        await session.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/audit", Ct)).StatusCode);

        TestAccounts.LetTimePass(blank.Factory, TimeSpan.FromSeconds(3));
        var ended = await session.Client.GetAsync("/audit", Ct);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var signIn = ended.Headers.Location!.OriginalString;
        Assert.Contains("timedOut=true", signIn);
        var (_, page) = await session.GetPageAsync(signIn);
        Assert.Contains("You have been signed out", page.QuerySelector(".govuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task SignedInPage_CarriesTheTimeoutWarningDialogAndItsScriptIsAFile()
    {
        var (_, email) = await NewUserInAsync(await MedwayAsync(), Roles.Auditor);
        using var session = await app.SignInAsync(email);
        var (_, page) = await session.GetPageAsync("/");
        var dialog = page.QuerySelector("dialog[data-hearth-timeout]");
        Assert.NotNull(dialog);
        var left = int.Parse(dialog.GetAttribute("data-seconds-left")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(left, 1, 30 * 60);
        Assert.Equal("120", dialog.GetAttribute("data-warning-seconds"));
        Assert.Equal("You’re about to be signed out", dialog.QuerySelector("h2")!.TextContent);
        Assert.Equal("/account/session", dialog.QuerySelector("form")!.GetAttribute("action"));
        Assert.Contains("Stay signed in", dialog.QuerySelector("button")!.TextContent);
        Assert.Empty(dialog.QuerySelectorAll("script"));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/lib/hearth/session-timeout.mjs", Ct)).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/session");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var status = JsonDocument.Parse(await (await session.Client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.InRange(status.GetProperty("secondsLeft").GetInt32(), 1, 30 * 60);
        Assert.Equal(120, status.GetProperty("warningSeconds").GetInt32());

        // Signed out, there is no warning to give.
        using var anonymous = app.Session();
        var (_, signIn) = await anonymous.GetPageAsync("/account/sign-in");
        Assert.Null(signIn.QuerySelector("dialog[data-hearth-timeout]"));
    }

    private Task<int> MedwayAsync() => app.WithDbAsync(db => db.Organisations.Where(o => o.Name == DemoData.MedwayName).Select(o => o.Id).SingleAsync());

    private Task<(int Id, string Email)> NewUserInAsync(int organisationId, string role) => TestAccounts.NewUserAsync(app.Factory.Services, organisationId, role);
}
