using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

public sealed class KeyboardTests(HearthBrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task SkipLink_SignedOut_IsFirstTabStopAndMovesFocusToMain() =>
        await ExpectSkipLinkWorksAsync(() => VisitAsync("/accessibility"));

    [Fact]
    public async Task SkipLink_SignedIn_IsFirstTabStopAndMovesFocusToMain() =>
        await ExpectSkipLinkWorksAsync(() => SignInAsync(DemoData.SignIns[^1].Email, DemoData.DemoPassword));

    [Fact]
    public async Task InviteForm_KeyboardOnly_CanBeCompletedAndSent()
    {
        var admin = DemoData.SignIns.First(s => s.Organisation == DemoData.KentName && s.Role == Roles.Administrator);
        var email = $"keyboard-{Guid.NewGuid().ToString("N")[..10]}@kent{DemoData.EmailDomain}";
        await SignInAsync(admin.Email, DemoData.DemoPassword);
        await VisitAsync("/admin/users/invite");

        // Past the header with the skip link, then from field to field with Tab alone.
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content", Exact = true })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await TabToAsync(Field("Full name"));
        await Page.Keyboard.TypeAsync("Kim Keyboard");
        await TabToAsync(Field("Email address"));
        await Page.Keyboard.TypeAsync(email);
        await TabToAsync(Field("Placement finding (broker)"));
        await Page.Keyboard.PressAsync("Space");
        await Expect(Field("Placement finding (broker)")).ToBeCheckedAsync();
        await TabToAsync(Button("Send invitation"));
        await Page.Keyboard.PressAsync("Enter");

        await Expect(MainHeading).ToHaveTextAsync("Invitation created");
        await Expect(Page.Locator(".govuk-panel--confirmation")).ToContainTextAsync("for " + email);
        await ExpectAxeCleanAsync();
    }

    /// <summary>Presses Tab until <paramref name="target"/> has focus, failing if it takes more than a few presses.</summary>
    private async Task TabToAsync(ILocator target, int most = 12)
    {
        for (var i = 0; i < most; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
        }
        Assert.Fail($"{target} was not reached within {most} presses of Tab.");
    }

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
