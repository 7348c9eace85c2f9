using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing;

/// <summary>
/// A household's committed places: a place is committed when a placement is awarded to it, so its places cannot be
/// over-committed. Each commitment bumps <see cref="Version"/> (the concurrency token): when two brokers take the last
/// place at the same moment, the second save fails and nothing is overwritten.
/// </summary>
public sealed partial class CarerHousehold
{
    public int CommittedPlaces { get; private set; }

    public int FreePlaces => Math.Max(0, ApprovedPlaces - CommittedPlaces);

    /// <summary>Commits <paramref name="children"/> places (a sibling group takes one each); refused when not enough are free.</summary>
    public void CommitPlaces(int children = 1)
    {
        if (children < 1) throw new DomainException(nameof(CommittedPlaces), "Commit at least one place");
        if (FreePlaces == 0)
            throw new DomainException(nameof(CommittedPlaces), $"Household {Reference} is full: all {ApprovedPlaces} of its places are taken");
        if (children > FreePlaces)
            throw new DomainException(nameof(CommittedPlaces),
                $"Household {Reference} has {FreePlaces} free {(FreePlaces == 1 ? "place" : "places")}, not enough for {children} children");
        CommittedPlaces += children;
        Version++;
    }

    /// <summary>Frees places when a placement ends or an award is withdrawn.</summary>
    public void ReleasePlaces(int children = 1)
    {
        if (children < 1) throw new DomainException(nameof(CommittedPlaces), "Release at least one place");
        if (children > CommittedPlaces)
            throw new DomainException(nameof(CommittedPlaces), $"Household {Reference} has only {CommittedPlaces} committed places to release");
        CommittedPlaces -= children;
        Version++;
    }
}
