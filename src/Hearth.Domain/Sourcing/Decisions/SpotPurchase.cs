using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>
/// A spot purchase opened on a referral when no framework offer is suitable: any provider (framework member or not), a
/// household, a weekly fee, and a justification. Its fee is compared with the framework band (<see cref="SpotBand"/>);
/// above the band, or where no band applies, a manager who did not open it must approve it before it can be chosen.
/// </summary>
public sealed class SpotPurchase
{
    public const int MinimumJustificationLength = 20;
    public const int MaximumTextLength = 4000;

    private SpotPurchase() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public int ReferralId { get; private set; }
    public int ProviderId { get; private set; }
    public string HouseholdReference { get; private set; } = "";
    public PlacementCategory Category { get; private set; }
    public Money WeeklyFee { get; private set; }
    public Money AdditionalCosts { get; private set; }
    public DateOnly? EarliestStart { get; private set; }
    public string Justification { get; private set; } = "";
    /// <summary>The framework band the fee was compared with; null when no framework price covers the child.</summary>
    public Money? BandPrice { get; private set; }
    public string BandBasis { get; private set; } = "";
    public bool AboveBand { get; private set; }
    public int OpenedByUserId { get; private set; }
    public string OpenedByName { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }
    public int? ApprovedByUserId { get; private set; }
    public string? ApprovedByName { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public string? ApprovalReason { get; private set; }
    public int Version { get; private set; }

    public bool NeedsApproval => AboveBand && ApprovedAt is null;
    public bool CanBeChosen => !NeedsApproval;

    public static SpotPurchase Open(int authorityId, int referralId, int providerId, string? householdReference, PlacementCategory category,
        Money weeklyFee, Money additionalCosts, DateOnly? earliestStart, string? justification, SpotBand band,
        int openedByUserId, string openedByName, DateTimeOffset openedAt, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(band);
        if (providerId <= 0) throw new DomainException(nameof(ProviderId), "Select the provider");
        var household = (householdReference ?? "").Trim();
        if (household.Length is 0 or > 40) throw new DomainException(nameof(HouseholdReference), "Enter the provider's household reference, up to 40 characters");
        if (!Enum.IsDefined(category)) throw new DomainException(nameof(Category), "Select the placement category");
        if (weeklyFee <= Money.Zero) throw new DomainException(nameof(WeeklyFee), "The weekly fee must be more than £0");
        if (weeklyFee > Placement.MaximumWeeklyFee) throw new DomainException(nameof(WeeklyFee), $"The weekly fee must be {Placement.MaximumWeeklyFee} or less");
        if (additionalCosts < Money.Zero) throw new DomainException(nameof(AdditionalCosts), "Additional costs must be £0 or more");
        if (additionalCosts > Placement.MaximumWeeklyFee) throw new DomainException(nameof(AdditionalCosts), $"Additional costs must be {Placement.MaximumWeeklyFee} or less");
        if (earliestStart is { } start && start < today) throw new DomainException(nameof(EarliestStart), "The earliest start must be today or in the future");
        var text = (justification ?? "").Trim();
        if (text.Length == 0) throw new DomainException(nameof(Justification), "Enter why no framework offer is suitable");
        if (text.Length < MinimumJustificationLength)
            throw new DomainException(nameof(Justification), $"Explain in at least {MinimumJustificationLength} characters why no framework offer is suitable");
        if (text.Length > MaximumTextLength) throw new DomainException(nameof(Justification), $"The justification must be {MaximumTextLength:N0} characters or fewer");
        return new SpotPurchase
        {
            AuthorityId = authorityId, ReferralId = referralId, ProviderId = providerId, HouseholdReference = household, Category = category,
            WeeklyFee = weeklyFee, AdditionalCosts = additionalCosts, EarliestStart = earliestStart, Justification = text,
            BandPrice = band.Price, BandBasis = band.Basis, AboveBand = band.IsAbove(weeklyFee),
            OpenedByUserId = openedByUserId, OpenedByName = (openedByName ?? "").Trim(), OpenedAt = openedAt.ToUniversalTime(),
        };
    }

    /// <summary>A manager approves an above-band spot purchase: who, when and why. Whoever opened it cannot approve it.</summary>
    public void Approve(int managerUserId, string managerName, string? reason, DateTimeOffset at)
    {
        if (!AboveBand) throw new DomainException("ApprovalReason", "This spot purchase is within the framework band: it needs no approval");
        if (ApprovedAt is not null) throw new DomainException("ApprovalReason", "This spot purchase has already been approved");
        if (managerUserId == OpenedByUserId) throw new DomainException("ApprovalReason", "You opened this spot purchase: another manager must approve it");
        var text = (reason ?? "").Trim();
        if (text.Length == 0) throw new DomainException("ApprovalReason", "Enter why you approve a fee above the framework band");
        if (text.Length > MaximumTextLength) throw new DomainException("ApprovalReason", $"The reason must be {MaximumTextLength:N0} characters or fewer");
        ApprovedByUserId = managerUserId;
        ApprovedByName = (managerName ?? "").Trim();
        ApprovedAt = at.ToUniversalTime();
        ApprovalReason = text;
        Version++;
    }

    public string OptionKey => $"spot-{Id}";

    /// <summary>The spot purchase as an option for the decision record (score factors are the matcher's to add).</summary>
    public DecisionOption ToOption(string providerName, IReadOnlyList<FactorPoints>? factors = null) => new(
        OptionKey, DecisionOptionKind.Spot, ProviderId, providerName, null, HouseholdReference, WeeklyFee, AdditionalCosts, EarliestStart,
        new PriceCheck(BandPrice, AboveBand, BandBasis), factors ?? [],
        Approval: ApprovedAt is { } at ? new ManagerApproval(ApprovedByUserId ?? 0, ApprovedByName ?? "", at, ApprovalReason ?? "") : null);
}
