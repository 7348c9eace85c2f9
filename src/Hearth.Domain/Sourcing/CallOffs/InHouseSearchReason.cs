namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>Why no in-house household could take the child: recorded before a referral may go to external providers.</summary>
public enum InHouseSearchReason
{
    NoCapacity = 1,
    NeedsNotMet = 2,
    Location = 3,
    SiblingGroup = 4,
    Other = 5,
    /// <summary>An emergency: a manager let the search go external before the in-house search was finished.</summary>
    ManagerOverride = 6,
}
