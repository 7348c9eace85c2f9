using System.Text.RegularExpressions;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

public sealed partial class SignInTests(HearthBrowserFixture app) : BrowserTest(app)
{
    /// <summary>Every demo sign-in: one per role for Kent and for Medway, and the provider's two users.</summary>
    public static TheoryData<string> DemoSignIns => [.. DemoData.SignIns.Select(s => s.Email)];

    [Theory]
    [MemberData(nameof(DemoSignIns))]
    public async Task SignIn_DemoUser_SeesTheirWorkThenSignsOut(string email)
    {
        var user = DemoData.SignIns.Single(s => s.Email == email);

        await SignInAsync(user.Email, DemoData.DemoPassword);

        await Expect(MainHeading).ToContainTextAsync(user.Organisation);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = Roles.DisplayName(user.Role), Exact = true }))
            .ToBeVisibleAsync();
        await Expect(Header).ToContainTextAsync($"Signed in as {user.DisplayName}");
        // The service navigation offers the sections the role opens, and no others.
        await Expect(ServiceNavigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(ExpectedMenu.For(user));
        await Expect(ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true }))
            .ToHaveAttributeAsync("aria-current", "page");

        await SignOutAsync();
        Assert.Equal(
            ["/account/sign-in", "/", "/account/sign-in?signedOut=true"],
            VisitedUrls.Select(u => new Uri(u).PathAndQuery));
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorSummaryWithFocus()
    {
        var user = DemoData.SignIns[0];

        await SubmitSignInAsync(user.Email, "not-the-demo-password");

        await Expect(ErrorSummary).ToBeFocusedAsync();
        await Expect(ErrorSummary.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        // The summary links to the field, and the same message sits by the field.
        await Expect(ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "Enter a correct email address and password" }))
            .ToHaveAttributeAsync("href", "#Input_Email");
        await Expect(Page.Locator(".govuk-error-message")).ToContainTextAsync("Enter a correct email address and password");
        await Expect(Page).ToHaveTitleAsync(ErrorTitle());
        await Expect(Page).ToHaveURLAsync(App.BaseUrl + "/account/sign-in");
        await ExpectAxeCleanAsync();
    }

    [Fact]
    public async Task SignIn_EmptyForm_ShowsAnErrorForEachField()
    {
        await VisitAsync("/account/sign-in");
        await Button("Sign in").ClickAsync();

        await Expect(ErrorSummary).ToBeFocusedAsync();
        await Expect(ErrorSummary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter your email address", "Enter your password"]);
        await Expect(Page).ToHaveTitleAsync(ErrorTitle());
        await ExpectAxeCleanAsync();
    }

    [GeneratedRegex("^Error: ")]
    private static partial Regex ErrorTitle();
}
