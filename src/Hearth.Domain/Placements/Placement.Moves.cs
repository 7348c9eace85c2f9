using Hearth.Domain.Common;

namespace Hearth.Domain.Placements;

/// <summary>Moving a child: this placement ends and a new one, linked to it, starts the same day elsewhere.</summary>
public sealed partial class Placement
{
    /// <summary>The placement the child moved from, when this one began with a move.</summary>
    public int? PreviousPlacementId { get; private set; }

    /// <summary>
    /// Ends this placement on <paramref name="movedOn"/> (with the SSDA903 reason, planned or not, and who asked) and returns
    /// the child's new placement from that day with another household or provider, linked back to this one. The caller
    /// saves both together and must first check the child has no other placement on those dates
    /// (<see cref="CheckNoOverlap"/>).
    /// </summary>
    public Placement MoveTo(
        DateOnly movedOn, string reasonCode, bool planned, EndingRequestedBy requestedBy,
        PlacementRoute route, int? providerId, int? householdId, int? frameworkId, Money weeklyFee, DateOnly? plannedEndDate)
    {
        if (Id == 0) throw new InvalidOperationException("Only a saved placement can be moved from.");
        if (Status != PlacementStatus.Live) throw new DomainException("MovedOn", "Only a live placement can be moved from. This one has ended");
        if (providerId == ProviderId && householdId == HouseholdId)
            throw new DomainException("HouseholdId", "Choose another household or provider: the child is moving");
        var next = Start(AuthorityId, ChildId, route, providerId, householdId, frameworkId, Category, PlaceCode, KeyServiceLine, FundingSource,
            movedOn, weeklyFee, plannedEndDate);
        try
        {
            End(movedOn, reasonCode, planned, requestedBy);
        }
        catch (DomainException e) when (e.Field == nameof(EndDate))
        {
            throw new DomainException("MovedOn", e.Message.Replace("end date", "move date", StringComparison.Ordinal));
        }
        next.PreviousPlacementId = Id;
        return next;
    }

    /// <summary>
    /// Refuses a placement from <paramref name="from"/> to <paramref name="to"/> (exclusive; open when null) when the child
    /// has another placement for any of those nights.
    /// </summary>
    public static void CheckNoOverlap(IEnumerable<Placement> childsOtherPlacements, DateOnly from, DateOnly? to, string field)
    {
        ArgumentNullException.ThrowIfNull(childsOtherPlacements);
        foreach (var other in childsOtherPlacements)
        {
            if ((to is null || other.StartDate < to) && (other.EndDate is null || from < other.EndDate))
                throw new DomainException(field, $"The child already has a placement from {other.StartDate:d MMMM yyyy}"
                    + (other.EndDate is { } end ? $" to {end:d MMMM yyyy}" : " that has not ended") + " on some of these dates. A child can only be in one placement at a time");
        }
    }
}
