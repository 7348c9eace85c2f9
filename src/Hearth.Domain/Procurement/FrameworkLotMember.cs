using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement.Tendering;

namespace Hearth.Domain.Procurement;

public enum LotMembershipStatus
{
    Active = 1,
    /// <summary>Temporarily not offered call-offs (e.g. pending an Ofsted concern); can be reinstated.</summary>
    Suspended = 2,
    /// <summary>Removed from the lot (e.g. termination for breach); final.</summary>
    Removed = 3,
}

/// <summary>
/// A provider's place on one lot of a framework: its rank from the evaluation and the weekly prices it contracted at
/// (as tendered; indexation is applied on each 1 April by the framework's rule).
/// </summary>
public sealed class FrameworkLotMember
{
    private FrameworkLotMember() { }

    internal FrameworkLotMember(int lotNumber, string lotName, PlacementCategory category, int providerId, int? rank,
        List<BidPrice> prices, string ageBandsText, DateOnly joinedOn, int? bidId)
    {
        LotNumber = lotNumber;
        LotName = lotName;
        Category = category;
        ProviderId = providerId;
        Rank = rank;
        Prices = prices;
        AgeBandsText = ageBandsText;
        JoinedOn = joinedOn;
        BidId = bidId;
        Status = LotMembershipStatus.Active;
    }

    public int Id { get; private set; }
    public int FrameworkId { get; private set; }
    public int LotNumber { get; private set; }
    public string LotName { get; private set; } = "";
    public PlacementCategory Category { get; private set; }
    public int ProviderId { get; private set; }
    /// <summary>The rank from the evaluation (1 is best); null for providers admitted without a ranked evaluation.</summary>
    public int? Rank { get; private set; }
    public List<BidPrice> Prices { get; private set; } = [];
    public string AgeBandsText { get; private set; } = "";
    public DateOnly JoinedOn { get; private set; }
    public int? BidId { get; private set; }
    public LotMembershipStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    public int? StatusDecisionId { get; private set; }
    public DateOnly? StatusChangedOn { get; private set; }

    public AgeBands AgeBands => AgeBands.Parse(AgeBandsText);

    /// <summary>The tendered weekly price of a row (the category, or a supplement) for a child of <paramref name="age"/>.</summary>
    public Money? TenderedPrice(string rowCode, int age)
    {
        var band = AgeBands.IndexOf(age);
        if (band < 0) return null;
        var price = Prices.FirstOrDefault(p => p.RowCode == rowCode && p.BandIndex == band);
        return price is null ? null : Money.FromPence(price.Pence);
    }

    /// <summary>
    /// The contracted weekly price on a date: the tendered price with every indexation uplift in force on that date
    /// (effective from its 1 April, so 31 March still has the earlier price), compounded and rounded to the penny each year.
    /// An uplift from a 1 April on or before the day the provider joined (a provider admitted by a later round, whose bid
    /// already priced that year) does not apply to it.
    /// </summary>
    public Money? PriceOn(string rowCode, int age, DateOnly on, IEnumerable<FrameworkUplift> uplifts)
    {
        if (TenderedPrice(rowCode, age) is not { } price) return null;
        foreach (var uplift in uplifts.Where(u => u.EffectiveFrom <= on && u.EffectiveFrom > JoinedOn).OrderBy(u => u.EffectiveFrom))
            price = Indexation.Uplift(price, uplift.AppliedBasisPoints);
        return price;
    }

    internal void ChangeStatus(LotMembershipStatus to, string reason, int? decisionId, DateOnly on)
    {
        reason = SuspensionReason.Check(reason);
        if (Status == LotMembershipStatus.Removed) throw new DomainException("Status", "The provider has been removed from this lot");
        if (Status == to) throw new DomainException("Status", to == LotMembershipStatus.Suspended ? "The provider is already suspended on this lot" : "The provider is already active on this lot");
        Status = to;
        StatusReason = reason;
        StatusDecisionId = decisionId;
        StatusChangedOn = on;
    }
}
