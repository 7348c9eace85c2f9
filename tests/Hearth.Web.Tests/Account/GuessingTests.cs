using System.Net;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Account;

/// <summary>
/// Issue 12, finding 6 (ADR 0026): sign-in resists guessing without letting anyone lock the owner out, and says nothing
/// about which email addresses have accounts.
/// </summary>
public sealed class GuessingTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Form(string email, string password) => new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [Fact]
    public async Task SignIn_ManyPostsFromOneAddress_AreAnswered429WithRetryAfterAndTheGovukPage()
    {
        await using var blank = await BlankApp.StartAsync(new Dictionary<string, string> { ["SignIn:AttemptsPerAddressPerMinute"] = "5" });
        using var session = blank.Factory.Session();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 10; i++)
        {
            // A different address each time: only the client address is being counted here.
            var response = await session.PostFormAsync("/account/sign-in", Form($"guess-{i}@nowhere.example", "not the password " + i));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused ??= response;
        }
        Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {refused.Headers.RetryAfter}");
        var page = await UserSession.ParseAsync(refused);
        Assert.Equal("There have been too many requests", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("then try again", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task SignIn_SixWrongPasswordsBySomeoneElse_TheOwnerWaitsSecondsNotAQuarterOfAnHour_ThenSignsIn()
    {
        // An app of the test's own: the owner's wait passes by moving its clock, which must not move the shared demo's.
        await using var blank = await BlankApp.StartAsync();
        var authority = await TestAccounts.NewAuthorityAsync(blank.Factory.Services);
        var (_, email) = await TestAccounts.NewUserAsync(blank.Factory.Services, authority, Roles.Auditor);
        using (var stranger = blank.Factory.Session())
        {
            for (var i = 0; i < 6; i++)
            {
                var response = await stranger.PostFormAsync("/account/sign-in", Form(email, "wrong-password-" + i));
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"attempt {i}: {(int)response.StatusCode}");
                Assert.DoesNotContain("locked", UserSession.ErrorSummary(await UserSession.ParseAsync(response)), StringComparison.OrdinalIgnoreCase);
            }
        }

        // The owner, on a browser of their own: at most a short wait (never 15 minutes), then the right password works.
        using var owner = blank.Factory.Session();
        var waited = TimeSpan.Zero;
        for (var attempt = 0; ; attempt++)
        {
            var response = await owner.PostFormAsync("/account/sign-in", Form(email, DemoData.DemoPassword));
            if (response.StatusCode == HttpStatusCode.Redirect) break;
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            var summary = UserSession.ErrorSummary(await UserSession.ParseAsync(response));
            Assert.StartsWith("There have been too many attempts to sign in with this email address. Wait ", summary);
            var wait = response.Headers.RetryAfter!.Delta!.Value;
            Assert.True(wait <= TimeSpan.FromMinutes(1), $"The owner was asked to wait {wait}");
            Assert.True(attempt < 3, "The owner was kept waiting again and again");
            waited += wait;
            TestAccounts.LetTimePass(blank.Factory, wait);
        }
        Assert.True(waited < TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task SignIn_FromABrowserThatHasSignedInBefore_IsNotSlowedByAStrangersGuesses()
    {
        var email = await NewMedwayUserAsync();
        using var owner = app.Session();
        await owner.SignInAsync(email);
        await owner.PostFormAsync("/account/sign-out", [], tokenFrom: "/");

        using (var stranger = app.Session())
            for (var i = 0; i < 8; i++) await stranger.PostFormAsync("/account/sign-in", Form(email, "wrong-password-" + i));

        var response = await owner.PostFormAsync("/account/sign-in", Form(email, DemoData.DemoPassword));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownExistingAndDisabledAddresses_AreAnsweredAlikeToWrongPasswords()
    {
        // A long first wait makes every answer after the free attempts a wait, however slow the machine.
        await using var blank = await BlankApp.StartAsync(new Dictionary<string, string> { ["SignIn:FirstDelay"] = "00:10:00" });
        var authority = await TestAccounts.NewAuthorityAsync(blank.Factory.Services);
        var (_, existing) = await TestAccounts.NewUserAsync(blank.Factory.Services, authority, Roles.Auditor);
        var (_, disabled) = await TestAccounts.NewUserAsync(blank.Factory.Services, authority, Roles.Auditor, disabled: true);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.example";

        var answers = new Dictionary<string, List<string>>();
        foreach (var email in new[] { existing, unknown, disabled })
        {
            using var session = blank.Factory.Session();
            var list = answers[email] = [];
            for (var i = 0; i < 7; i++)
            {
                var response = await session.PostFormAsync("/account/sign-in", Form(email, "wrong-password-" + i));
                var page = await UserSession.ParseAsync(response);
                list.Add($"{(int)response.StatusCode} | {response.Headers.RetryAfter is not null} | {UserSession.ErrorSummary(page)} | {page.Title}");
            }
        }
        Assert.Equal(answers[existing], answers[unknown]);
        Assert.Equal(answers[existing], answers[disabled]);
        Assert.Equal("200 | False | Enter a correct email address and password | Error: Sign in – Hearth", answers[existing][0]);
        Assert.StartsWith("429 | True | There have been too many attempts", answers[existing][^1]);
    }

    /// <summary>A Medway auditor account of the test's own, with the demo password.</summary>
    private async Task<string> NewMedwayUserAsync()
    {
        var medway = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == DemoData.MedwayName).Select(o => o.Id).SingleAsync());
        return (await TestAccounts.NewUserAsync(app.Factory.Services, medway, Roles.Auditor)).Email;
    }
}
