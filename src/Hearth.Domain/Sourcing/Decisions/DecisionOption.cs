using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>
/// One option the broker compared for a referral, as plain data: an in-house household, a provider's offer or a spot
/// purchase. <see cref="Key"/> is unique among a referral's options (e.g. "inhouse-12", "offer-7", "spot-3").
/// </summary>
public sealed record DecisionOption(
    string Key,
    DecisionOptionKind Kind,
    int? ProviderId,
    string ProviderName,
    int? HouseholdId,
    string HouseholdReference,
    Money WeeklyFee,
    Money AdditionalCosts,
    DateOnly? EarliestStart,
    PriceCheck PriceCheck,
    IReadOnlyList<FactorPoints> Factors,
    int? FrameworkId = null,
    string? FrameworkReference = null,
    int? LotNumber = null,
    ManagerApproval? Approval = null)
{
    public int TotalScore => Factors.Sum(f => f.Points);
    public int MaximumScore => Factors.Sum(f => f.Maximum);

    /// <summary>An above-price (or above-band) option needs a manager's approval before it can be chosen.</summary>
    public bool NeedsApproval => PriceCheck.AbovePrice;
}
