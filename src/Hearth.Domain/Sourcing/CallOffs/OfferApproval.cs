using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>
/// A manager's approval of an offer above its framework price (or with none): who, when and why, for the weekly total
/// and start then offered. Append-only; if the provider revises the offer, the approval no longer applies
/// (<see cref="AppliesTo"/>) and a manager must approve again. Managers hold the referral sign-off claim (ADR 0017).
/// </summary>
public sealed class OfferApproval
{
    public const int MaximumReasonLength = 2_000;

    private OfferApproval() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public int CallOffId { get; private set; }
    public int OfferId { get; private set; }
    public Money ApprovedWeeklyTotal { get; private set; }
    public DateOnly ApprovedEarliestStart { get; private set; }
    public int ApprovedByUserId { get; private set; }
    public string ApprovedByName { get; private set; } = "";
    public DateTimeOffset ApprovedAt { get; private set; }
    public string Reason { get; private set; } = "";

    public static OfferApproval Record(CallOff callOff, int? offerId, IEnumerable<OfferApproval> approvals, int userId, string userName, string? reason,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(callOff);
        ArgumentNullException.ThrowIfNull(approvals);
        if (callOff.Status != CallOffStatus.Open) throw new DomainException(nameof(OfferId), "This call-off is no longer open");
        if (offerId is null) throw new DomainException(nameof(OfferId), "Select the offer you approve");
        var offer = callOff.Offers.FirstOrDefault(o => o.Id == offerId && o.Status == OfferStatus.Active)
            ?? throw new DomainException(nameof(OfferId), "Select an offer that is still open");
        if (!offer.NeedsManagerApproval) throw new DomainException(nameof(OfferId), "This offer is within the framework price: it needs no approval");
        if (!offer.AwaitsApproval(approvals)) throw new DomainException(nameof(OfferId), "This offer is already approved as it stands: the broker can choose it");
        var text = (reason ?? "").Trim();
        if (text.Length == 0) throw new DomainException(nameof(Reason), "Enter why you approve this offer above the framework price");
        if (text.Length > MaximumReasonLength) throw new DomainException(nameof(Reason), $"Enter {MaximumReasonLength:N0} characters or fewer");
        return new OfferApproval
        {
            AuthorityId = callOff.AuthorityId, CallOffId = callOff.Id, OfferId = offer.Id, ApprovedWeeklyTotal = offer.WeeklyTotal,
            ApprovedEarliestStart = offer.EarliestStart, ApprovedByUserId = userId, ApprovedByName = (userName ?? "").Trim(),
            ApprovedAt = now.ToUniversalTime(), Reason = text,
        };
    }

    /// <summary>True while the offer is the one approved (same weekly total and start; a revision needs a new approval).</summary>
    public bool AppliesTo(Offer offer) =>
        offer is not null && offer.Id == OfferId && offer.WeeklyTotal == ApprovedWeeklyTotal && offer.EarliestStart == ApprovedEarliestStart;
}
