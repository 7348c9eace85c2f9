using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Features.Admin.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Platform;

/// <summary>
/// At start-up, in the system scope: every role exists (a database without the demo data has none), and, when
/// Operator:Email is set, the service operator's organisation exists and the first service operator is invited (ADR 0024).
/// </summary>
public static class OperatorBootstrap
{
    /// <summary>Returns the path of a new invitation link, or null when none was made.</summary>
    public static async Task<string?> RunAsync(IServiceProvider services, OperatorOptions options, ILogger logger, CancellationToken ct)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole<int>>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<int>(role));

        var email = (options.Email ?? "").Trim().ToLowerInvariant();
        if (email.Length == 0) return null;
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email) || email.Length > 256)
            throw new HearthStartupException($"Operator:Email '{email}' is not an email address.");

        var db = services.GetRequiredService<HearthDb>();
        var clock = services.GetRequiredService<TimeProvider>();
        var hearth = await db.ServiceOperators.OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
        if (hearth is null)
        {
            hearth = ServiceOperator.Create(ServiceOperator.DefaultName, ServiceOperator.DefaultShortName);
            db.ServiceOperators.Add(hearth);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Created the service operator's organisation, {Name}", hearth.Name);
        }
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), ct)) return null;

        var now = clock.GetUtcNow();
        var waiting = await db.Invitations.Where(i => i.Email == email && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now).ToListAsync(ct);
        if (waiting.Count > 0 && !options.NewInvitation)
        {
            logger.LogWarning("An invitation for the service operator {Email} is waiting (printed when it was made, {CreatedAt:u}). " +
                "To replace a lost link, start once with Operator:NewInvitation=true.", email, waiting[0].CreatedAt);
            return null;
        }
        foreach (var invitation in waiting) invitation.RevokedAt = now;
        if (waiting.Count > 0) await db.SaveChangesAsync(ct);
        var scope = services.GetRequiredService<OrganisationScope>();
        var link = await InvitationRecords.InviteAsync(db, scope, clock, hearth.Id, options.Name, email, Roles.OperatorRoles, ct);
        logger.LogWarning("Invited {Email} as the first service operator: the one-time link is printed on standard output", email);
        return link;
    }
}
