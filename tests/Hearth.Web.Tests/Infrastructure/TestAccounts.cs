using System.Security.Cryptography;
using Hearth.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>
/// Organisations, people and API tokens of a test's own, made in the system scope through HearthDb (so audited, and so
/// every rule a save runs applies), for tests that suspend, disable or sign in wrongly without disturbing anyone else.
/// </summary>
public static class TestAccounts
{
    public static async Task<T> WithDbAsync<T>(IServiceProvider services, Func<HearthDb, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        return await action(scope.ServiceProvider.GetRequiredService<HearthDb>());
    }

    public static Task<int> NewAuthorityAsync(IServiceProvider services) => WithDbAsync(services, async db =>
    {
        var code = RandomNumberGenerator.GetInt32(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var authority = Authority.Create($"Test Council {Guid.NewGuid():N}"[..40], "Test", "E" + code, 40, "#336699");
        db.Add(authority);
        await db.SaveChangesAsync();
        return authority.Id;
    });

    /// <summary>
    /// A provider of the test's own, with an Ofsted URN no other provider has and, when <paramref name="grade"/> is given,
    /// that judgement from an inspection a year before the app's today.
    /// </summary>
    public static Task<int> NewProviderAsync(IServiceProvider services, OfstedGrade? grade = null) => WithDbAsync(services, async db =>
    {
        var urns = (await db.Providers.Select(p => p.OfstedUrn).ToListAsync()).ToHashSet();
        string urn;
        do urn = "SC" + RandomNumberGenerator.GetInt32(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (!urns.Add(urn));
        var provider = Provider.Create($"Test Fostering {Guid.NewGuid():N}"[..40], "Test", urn, ProviderSector.Private, "1 Test Street");
        if (grade is { } judged)
        {
            var today = London.Today(db.Clock);
            provider.RecordInspection(judged, today.AddYears(-1), today);
        }
        db.Add(provider);
        await db.SaveChangesAsync();
        return provider.Id;
    });

    /// <summary>A person in the organisation with the demo password and one role; returns their id and email address.</summary>
    public static async Task<(int Id, string Email)> NewUserAsync(IServiceProvider services, int organisationId, string role, bool disabled = false)
    {
        var email = $"person-{Guid.NewGuid():N}@test.example";
        await using (var scope = services.CreateAsyncScope())
        {
            // An empty database has no roles yet (the demo data adds them).
            scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<int>>>();
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<int>(role));
        }
        await using var users = services.GetUserManager();
        var user = new HearthUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test Person", OrganisationId = organisationId, IsDisabled = disabled,
        };
        var created = await users.Manager.CreateAsync(user, DemoData.DemoPassword);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.Manager.AddToRoleAsync(user, role)).Succeeded);
        return (user.Id, email);
    }

    /// <summary>An API token of the organisation, created by the given person; returns the token.</summary>
    public static Task<string> NewTokenAsync(IServiceProvider services, int organisationId, int createdByUserId, string roles) => WithDbAsync(services, async db =>
    {
        var token = ApiTokenHandler.NewToken();
        db.ApiTokens.Add(new ApiToken
        {
            OrganisationId = organisationId, Name = "Test token", Prefix = token[..10], TokenHash = ApiTokenHandler.Hash(token), Roles = roles,
            CreatedByUserId = createdByUserId, CreatedAt = db.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return token;
    });

    /// <summary>
    /// Lets time pass for the app: moves its fake clock on (ADR 0027). The app's own TimeProvider is HearthClock, which
    /// has no Advance; a delay on it would wait for a fake clock that nobody moves, for ever.
    /// </summary>
    public static void LetTimePass(HearthFactory factory, TimeSpan span) => factory.Clock.Advance(span);
}
