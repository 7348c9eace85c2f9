using Hearth.Domain.Organisations;
using Hearth.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data;

/// <summary>Writing the sealed audit chain (ADR 0003, ADR 0026) and ending sessions when the changes saved call for it.</summary>
public abstract partial class HearthDb
{
    private List<SensitiveAccess> _accesses = [];

    /// <summary>
    /// Records reads or exports of sensitive records in the audit trail, now, in their own transaction (ADR 0026). Call it
    /// before the data leaves the server: a read that cannot be recorded is not served.
    /// </summary>
    public async Task RecordAccessAsync(IEnumerable<SensitiveAccess> accesses, CancellationToken cancellationToken)
    {
        _accesses.AddRange(accesses);
        if (_accesses.Count == 0) return;
        await SaveChangesAsync(cancellationToken);
    }

    public Task RecordAccessAsync(SensitiveAccess access, CancellationToken cancellationToken) =>
        RecordAccessAsync([access], cancellationToken);

    private List<SensitiveAccess> TakeAccesses()
    {
        var taken = _accesses;
        _accesses = [];
        return taken;
    }

    /// <summary>
    /// Appends entries to the chain: under the chain lock, each gets the next id, the current key's id and the previous
    /// entry's seal, and is sealed over all of that (<see cref="AuditSeal"/>).
    /// </summary>
    private async Task AppendAuditAsync(List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var keys = AuditKeys ?? throw new InvalidOperationException(
            "This HearthDb has no audit chain key (AuditKeyRing), so it cannot record the audit trail. Create it through dependency injection.");
        await LockAuditChainAsync(cancellationToken);
        var head = await AuditEntries.IgnoreQueryFilters().OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        var ids = await NextAuditIdsAsync(entries.Count, head?.Id ?? 0, cancellationToken);
        var previous = head?.Hash ?? "";
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i].Id = ids[i];
            AuditSeal.Apply(entries[i], keys, previous);
            previous = entries[i].Hash;
        }
        AuditEntries.AddRange(entries);
        try
        {
            await base.SaveChangesAsync(true, cancellationToken);
        }
        finally
        {
            foreach (var entry in entries) Entry(entry).State = EntityState.Detached;
        }
    }

    /// <summary>
    /// The users whose sessions this save ends: anyone whose password changed or whose account was disabled, and everyone
    /// in an organisation suspended or closed. Found here so that no page or API endpoint can forget it.
    /// </summary>
    private (List<int> Users, List<int> Organisations) SessionsToRevoke()
    {
        List<int> users = [], organisations = [];
        foreach (var entry in ChangeTracker.Entries<HearthUser>())
        {
            if (entry.State != EntityState.Modified) continue;
            var disabled = entry.Property(u => u.IsDisabled) is { IsModified: true, CurrentValue: true };
            var password = entry.Property(u => u.PasswordHash) is { IsModified: true } p && p.OriginalValue != p.CurrentValue;
            if (disabled || password) users.Add(entry.Entity.Id);
        }
        foreach (var entry in ChangeTracker.Entries<Organisation>())
        {
            if (entry.State == EntityState.Modified && entry.Property(o => o.Status).IsModified && entry.Entity.Status != OrganisationStatus.Active)
                organisations.Add(entry.Entity.Id);
        }
        return (users, organisations);
    }

    private async Task RevokeSessionsAsync((List<int> Users, List<int> Organisations) revoke, CancellationToken cancellationToken)
    {
        if (revoke.Users.Count == 0 && revoke.Organisations.Count == 0) return;
        var now = Clock.GetUtcNow();
        var users = revoke.Users;
        var organisations = revoke.Organisations;
        await SignInSessions.Where(s => s.RevokedAt == null && users.Contains(s.UserId))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.RevokedReason, "Password changed or account disabled"), cancellationToken);
        await SignInSessions.Where(s => s.RevokedAt == null && Users.Any(u => u.Id == s.UserId && organisations.Contains(u.OrganisationId)))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.RevokedReason, "Organisation suspended or closed"), cancellationToken);
    }
}
