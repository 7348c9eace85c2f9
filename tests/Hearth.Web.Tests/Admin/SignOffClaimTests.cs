using System.Net;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Features.Referrals;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Admin;

/// <summary>An authority's administrator marks a social worker as a manager who may sign referrals off (ADR 0013).</summary>
public sealed class SignOffClaimTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Administrator_grants_and_removes_referral_sign_off_and_only_for_social_workers()
    {
        var email = $"manager-{Guid.NewGuid():N}@medway.example";
        int id;
        await using (var users = app.Factory.Services.GetUserManager())
        {
            var medway = await app.WithDbAsync(db => db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct));
            var user = new HearthUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "New Manager", OrganisationId = medway, CreatedAt = TestClock.Now };
            Assert.True((await users.Manager.CreateAsync(user, DemoData.DemoPassword)).Succeeded);
            Assert.True((await users.Manager.AddToRoleAsync(user, Roles.Broker)).Succeeded);
            id = user.Id;
        }
        using var admin = await app.SignInAsync("administrator@medway.example");
        var url = $"/admin/users/{id}?handler=Roles";

        var refused = await admin.PostFormAsync(url, new() { ["SelectedRoles"] = Roles.Broker, ["SignsOffReferrals"] = "true" }, $"/admin/users/{id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await UserSession.ParseAsync(refused);
        Assert.Contains("Only a social worker can sign off referrals", UserSession.ErrorSummary(page));
        Assert.NotNull(page.QuerySelector("#SignsOffReferrals-error"));
        Assert.False(await HasClaimAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, new() { ["SelectedRoles"] = Roles.SocialWorker, ["SignsOffReferrals"] = "true" }, $"/admin/users/{id}")).StatusCode);
        Assert.True(await HasClaimAsync(id));
        var (_, shown) = await admin.GetPageAsync($"/admin/users/{id}");
        Assert.True(shown.QuerySelector("#SignsOffReferrals")!.HasAttribute("checked"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, new() { ["SelectedRoles"] = Roles.SocialWorker }, $"/admin/users/{id}")).StatusCode);
        Assert.False(await HasClaimAsync(id));
    }

    private Task<bool> HasClaimAsync(int userId) =>
        app.WithDbAsync(db => db.UserClaims.AnyAsync(c => c.UserId == userId && c.ClaimType == ReferralAccess.SignOffClaim && c.ClaimValue == "true", Ct));
}
