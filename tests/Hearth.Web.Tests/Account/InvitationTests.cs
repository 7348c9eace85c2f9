using System.Net;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Account;

public sealed class InvitationTests(DemoApp app)
{
    [Fact]
    public async Task Invite_ThenAccept_CreatesTheAccountWithTheRolesAndSignsIn()
    {
        var email = $"new-broker-{Guid.NewGuid():N}@kent.example";
        var link = await InviteAsync("administrator@kent.example", email, "Broker");

        using var newcomer = app.Session();
        var (get, form) = await newcomer.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("Kent County Council", form.QuerySelector("main")!.TextContent);
        var accepted = await newcomer.PostFormAsync(link, new()
        {
            ["Input.DisplayName"] = "Nadia Brook", ["Input.Password"] = "a long enough phrase", ["Input.ConfirmPassword"] = "a long enough phrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var (_, home) = await newcomer.GetPageAsync("/");
        Assert.Contains("Placement finding (broker)", home.QuerySelector("main")!.TextContent);

        // One time only.
        using var second = app.Session();
        var (again, page) = await second.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("This invitation link cannot be used", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Invitation_Expired_CannotBeUsed()
    {
        var email = $"late-{Guid.NewGuid():N}@kent.example";
        var link = await InviteAsync("administrator@kent.example", email, "Auditor");
        await app.WithDbAsync(async db =>
        {
            var invitation = await db.Invitations.SingleAsync(i => i.Email == email);
            invitation.ExpiresAt = TestClock.Now.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        using var session = app.Session();
        var response = await session.PostFormAsync(link, new()
        {
            ["Input.DisplayName"] = "Too Late", ["Input.Password"] = "a long enough phrase", ["Input.ConfirmPassword"] = "a long enough phrase",
        });
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Invite_ExistingAccountsEmail_IsRefused()
    {
        using var admin = await app.SessionForAsync("administrator@medway.example");
        var response = await admin.PostFormAsync("/admin/users/invite", Fields("finance@medway.example", "FinanceOfficer"));
        Assert.Contains("An account with this email address already exists", UserSession.ErrorSummary(await UserSession.ParseAsync(response)));
    }

    [Fact]
    public async Task Invite_NoRoleOrProviderRoleForAnAuthority_IsRefused()
    {
        using var admin = await app.SessionForAsync("administrator@medway.example");
        var noRole = await admin.PostFormAsync("/admin/users/invite", Fields($"x-{Guid.NewGuid():N}@medway.example", null));
        Assert.Contains("Select at least one role", UserSession.ErrorSummary(await UserSession.ParseAsync(noRole)));
        var wrongRole = await admin.PostFormAsync("/admin/users/invite", Fields($"y-{Guid.NewGuid():N}@medway.example", "ProviderUser"));
        Assert.Contains("Provider user is not a role for an authority", UserSession.ErrorSummary(await UserSession.ParseAsync(wrongRole)));
    }

    [Fact]
    public async Task Invite_AnotherOrganisationsIdInTheForm_InvitesIntoTheAdministratorsOwnOrganisationOnly()
    {
        // Issue 12: an authority's administrator posted a provider's id and made an Administrator there. There is no
        // organisation to choose any more: whatever id is posted, the invitation is into the administrator's own organisation.
        var (kent, brackenfold) = await app.WithDbAsync(async db => (
            await db.Organisations.Where(o => o.Name == DemoData.KentName).Select(o => o.Id).SingleAsync(),
            await db.Organisations.Where(o => o.Name == DemoData.FirstProviderName).Select(o => o.Id).SingleAsync()));
        var email = $"onboard-{Guid.NewGuid():N}@example.org";
        using var admin = await app.SessionForAsync("administrator@kent.example");
        var response = await admin.PostFormAsync("/admin/users/invite", new()
        {
            ["Input.DisplayName"] = "Someone New", ["Input.Email"] = email, ["Input.OrganisationId"] = brackenfold.ToString(), ["Input.Roles"] = "Auditor",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invited = await app.WithDbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.OrganisationId).ToListAsync());
        Assert.Equal([kent], invited);

        var (_, form) = await admin.GetPageAsync("/admin/users/invite");
        Assert.Null(form.QuerySelector("[name='Input.OrganisationId']"));
        Assert.Contains("You can only invite people into your own organisation", form.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Invite_AProviderRoleByAnAuthorityAdministrator_IsRefused()
    {
        using var admin = await app.SessionForAsync("administrator@kent.example");
        var response = await admin.PostFormAsync("/admin/users/invite", Fields($"p-{Guid.NewGuid():N}@example.org", "ProviderUser"));
        Assert.Contains("Provider user is not a role for an authority", UserSession.ErrorSummary(await UserSession.ParseAsync(response)));
    }

    /// <summary>An invitation's form: always into the administrator's own organisation (there is none to choose, ADR 0024).</summary>
    private static Dictionary<string, string> Fields(string email, string? role)
    {
        var fields = new Dictionary<string, string> { ["Input.DisplayName"] = "Someone New", ["Input.Email"] = email };
        if (role is not null) fields["Input.Roles"] = role;
        return fields;
    }

    private async Task<string> InviteAsync(string adminEmail, string email, string role)
    {
        using var admin = await app.SignInAsync(adminEmail);
        var response = await admin.PostFormAsync("/admin/users/invite", Fields(email, role));
        var page = await UserSession.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, UserSession.ErrorSummary(page));
        var link = page.QuerySelector("#invitation-link")?.TextContent ?? throw new InvalidOperationException("No invitation link: " + UserSession.ErrorSummary(page));
        return new Uri(link).PathAndQuery;
    }
}
