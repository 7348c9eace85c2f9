namespace Hearth.Domain.Sourcing;

/// <summary>Where a referral is: written, waiting for a manager, released for placement finding, or sent back.</summary>
public enum ReferralStatus
{
    Draft,
    AwaitingSignOff,
    SignedOff,
    Returned,
}
