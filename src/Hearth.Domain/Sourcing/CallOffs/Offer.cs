using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>
/// A provider's offer of one of its own households for a call-off, checked against its framework price for the child's
/// category and age band on the earliest start date. Above the price (or with no contracted price) it needs a manager's
/// approval before it may be chosen; the price compared and the difference are stored with it.
/// </summary>
public sealed class Offer
{
    public static readonly Money MaximumWeeklyFee = Money.FromPounds(20_000m);
    public const int MaximumDescriptionLength = 1_000;

    private Offer() { }

    public int Id { get; private set; }
    public int CallOffId { get; private set; }
    public int ProviderId { get; private set; }
    public int HouseholdId { get; private set; }
    public string HouseholdReference { get; private set; } = "";
    public Money WeeklyFee { get; private set; }
    /// <summary>Weekly costs on top of the fee (e.g. additional support), described.</summary>
    public Money AdditionalCosts { get; private set; }
    public string AdditionalCostsDescription { get; private set; } = "";
    public DateOnly EarliestStart { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? RevisedAt { get; private set; }
    public OfferStatus Status { get; private set; }
    /// <summary>The provider's contracted weekly price for the children on the start date; null when the framework has none.</summary>
    public Money? FrameworkWeeklyPrice { get; private set; }
    /// <summary>The offer's weekly total (fee plus additional costs) less the framework price; zero when there is no price.</summary>
    public Money DifferenceFromFramework { get; private set; }
    public bool IsAbovePrice { get; private set; }
    /// <summary>Above the framework price or with no price to compare: a manager must approve before it is chosen.</summary>
    public bool NeedsManagerApproval { get; private set; }

    public Money WeeklyTotal => WeeklyFee + AdditionalCosts;

    /// <summary>
    /// Still open, flagged for a manager, and not approved as it now stands (<see cref="OfferApproval.AppliesTo"/>: a
    /// revised fee or start needs approving again). The approvals list and the managers' home page count these.
    /// </summary>
    public bool AwaitsApproval(IEnumerable<OfferApproval> approvals)
    {
        ArgumentNullException.ThrowIfNull(approvals);
        return Status == OfferStatus.Active && NeedsManagerApproval && !approvals.Any(a => a.AppliesTo(this));
    }

    /// <summary>Where the match score will be shown (the matching slice fills it in; ADR 0017).</summary>
    public const string ScoreSeam = "match-score";

    internal static Offer Make(int providerId, OfferableHousehold household, Money weeklyFee, Money additionalCosts, string? description,
        DateOnly earliestStart, DateTimeOffset at, Money? frameworkPrice)
    {
        var offer = new Offer { ProviderId = providerId, SubmittedAt = at, Status = OfferStatus.Active };
        offer.Apply(household, weeklyFee, additionalCosts, description, earliestStart, frameworkPrice);
        return offer;
    }

    internal void Revise(OfferableHousehold household, Money weeklyFee, Money additionalCosts, string? description, DateOnly earliestStart,
        DateTimeOffset at, Money? frameworkPrice)
    {
        Apply(household, weeklyFee, additionalCosts, description, earliestStart, frameworkPrice);
        RevisedAt = at;
    }

    internal static void CheckFee(Money weeklyFee, Money additionalCosts, string description)
    {
        if (weeklyFee <= Money.Zero) throw new DomainException(nameof(WeeklyFee), "Enter a weekly fee of more than £0");
        if (weeklyFee > MaximumWeeklyFee) throw new DomainException(nameof(WeeklyFee), "The weekly fee must be £20,000 or less");
        if (additionalCosts.IsNegative) throw new DomainException(nameof(AdditionalCosts), "Additional costs cannot be negative");
        if (additionalCosts > MaximumWeeklyFee) throw new DomainException(nameof(AdditionalCosts), "Additional costs must be £20,000 a week or less");
        if (additionalCosts > Money.Zero && description.Length == 0)
            throw new DomainException(nameof(AdditionalCostsDescription), "Describe what the additional costs are for");
        if (description.Length > MaximumDescriptionLength)
            throw new DomainException(nameof(AdditionalCostsDescription), $"Enter {MaximumDescriptionLength:N0} characters or fewer");
    }

    private void Apply(OfferableHousehold household, Money weeklyFee, Money additionalCosts, string? description, DateOnly earliestStart, Money? frameworkPrice)
    {
        var text = (description ?? "").Trim();
        CheckFee(weeklyFee, additionalCosts, text);
        HouseholdId = household.Id;
        HouseholdReference = household.Reference;
        WeeklyFee = weeklyFee;
        AdditionalCosts = additionalCosts;
        AdditionalCostsDescription = text;
        EarliestStart = earliestStart;
        FrameworkWeeklyPrice = frameworkPrice;
        DifferenceFromFramework = frameworkPrice is { } price ? WeeklyTotal - price : Money.Zero;
        IsAbovePrice = frameworkPrice is { } p && WeeklyTotal > p;
        NeedsManagerApproval = IsAbovePrice || frameworkPrice is null;
    }

    internal void Withdraw() => Status = OfferStatus.Withdrawn;
    internal void Accept() => Status = OfferStatus.Accepted;
    internal void Unsuccessful() => Status = OfferStatus.Unsuccessful;
}
