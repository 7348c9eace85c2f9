namespace Hearth.Domain.Sourcing;

/// <summary>One child of a referral (a sibling group has several, to be placed together).</summary>
public sealed class ReferralChild
{
    private ReferralChild() { }

    internal ReferralChild(int childId) => ChildId = childId;

    public int Id { get; private set; }
    public int ChildId { get; private set; }
}
