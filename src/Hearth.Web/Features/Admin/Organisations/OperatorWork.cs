using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Features.Admin.Users;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Organisations;

/// <summary>
/// What the service operator does to other organisations (ADR 0024), in one place: add a provider with its first
/// administrator (the provider confirms by accepting), invite the first administrator of an organisation that has nobody,
/// and suspend, reactivate or close an organisation. Never anything over an organisation's records or existing accounts.
/// Every method refuses a caller who is not a service operator and the operator's own organisation.
/// </summary>
public sealed class OperatorWork(HearthDb db, OrganisationScope scope, TimeProvider clock, Microsoft.AspNetCore.Identity.UserManager<HearthUser> users)
{
    /// <summary>A provider added by the operator: its details, and who its first administrator will be.</summary>
    public sealed record NewProvider(string Name, string ShortName, string OfstedUrn, ProviderSector? Sector, string RegisteredOffice,
        string AdministratorName, string AdministratorEmail);

    /// <summary>
    /// Adds the provider, awaiting confirmation, and invites its first administrator; returns the one-time link's path.
    /// Both or neither are saved.
    /// </summary>
    public async Task<(Provider Provider, string Link)> AddProviderAsync(NewProvider input, CancellationToken ct)
    {
        EnsureOperator();
        if (input.Sector is null) throw new DomainException("Sector", "Select whether the provider is private or voluntary");
        var provider = Provider.Onboard(input.Name, input.ShortName, input.OfstedUrn, input.Sector.Value, input.RegisteredOffice);
        if (await db.Providers.AnyAsync(p => p.OfstedUrn == provider.OfstedUrn, ct))
            throw new DomainException("OfstedUrn", "A provider with this Ofsted URN is already on Hearth");
        if (await db.Organisations.AnyAsync(o => o.Name == provider.Name, ct))
            throw new DomainException("Name", "An organisation with this name is already on Hearth");
        await InvitationRecords.EnsureAddressFreeAsync(db, clock, NormaliseEmail(input.AdministratorEmail), ct, "AdministratorEmail");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Providers.Add(provider);
        await db.SaveChangesAsync(ct);
        var link = await InvitationRecords.InviteAsync(db, scope, clock, provider.Id, input.AdministratorName, input.AdministratorEmail,
            [Roles.Administrator], ct, "AdministratorEmail");
        await transaction.CommitAsync(ct);
        return (provider, link);
    }

    /// <summary>An authority or provider the operator may act on (any but its own), or null: not found.</summary>
    public async Task<Organisation?> FindAsync(int id, CancellationToken ct)
    {
        if (!scope.CanOperate || id == scope.FilterOrganisationId) return null;
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct);
        return organisation is Authority or Provider ? organisation : null;
    }

    /// <summary>Whether anyone has an account in the organisation yet (the operator learns no more about its people than this).</summary>
    public Task<bool> HasAccountsAsync(int organisationId, CancellationToken ct) => db.Users.AnyAsync(u => u.OrganisationId == organisationId, ct);

    /// <summary>The first administrator's invitation the operator sent and that is still waiting, if any.</summary>
    public Task<Invitation?> WaitingInvitationAsync(int organisationId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.Invitations.AsNoTracking().Where(i => i.OrganisationId == organisationId && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderByDescending(i => i.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Invites the first administrator of an organisation that has no accounts at all (an agency already in the directory,
    /// or a provider whose first invitation lapsed). An organisation with people in it invites its own.
    /// </summary>
    public async Task<string> InviteFirstAdministratorAsync(Organisation organisation, string name, string email, CancellationToken ct)
    {
        EnsureOperator();
        if (organisation.Status == OrganisationStatus.Closed)
            throw new DomainException("AdministratorEmail", "The organisation is closed: nobody can be invited into it");
        if (await HasAccountsAsync(organisation.Id, ct))
            throw new DomainException("AdministratorEmail", "The organisation already has people on Hearth: its own administrators invite the others");
        if (await WaitingInvitationAsync(organisation.Id, ct) is not null)
            throw new DomainException("AdministratorEmail", "An invitation to its first administrator is already waiting: withdraw it under Users first");
        return await InvitationRecords.InviteAsync(db, scope, clock, organisation.Id, name, email, [Roles.Administrator], ct, "AdministratorEmail");
    }

    /// <summary>Suspends, reactivates or closes the organisation (the domain's transition table), guarded by the version shown.</summary>
    public async Task ChangeStatusAsync(Organisation organisation, OrganisationStatus? to, int shownVersion, CancellationToken ct)
    {
        EnsureOperator();
        if (to is null) throw new DomainException("Status", "Select what to do");
        db.Entry(organisation).Property(o => o.Version).OriginalValue = shownVersion;
        organisation.ChangeStatus(to.Value);
        await db.SaveChangesAsync(ct);
        if (organisation.Status == OrganisationStatus.Active) return;
        // Everyone in a suspended or closed organisation is signed out at their session's next check (within a minute),
        // as when one account is disabled; signing in again is refused by HearthUserConfirmation.
        foreach (var person in await db.Users.Where(u => u.OrganisationId == organisation.Id).ToListAsync(ct))
            await users.UpdateSecurityStampAsync(person);
    }

    private void EnsureOperator()
    {
        if (!scope.CanOperate) throw new InvalidOperationException("Only a service operator adds, suspends or closes organisations.");
    }

    private static string NormaliseEmail(string? email) => (email ?? "").Trim().ToLowerInvariant();
}
