using Hearth.Browser.Tests.Infrastructure;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>The pages a visitor who has not signed in can reach.</summary>
public sealed class SignedOutPageTests(HearthBrowserFixture app) : BrowserTest(app)
{
    public static TheoryData<string, int, string> Pages => new()
    {
        { "/account/sign-in", 200, "Sign in to Hearth" },
        { "/accessibility", 200, "Accessibility statement for Hearth" },
        { "/cookies", 200, "Cookies" },
        { "/error/404", 404, "Page not found" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Visit_SignedOut_ShowsThePageAxeClean(string path, int status, string heading)
    {
        var response = await VisitAsync(path);

        Assert.Equal(status, response?.Status);
        await Expect(MainHeading).ToHaveTextAsync(heading);
        await Expect(Header.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Visit_UnknownAddressSignedOut_ShowsPageNotFound()
    {
        var response = await VisitAsync("/nonexistent");

        Assert.Equal(404, response?.Status);
        await Expect(MainHeading).ToHaveTextAsync("Page not found");
    }

    [Fact]
    public async Task Visit_UnknownAddressSignedIn_ShowsPageNotFound()
    {
        await SignInAsync(Hearth.Web.Data.Demo.DemoData.SignIns[1].Email, Hearth.Web.Data.Demo.DemoData.DemoPassword);

        var response = await VisitAsync("/nonexistent");

        Assert.Equal(404, response?.Status);
        await Expect(MainHeading).ToHaveTextAsync("Page not found");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "go to the Hearth home page" })).ToHaveAttributeAsync("href", "/");
    }

    [Fact]
    public async Task Visit_HomeSignedOut_AsksToSignInAndReturnsThereAfter()
    {
        await VisitAsync("/");

        await Expect(Page).ToHaveURLAsync(App.BaseUrl + "/account/sign-in?ReturnUrl=%2F");
        await Expect(MainHeading).ToHaveTextAsync("Sign in to Hearth");
    }
}
