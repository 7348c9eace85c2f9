using System.Text.RegularExpressions;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// A Kent administrator invites a colleague, who creates their account in their own browser; and disables and
/// re-enables an account. Only people these tests invite are changed, never the demo users.
/// </summary>
public sealed partial class AdminUserTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private const string BrokerRole = "Placement finding (broker)";
    private const string InviteePassword = "willow basket cobble river";

    private static readonly DemoSignIn KentAdministrator =
        DemoData.SignIns.First(s => s.Organisation == DemoData.KentName && s.Role == Roles.Administrator);

    private ILocator UsersTable => Page.GetByRole(AriaRole.Table, new() { Name = "People in your organisation" });

    [Fact]
    public async Task InviteColleague_EmptyFormThenComplete_InviteeCreatesTheirAccountOnce()
    {
        var invitee = NewInvitee();
        var admin = Page;
        await SignInAsync(KentAdministrator.Email, DemoData.DemoPassword);
        await OpenInviteFormAsync();

        // Nothing filled in: an error for each question.
        await Button("Send invitation").ClickAsync();
        await ExpectErrorsAsync("Enter the person’s full name", "Enter the person’s email address", "Select at least one role");

        var link = await SendInvitationAsync(invitee);

        // The invitee, in a browser of their own, follows the link.
        var inviteeBrowser = await OpenBrowserAsync();
        SwitchTo(inviteeBrowser);
        await VisitAsync(link);
        await Expect(MainHeading).ToHaveTextAsync("Create your account");
        await Expect(Page.GetByText($"as {invitee.Email}")).ToBeVisibleAsync();
        await Expect(Field("Full name")).ToHaveValueAsync(invitee.Name);

        // The passwords do not match: the error state.
        await Field("Create a password").FillAsync(InviteePassword);
        await Field("Confirm password").FillAsync(InviteePassword + " typo");
        await Button("Create account").ClickAsync();
        await ExpectErrorsAsync("The passwords do not match");

        // Corrected: signed in, on the home page, with the broker's work.
        await CreateAccountAsync(invitee);

        // The administrator sees them as an active user, and the invitation is no longer waiting.
        SwitchTo(admin);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Users");
        var row = UsersTable.GetByRole(AriaRole.Row).Filter(new() { HasText = invitee.Email });
        await Expect(row.GetByRole(AriaRole.Cell)).ToHaveTextAsync([invitee.Name, invitee.Email, BrokerRole, "Active"]);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Withdraw invitation for " + invitee.Email })).ToHaveCountAsync(0);
        await ExpectAxeCleanAsync();

        // The link worked once.
        SwitchTo(inviteeBrowser);
        var again = await VisitAsync(link);
        Assert.Equal(410, again?.Status);
        await Expect(MainHeading).ToHaveTextAsync("This invitation link cannot be used");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Create account" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task DisableAccount_ThenEnable_BlocksAndRestoresSignIn()
    {
        // A person of this test's own, invited and signed up here: never a demo user.
        var invitee = NewInvitee();
        var admin = Page;
        await SignInAsync(KentAdministrator.Email, DemoData.DemoPassword);
        await VisitAsync("/admin/users/invite");
        var link = await SendInvitationAsync(invitee);
        var inviteeBrowser = await OpenBrowserAsync();
        SwitchTo(inviteeBrowser);
        await VisitAsync(link);
        await CreateAccountAsync(invitee);
        await SignOutAsync();

        // The administrator opens the person's page from the list of users.
        SwitchTo(admin);
        await VisitAsync("/admin/users");
        await UsersTable.GetByRole(AriaRole.Link, new() { Name = invitee.Name, Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(UserPage());
        await Expect(MainHeading).ToContainTextAsync(invitee.Name);
        await Expect(StatusValue).ToHaveTextAsync("Active");
        await ExpectAxeCleanAsync();

        await Button("Disable account").ClickAsync();
        await ExpectSuccessAsync("Account disabled");
        await Expect(StatusValue).ToHaveTextAsync("Disabled");
        await Expect(Button("Enable account")).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();

        // Disabled: the right password no longer lets them in.
        SwitchTo(inviteeBrowser);
        await SubmitSignInAsync(invitee.Email, InviteePassword);
        await Expect(ErrorSummary).ToBeFocusedAsync();
        await Expect(ErrorSummary.GetByRole(AriaRole.Link))
            .ToHaveTextAsync("Your account has been disabled, or your organisation is not active on Hearth. Contact your administrator.");
        await Expect(Page).ToHaveURLAsync(App.BaseUrl + "/account/sign-in");
        await ExpectAxeCleanAsync();

        SwitchTo(admin);
        await Button("Enable account").ClickAsync();
        await ExpectSuccessAsync("Account enabled");
        await Expect(StatusValue).ToHaveTextAsync("Active");
        await ExpectAxeCleanAsync();

        // Enabled again: they can sign in.
        SwitchTo(inviteeBrowser);
        await SignInAsync(invitee.Email, InviteePassword);
        await Expect(Header).ToContainTextAsync($"Signed in as {invitee.Name}");
    }

    private sealed record Invitee(string Name, string Email);

    /// <summary>A person nobody else uses: the address is new on every run and for every test.</summary>
    private static Invitee NewInvitee()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        return new Invitee($"Robin Browser {run}", $"invitee-{run}@kent{DemoData.EmailDomain}");
    }

    private ILocator StatusValue =>
        Page.Locator(".govuk-summary-list__row").Filter(new() { HasText = "Status" }).Locator(".govuk-summary-list__value");

    /// <summary>From the home page, through the service navigation, to the invitation form.</summary>
    private async Task OpenInviteFormAsync()
    {
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Users");
        await ExpectAxeCleanAsync();
        await Link("Invite a user").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Invite a user");
        await Expect(Field("Organisation")).ToHaveCountAsync(0); // always the administrator's own (ADR 0024)
        await ExpectAxeCleanAsync();
    }

    /// <summary>Fills in the form as a broker at Kent and sends it: returns the one-time link the page shows.</summary>
    private async Task<string> SendInvitationAsync(Invitee invitee)
    {
        await Field("Full name").FillAsync(invitee.Name);
        await Field("Email address").FillAsync(invitee.Email);
        // Always into the administrator's own organisation: there is none to choose (ADR 0024).
        await Expect(Page.Locator("main .govuk-caption-l")).ToHaveTextAsync(DemoData.KentName);
        await Field(BrokerRole).CheckAsync();
        await Button("Send invitation").ClickAsync();

        await Expect(MainHeading).ToHaveTextAsync("Invitation created");
        await Expect(Page.Locator(".govuk-panel--confirmation")).ToContainTextAsync("for " + invitee.Email);
        await Expect(ErrorSummary).ToHaveCountAsync(0);
        var link = (await Page.Locator("#invitation-link").TextContentAsync() ?? "").Trim();
        Assert.Matches("^" + Regex.Escape(App.BaseUrl) + "/account/invitation/[^/]+$", link);
        await ExpectAxeCleanAsync();
        return link;
    }

    /// <summary>On "Create your account": chooses the password and arrives, signed in, at their home page.</summary>
    private async Task CreateAccountAsync(Invitee invitee)
    {
        await Field("Create a password").FillAsync(InviteePassword);
        await Field("Confirm password").FillAsync(InviteePassword);
        await Button("Create account").ClickAsync();

        await Expect(Page).ToHaveURLAsync(App.BaseUrl + "/");
        await Expect(MainHeading).ToContainTextAsync("Your work");
        await Expect(MainHeading).ToContainTextAsync(DemoData.KentName);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = BrokerRole, Exact = true })).ToBeVisibleAsync();
        await Expect(Header).ToContainTextAsync($"Signed in as {invitee.Name}");
        await ExpectAxeCleanAsync();
    }

    private async Task ExpectSuccessAsync(string message)
    {
        var banner = Page.Locator(".govuk-notification-banner--success");
        await Expect(banner.GetByRole(AriaRole.Heading, new() { Name = "Success" })).ToBeVisibleAsync();
        await Expect(banner.Locator(".govuk-notification-banner__heading")).ToHaveTextAsync(message);
    }

    [GeneratedRegex(@"/admin/users/\d+(\?.*)?$")]
    private static partial Regex UserPage();
}
