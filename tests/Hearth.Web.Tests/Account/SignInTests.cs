using System.Net;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Account;

public sealed class SignInTests(DemoApp app)
{
    [Fact]
    public async Task SignIn_CorrectPassword_RedirectsHomeAndShowsTheOrganisation()
    {
        using var session = app.Session();
        await session.SignInAsync("commissioner@medway.example");
        var (response, page) = await session.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Medway Council", page.QuerySelector(".govuk-generic-header__logo")!.TextContent);
        Assert.Contains("Your work", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsOneMessageWithoutSayingWhichWasWrong()
    {
        using var session = app.Session();
        var response = await session.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "broker@medway.example", ["Input.Password"] = "not-the-password" });
        var page = await UserSession.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Enter a correct email address and password", UserSession.ErrorSummary(page));
        Assert.StartsWith("Error:", page.Title);
    }

    [Fact]
    public async Task SignIn_EmptyFields_NamesEachMissingField()
    {
        using var session = app.Session();
        var response = await session.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = "", ["Input.Password"] = "" });
        var summary = UserSession.ErrorSummary(await UserSession.ParseAsync(response));
        Assert.Contains("Enter your email address", summary);
        Assert.Contains("Enter your password", summary);
    }

    [Fact]
    public async Task SignIn_DisabledAccount_IsRefusedWithAClearMessage()
    {
        var email = await NewUserAsync(disabled: true);
        using var session = app.Session();
        var response = await session.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = DemoData.DemoPassword });
        Assert.Contains("Your account has been disabled", UserSession.ErrorSummary(await UserSession.ParseAsync(response)));
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_IsIgnored()
    {
        using var session = app.Session();
        var response = await session.PostFormAsync("/account/sign-in?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new() { ["Input.Email"] = "auditor@medway.example", ["Input.Password"] = DemoData.DemoPassword, ["ReturnUrl"] = "https://evil.example/" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Page_NotSignedIn_RedirectsToSignInWithReturnUrl()
    {
        using var session = app.Session();
        var response = await session.Client.GetAsync("/admin/users", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in?ReturnUrl=%2Fadmin%2Fusers", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var session = app.Session();
        await session.SignInAsync("finance@medway.example");
        var response = await session.PostFormAsync("/account/sign-out", [], tokenFrom: "/");
        Assert.Equal("/account/sign-in?signedOut=true", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_IsRefusedOnThatField()
    {
        var email = await NewUserAsync();
        using var session = app.Session();
        await session.SignInAsync(email);
        var response = await session.PostFormAsync("/account/change-password", new()
        {
            ["Input.CurrentPassword"] = "not-my-password", ["Input.NewPassword"] = "a brand new passphrase", ["Input.ConfirmPassword"] = "a brand new passphrase",
        });
        var page = await UserSession.ParseAsync(response);
        Assert.Equal("The current password is not correct", UserSession.ErrorSummary(page));
        Assert.NotNull(page.QuerySelector("#Input_CurrentPassword-error"));
    }

    [Fact]
    public async Task ChangePassword_Valid_NewPasswordWorksAndOldDoesNot()
    {
        var email = await NewUserAsync();
        using var session = app.Session();
        await session.SignInAsync(email);
        var response = await session.PostFormAsync("/account/change-password", new()
        {
            ["Input.CurrentPassword"] = DemoData.DemoPassword, ["Input.NewPassword"] = "correct horse battery", ["Input.ConfirmPassword"] = "correct horse battery",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var fresh = app.Session();
        await Assert.ThrowsAsync<InvalidOperationException>(() => fresh.SignInAsync(email));
        await fresh.SignInAsync(email, "correct horse battery");
    }

    [Fact]
    public async Task ChangePassword_TooShortAndMismatched_ExplainsBoth()
    {
        using var session = await app.SessionForAsync("social-worker@medway.example");
        var response = await session.PostFormAsync("/account/change-password", new()
        {
            ["Input.CurrentPassword"] = DemoData.DemoPassword, ["Input.NewPassword"] = "short", ["Input.ConfirmPassword"] = "different",
        });
        var summary = UserSession.ErrorSummary(await UserSession.ParseAsync(response));
        Assert.Contains("New password must be 12 characters or more", summary);
        Assert.Contains("The passwords do not match", summary);
    }

    /// <summary>A Medway auditor account of the test's own, with the demo password.</summary>
    private async Task<string> NewUserAsync(bool disabled = false)
    {
        var email = $"person-{Guid.NewGuid():N}@medway.example";
        await app.WithDbAsync(async db =>
        {
            var medway = await db.Organisations.SingleAsync(o => o.Name == DemoData.MedwayName);
            var users = app.Factory.Services.GetUserManager();
            var user = new HearthUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test Person", OrganisationId = medway.Id, IsDisabled = disabled };
            await using var scope = users;
            var result = await scope.Manager.CreateAsync(user, DemoData.DemoPassword);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
            await scope.Manager.AddToRoleAsync(user, "Auditor");
            return 0;
        });
        return email;
    }
}
