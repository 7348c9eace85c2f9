using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Commissioning;

/// <summary>
/// An authority suspends a provider from its call-offs and reinstates it (ADR 0024): the page and the API call these.
/// Each loads, calls one domain method and saves; the audit trail records who, when and the reason.
/// </summary>
public static class ProviderSuspensionRecords
{
    /// <summary>Who may read the authority's suspensions, and who may suspend and reinstate.</summary>
    public const string Readers = $"{Roles.Commissioner},{Roles.ContractManager},{Roles.Auditor}";
    public const string Changers = Roles.Commissioner;

    public sealed record Row(int Id, int ProviderId, string Provider, string Reason, DateOnly SuspendedOn, string SuspendedBy,
        DateOnly? ReinstatedOn, string? ReinstatementReason, string? ReinstatedBy, int Version);

    /// <summary>The providers the authority has suspended from its call-offs now.</summary>
    public static async Task<HashSet<int>> SuspendedProviderIdsAsync(HearthDb db, int authorityId, CancellationToken ct) =>
        [.. await db.ProviderSuspensions.IgnoreQueryFilters().AsNoTracking() // the calling authority's own, also for the deadline worker
            .Where(s => s.AuthorityId == authorityId && s.ReinstatedOn == null).Select(s => s.ProviderId).ToListAsync(ct)];

    /// <summary>The signer's authority's suspensions, those in force first, newest first.</summary>
    public static async Task<List<Row>> ListAsync(HearthDb db, CancellationToken ct) =>
        (await (from s in db.ProviderSuspensions.AsNoTracking()
                join p in db.Providers on s.ProviderId equals p.Id
                select new Row(s.Id, s.ProviderId, p.Name, s.Reason, s.SuspendedOn, s.SuspendedByName, s.ReinstatedOn, s.ReinstatementReason,
                    s.ReinstatedByName, s.Version)).ToListAsync(ct))
        .OrderBy(r => r.ReinstatedOn is null ? 0 : 1).ThenByDescending(r => r.SuspendedOn).ThenByDescending(r => r.Id).ToList();

    /// <summary>One of the signer's authority's suspensions, or null: another authority's is not found.</summary>
    public static async Task<Row?> FindAsync(HearthDb db, int id, CancellationToken ct) =>
        (await ListAsync(db, ct)).FirstOrDefault(r => r.Id == id);

    public static async Task<ProviderSuspension> SuspendAsync(HearthDb db, OrganisationScope scope, TimeProvider clock, int? providerId, string? reason,
        CancellationToken ct)
    {
        if (!scope.IsAuthority) throw new InvalidOperationException("Only an authority suspends providers from its call-offs.");
        // The directory of providers is public: any provider may be suspended; an id that is not a provider's is refused alike.
        if (providerId is not { } id || !await db.Providers.AnyAsync(p => p.Id == id, ct))
            throw new DomainException("ProviderId", "Select the provider");
        var inForce = await db.ProviderSuspensions.Where(s => s.ProviderId == id && s.ReinstatedOn == null).ToListAsync(ct);
        var suspension = ProviderSuspension.Suspend(scope.FilterOrganisationId, id, reason, scope.UserId ?? 0, scope.ActorName, London.Today(clock), inForce);
        db.ProviderSuspensions.Add(suspension);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Two commissioners suspending the same provider at once: the unique index keeps one.
            throw new DomainException("ProviderId", "The provider is already suspended from your authority's call-offs");
        }
        return suspension;
    }

    /// <summary>Reinstates one of the signer's authority's suspensions; null when there is none with this id (404).</summary>
    public static async Task<ProviderSuspension?> ReinstateAsync(HearthDb db, OrganisationScope scope, TimeProvider clock, int id, int shownVersion,
        string? reason, CancellationToken ct)
    {
        var suspension = await db.ProviderSuspensions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (suspension is null) return null;
        db.Entry(suspension).Property(s => s.Version).OriginalValue = shownVersion;
        suspension.Reinstate(reason, scope.UserId ?? 0, scope.ActorName, London.Today(clock));
        await db.SaveChangesAsync(ct);
        return suspension;
    }
}
