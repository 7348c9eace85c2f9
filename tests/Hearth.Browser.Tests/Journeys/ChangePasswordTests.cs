using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

public sealed class ChangePasswordTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private const string NewPassword = "kettle granite orchard lantern";

    [Fact]
    public async Task ChangePassword_MismatchThenMatching_ChangesItAndTheNewOneSignsIn()
    {
        // A user of this test's own (a Medway social worker), so that no other test's sign-in can be affected.
        var template = DemoData.SignIns.First(s => s.Organisation == DemoData.MedwayName && s.Role == Roles.SocialWorker);
        var user = await App.CreateUserLikeAsync(template, "browser-change-password@medway" + DemoData.EmailDomain);
        await SignInAsync(user.Email, DemoData.DemoPassword);

        await Header.GetByRole(AriaRole.Link, new() { Name = "Change password", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Change your password");
        await ExpectAxeCleanAsync();

        // The passwords do not match: the error state.
        await Field("Current password").FillAsync(DemoData.DemoPassword);
        await Field("New password").FillAsync(NewPassword);
        await Field("Confirm new password").FillAsync(NewPassword + " typo");
        await Button("Change password").ClickAsync();
        await Expect(ErrorSummary).ToBeFocusedAsync();
        await Expect(ErrorSummary).ToContainTextAsync("There is a problem");
        await Expect(ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "The passwords do not match" })).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();

        // Corrected.
        await ChangeAsync(DemoData.DemoPassword, NewPassword);

        // The old password no longer signs in; the new one does.
        await SignOutAsync();
        await SubmitSignInAsync(user.Email, DemoData.DemoPassword);
        await Expect(ErrorSummary).ToContainTextAsync("Enter a correct email address and password");
        await ExpectAxeCleanAsync();
        await SignInAsync(user.Email, NewPassword);

        // And back, leaving the account as it was.
        await Header.GetByRole(AriaRole.Link, new() { Name = "Change password", Exact = true }).ClickAsync();
        await ExpectAxeCleanAsync();
        await ChangeAsync(NewPassword, DemoData.DemoPassword);
    }

    private async Task ChangeAsync(string current, string replacement)
    {
        await Field("Current password").FillAsync(current);
        await Field("New password").FillAsync(replacement);
        await Field("Confirm new password").FillAsync(replacement);
        await Button("Change password").ClickAsync();
        await Expect(Page.GetByText("Your password has been changed", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(ErrorSummary).ToHaveCountAsync(0);
        await ExpectAxeCleanAsync();
    }
}
