using Hearth.Domain.Common;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Users;

/// <summary>
/// Invitations, made in one place: an administrator's into their own organisation, the service operator's for a provider's
/// first administrator, and the start-up invitation of the first service operator (ADR 0024). The caller decides which
/// organisation may be invited into; this checks the roles against the organisation's kind and that the address is free.
/// </summary>
public static class InvitationRecords
{
    public const string LinkPath = "/account/invitation/";

    /// <summary>Adds and saves an invitation; returns the one-time link's path (the token is never stored, only its hash).</summary>
    public static async Task<string> InviteAsync(HearthDb db, OrganisationScope scope, TimeProvider clock, int organisationId,
        string displayName, string email, IEnumerable<string> roles, CancellationToken ct, string emailField = "Email")
    {
        var kind = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => EF.Property<Domain.Organisations.OrganisationKind>(o, "OrganisationKind")).SingleAsync(ct);
        var chosen = Platform.Roles.Validate(kind, roles);
        email = (email ?? "").Trim().ToLowerInvariant();
        await EnsureAddressFreeAsync(db, clock, email, ct, emailField);
        var token = ApiTokenHandler.NewToken()[ApiTokenHandler.TokenPrefix.Length..];
        var now = clock.GetUtcNow();
        db.Invitations.Add(new Invitation
        {
            OrganisationId = organisationId, Email = email, DisplayName = (displayName ?? "").Trim(), Roles = string.Join(',', chosen),
            TokenHash = ApiTokenHandler.Hash(token), InvitedByUserId = scope.UserId ?? 0,
            InvitedByOrganisationId = scope.IsSystem ? organisationId : scope.FilterOrganisationId,
            CreatedAt = now, ExpiresAt = now + Invitation.Lifetime,
        });
        await db.SaveChangesAsync(ct);
        return LinkPath + token;
    }

    /// <summary>
    /// An address can hold one account, and one invitation waiting, on the whole service (accounts are signed in by e-mail
    /// address). The refusal says only that the address is in use, never where.
    /// </summary>
    public static async Task EnsureAddressFreeAsync(HearthDb db, TimeProvider clock, string email, CancellationToken ct, string field = "Email")
    {
        var normalised = email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalised, ct))
            throw new DomainException(field, "An account with this email address already exists");
        var now = clock.GetUtcNow();
        if (await db.Invitations.IgnoreQueryFilters().AnyAsync(i => i.Email == email && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now, ct))
            throw new DomainException(field, "This person already has an invitation waiting. Withdraw it first to send a new one");
    }
}
