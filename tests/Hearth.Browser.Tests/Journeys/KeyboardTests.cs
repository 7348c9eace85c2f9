using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;

namespace Hearth.Browser.Tests.Journeys;

public sealed class KeyboardTests(HearthBrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task SkipLink_SignedOut_IsFirstTabStopAndMovesFocusToMain() =>
        await ExpectSkipLinkWorksAsync(() => VisitAsync("/accessibility"));

    [Fact]
    public async Task SkipLink_SignedIn_IsFirstTabStopAndMovesFocusToMain() =>
        await ExpectSkipLinkWorksAsync(() => SignInAsync(DemoData.SignIns[^1].Email, DemoData.DemoPassword));

    private async Task ExpectSkipLinkWorksAsync(Func<Task> open)
    {
        await open();
        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content", Exact = true });

        await Page.Keyboard.PressAsync("Tab");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();

        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#main-content$"));
        await Expect(Page.Locator("main#main-content")).ToBeFocusedAsync();

        // The next Tab continues from the main content, not from the top of the page.
        await Page.Keyboard.PressAsync("Tab");
        var insideMain = await Page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)");
        Assert.True(insideMain, "After the skip link, Tab should move to the first focusable element inside <main>.");
    }
}
