using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing;

/// <summary>
/// Two children of the same authority recorded as siblings. Stored once per pair, the lower id first, so a pair cannot
/// be linked twice in different orders.
/// </summary>
public sealed class SiblingLink
{
    private SiblingLink() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public int ChildId { get; private set; }
    public int SiblingId { get; private set; }

    public static SiblingLink Between(Child child, Child sibling)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(sibling);
        if (child.Id == sibling.Id) throw new DomainException("SiblingCaseReference", "A child cannot be their own sibling");
        if (child.AuthorityId != sibling.AuthorityId)
            throw new DomainException("SiblingCaseReference", "Siblings can only be linked when both children are your authority's");
        var (first, second) = child.Id < sibling.Id ? (child.Id, sibling.Id) : (sibling.Id, child.Id);
        return new SiblingLink { AuthorityId = child.AuthorityId, ChildId = first, SiblingId = second };
    }
}
