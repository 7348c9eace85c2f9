using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

/// <summary>
/// Moving a child to another household or provider: the page and the API both call <see cref="MoveAsync"/>. The ending
/// and the new placement are saved by one SaveChanges, so in one transaction: both or neither.
/// </summary>
public static class PlacementMoves
{
    public sealed record MoveRequest(
        DateOnly MovedOn, string ReasonCode, bool Planned, EndingRequestedBy RequestedBy, PlacementRoute Route, int? ProviderId,
        int? HouseholdId, int? FrameworkId, Money WeeklyFee, DateOnly? PlannedEndDate);

    /// <summary>Moves the loaded, tracked <paramref name="placement"/>; returns the new placement (saved).</summary>
    public static async Task<Placement> MoveAsync(HearthDb db, Placement placement, int shownVersion, MoveRequest request, CancellationToken ct)
    {
        if (request.ProviderId is { } providerId && !await db.Providers.AnyAsync(p => p.Id == providerId, ct))
            throw new DomainException("ProviderId", "Select the provider");
        if (request.HouseholdId is { } householdId && !await db.CarerHouseholds.AnyAsync(h => h.Id == householdId, ct))
            throw new DomainException("HouseholdId", "Select a household");
        if (request.FrameworkId is { } frameworkId && !await db.Frameworks.AnyAsync(f => f.Id == frameworkId, ct))
            throw new DomainException("FrameworkId", "Select the framework the placement was called off");
        var others = await db.Placements.AsNoTracking()
            .Where(p => p.ChildId == placement.ChildId && p.Id != placement.Id && (p.EndDate == null || p.EndDate > request.MovedOn))
            .ToListAsync(ct);
        Placement.CheckNoOverlap(others, request.MovedOn, null, "MovedOn");
        var next = placement.MoveTo(request.MovedOn, request.ReasonCode, request.Planned, request.RequestedBy, request.Route,
            request.ProviderId, request.HouseholdId, request.FrameworkId, request.WeeklyFee, request.PlannedEndDate);
        db.Entry(placement).Property(p => p.Version).OriginalValue = shownVersion;
        db.Placements.Add(next);
        await db.SaveChangesAsync(ct);
        return next;
    }
}
