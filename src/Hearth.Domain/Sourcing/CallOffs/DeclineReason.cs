namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>Why a provider declined a referral: kept for market intelligence (the decline reasons report).</summary>
public enum DeclineReason
{
    NoVacancy = 1,
    NeedsNotMet = 2,
    Location = 3,
    AgeOrGender = 4,
    SiblingGroupSize = 5,
    MatchingConcerns = 6,
    Other = 7,
}
