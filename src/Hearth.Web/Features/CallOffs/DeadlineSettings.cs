using Hearth.Domain.Common;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.CallOffs;

/// <summary>
/// The signed-in authority's call-off response deadlines (ADR 0023): read by brokers, commissioners and administrators;
/// changed by commissioners and administrators through <see cref="ResponseDeadlines.Change"/>, guarded by the version the
/// person saw. The page and GET/PUT /api/v1/call-offs/deadlines both call these methods.
/// </summary>
public sealed class DeadlineSettings(HearthDb db, OrganisationScope scope)
{
    /// <summary>Who may read the deadlines (authority staff in these roles).</summary>
    public static readonly string[] Readers = [Roles.Broker, Roles.Commissioner, Roles.Administrator];

    /// <summary>Who may change them.</summary>
    public static readonly string[] Changers = [Roles.Commissioner, Roles.Administrator];

    public sealed record Current(int EmergencyHours, int UrgentHours, int PlannedWorkingDays, int Version, bool IsDefault);

    public bool CanRead => scope.IsAuthority && Readers.Any(scope.IsInRole);

    public bool CanChange => scope.IsAuthority && Changers.Any(scope.IsInRole);

    /// <summary>The authority's saved deadlines, or the defaults (version 0) when it has never changed them.</summary>
    public async Task<Current> GetAsync(CancellationToken ct)
    {
        var row = await db.ResponseDeadlines.AsNoTracking().SingleOrDefaultAsync(d => d.AuthorityId == scope.FilterOrganisationId, ct);
        var d = row ?? ResponseDeadlines.Defaults(scope.FilterOrganisationId);
        return new Current(d.EmergencyHours, d.UrgentHours, d.PlannedWorkingDays, d.Version, row is null);
    }

    /// <summary>
    /// Changes the deadlines if <paramref name="version"/> is still the saved one: a broken rule throws
    /// <see cref="DomainException"/> (nothing saved); a stale version throws <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    public async Task<Current> ChangeAsync(int version, int emergencyHours, int urgentHours, int plannedWorkingDays, CancellationToken ct)
    {
        if (!CanChange) throw new InvalidOperationException("Only an authority's commissioner or administrator may change the response deadlines.");
        var row = await db.ResponseDeadlines.SingleOrDefaultAsync(d => d.AuthorityId == scope.FilterOrganisationId, ct);
        if (row is null)
        {
            // No row yet: the defaults are version 0, so a form read before someone else saved the first change is stale.
            if (version != 0) throw new DbUpdateConcurrencyException(StaleMessage);
            row = ResponseDeadlines.Defaults(scope.FilterOrganisationId);
            row.Change(emergencyHours, urgentHours, plannedWorkingDays);
            db.ResponseDeadlines.Add(row);
        }
        else
        {
            db.Entry(row).Property(d => d.Version).OriginalValue = version;
            row.Change(emergencyHours, urgentHours, plannedWorkingDays);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Two first changes at once: the unique index on the authority refuses the second.
            throw new DbUpdateConcurrencyException(StaleMessage, e);
        }
        return new Current(row.EmergencyHours, row.UrgentHours, row.PlannedWorkingDays, row.Version, false);
    }

    public const string StaleMessage = "Someone else changed the response deadlines while you were editing them. Nothing was saved: reload the page to see their change.";
}
