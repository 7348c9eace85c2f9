using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Benchmarks;

/// <summary>
/// <c>create-users</c>: creates sign-in users on a generated database so the signed-in pages can be measured. It builds
/// the web app's own service provider (<see cref="HearthApp.Build"/>, demo data off) and creates the users through its
/// <see cref="UserManager{TUser}"/> in the system scope, so passwords are hashed and names normalised exactly as when a
/// person accepts an invitation. One user per authority role for Kent (ONS E10000016) when it was generated, otherwise
/// the authority with the most placements; and one provider user for the provider with the most placements. Emails are
/// <c>{role}@national.example</c> (and <c>provider@national.example</c>). Running it again resets the passwords.
/// </summary>
internal static class CreateUsersCommand
{
    public const string EmailDomain = "national.example";
    private const string KentOnsCode = "E10000016";

    public static async Task<int> RunAsync(DatabaseTarget target, string password, TextWriter log)
    {
        await using var app = HearthApp.Build(
        [
            $"--Database:Provider={target.Provider}",
            $"--ConnectionStrings:Hearth={target.ConnectionString}",
            "--Demo:Enabled=false",
            "--Serilog:MinimumLevel:Default=Warning",
        ]);
        await app.Services.GetRequiredService<DatabaseInitialiser>().PrepareAsync(CancellationToken.None);

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<OrganisationScope>().EnterSystemScope();
        var db = services.GetRequiredService<HearthDb>();

        var authority = await db.Organisations.OfType<Authority>().AsNoTracking().SingleOrDefaultAsync(a => a.OnsCode == KentOnsCode);
        if (authority is null)
        {
            var busiest = await db.Placements.GroupBy(p => p.AuthorityId)
                .Select(g => new { Id = g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Id).FirstOrDefaultAsync();
            if (busiest is not null) authority = await db.Organisations.OfType<Authority>().AsNoTracking().SingleAsync(a => a.Id == busiest.Id);
        }
        var busiestProvider = await db.Placements.Where(p => p.ProviderId != null).GroupBy(p => p.ProviderId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Id).FirstOrDefaultAsync();
        var provider = busiestProvider is null ? null
            : await db.Organisations.OfType<Provider>().AsNoTracking().SingleAsync(p => p.Id == busiestProvider.Id);
        if (authority is null || provider is null)
        {
            await Console.Error.WriteLineAsync("The database has no placements: run 'generate' first.");
            return 1;
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole<int>>>();
        foreach (var role in Roles.All)
        {
            if (await roles.RoleExistsAsync(role)) continue;
            Check(await roles.CreateAsync(new IdentityRole<int>(role)), $"role {role}");
            log.WriteLine($"Created role {role}");
        }

        var users = services.GetRequiredService<UserManager<HearthUser>>();
        var clock = services.GetRequiredService<TimeProvider>();
        var wanted = Roles.AuthorityRoles.Select(r => (Role: r, Email: $"{Slug(r)}@{EmailDomain}", Organisation: (Organisation)authority))
            .Append((Role: Roles.ProviderUser, Email: $"provider@{EmailDomain}", Organisation: provider));
        foreach (var (role, email, organisation) in wanted)
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new HearthUser
                {
                    UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{Roles.DisplayName(role)} (benchmark)",
                    OrganisationId = organisation.Id, CreatedAt = clock.GetUtcNow(),
                };
                Check(await users.CreateAsync(user, password), email);
            }
            else
            {
                if (user.OrganisationId != organisation.Id)
                {
                    user.OrganisationId = organisation.Id;
                    Check(await users.UpdateAsync(user), email);
                }
                Check(await users.RemovePasswordAsync(user), email);
                Check(await users.AddPasswordAsync(user, password), email);
            }
            if (!await users.IsInRoleAsync(user, role)) Check(await users.AddToRoleAsync(user, role), email);
            log.WriteLine($"{email,-40} {Roles.DisplayName(role),-28} {organisation.Name} (id {organisation.Id})");
        }
        return 0;
    }

    /// <summary>"FinanceOfficer" → "finance-officer".</summary>
    private static string Slug(string role) =>
        string.Concat(role.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
