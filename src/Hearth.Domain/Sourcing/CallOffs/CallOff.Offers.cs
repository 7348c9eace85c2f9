using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;

namespace Hearth.Domain.Sourcing.CallOffs;

public sealed partial class CallOff
{
    /// <summary>
    /// A provider that was asked offers one of its own households before its deadline (or revises its offer: one active
    /// offer per provider). The household must have a free place for every child; the fee must be more than £0 and no more
    /// than £20,000 a week. The offer is checked against the provider's framework price on the earliest start date.
    /// </summary>
    public Offer SubmitOffer(int providerId, OfferableHousehold household, Money weeklyFee, Money additionalCosts, string? additionalCostsDescription,
        DateOnly? earliestStart, DateTimeOffset now, DateOnly today, FrameworkLotMember? lotMember, IEnumerable<FrameworkUplift> uplifts,
        IReadOnlySet<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(household);
        EnsureOpen();
        var recipient = EnsureMayAnswer(providerId, now, bankHolidays);
        if (household.OwnerOrganisationId != providerId) throw new DomainException(nameof(Offer.HouseholdId), "Select one of your own households");
        if (household.VacantPlaces < _children.Count)
            throw new DomainException(nameof(Offer.HouseholdId), _children.Count == 1
                ? "This household has no vacant place"
                : $"This household does not have {_children.Count} vacant places for the whole sibling group");
        if (earliestStart is not { } start) throw new DomainException(nameof(Offer.EarliestStart), "Enter the earliest date the child could move in");
        if (start < today) throw new DomainException(nameof(Offer.EarliestStart), "The earliest start date must be today or in the future");
        if (start > today.AddYears(1)) throw new DomainException(nameof(Offer.EarliestStart), "The earliest start date must be within a year");
        Offer.CheckFee(weeklyFee, additionalCosts, (additionalCostsDescription ?? "").Trim());
        var price = FrameworkPriceFor(lotMember, providerId, start, uplifts);
        var existing = _offers.FirstOrDefault(o => o.ProviderId == providerId && o.Status == OfferStatus.Active);
        Offer offer;
        if (existing is not null)
        {
            existing.Revise(household, weeklyFee, additionalCosts, additionalCostsDescription, start, now, price);
            offer = existing;
        }
        else
        {
            offer = Offer.Make(providerId, household, weeklyFee, additionalCosts, additionalCostsDescription, start, now, price);
            _offers.Add(offer);
        }
        recipient.Offered(now);
        Version++;
        return offer;
    }

    /// <summary>
    /// The provider's contracted weekly price for the call-off's children starting on <paramref name="start"/>: the lot's
    /// category price for each child's age band on that date, summed; null when any child's band has no price (or the
    /// provider is not on the lot). Indexation applied by the framework's variations (<paramref name="uplifts"/>) counts from
    /// each 1 April on or before the start.
    /// </summary>
    public Money? FrameworkPriceFor(FrameworkLotMember? lotMember, int providerId, DateOnly start, IEnumerable<FrameworkUplift> uplifts)
    {
        if (lotMember is null || lotMember.ProviderId != providerId || lotMember.LotNumber != LotNumber) return null;
        var row = PriceRow.ForCategory(Category, "").Code;
        var total = Money.Zero;
        foreach (var child in _children)
        {
            var price = lotMember.PriceOn(row, Child.AgeOn(child.DateOfBirth, start), start, uplifts);
            if (price is null) return null;
            total += price.Value;
        }
        return total;
    }

    /// <summary>The provider withdraws its offer before its deadline; it may offer again or decline while time remains.</summary>
    public void WithdrawOffer(int providerId, DateTimeOffset now, IReadOnlySet<DateOnly> bankHolidays)
    {
        EnsureOpen();
        var recipient = EnsureMayAnswer(providerId, now, bankHolidays);
        var offer = _offers.FirstOrDefault(o => o.ProviderId == providerId && o.Status == OfferStatus.Active)
            ?? throw new DomainException(nameof(Offer), "You have no offer to withdraw");
        offer.Withdraw();
        recipient.Withdrew();
        Version++;
    }

    /// <summary>
    /// The provider declines, with a reason from the list and words of its own (kept for market intelligence). An active
    /// offer is withdrawn. In a cascade the next provider is asked at once.
    /// </summary>
    public IReadOnlyList<CallOffRecipient> Decline(int providerId, DeclineReason? reason, string? details, DateTimeOffset now, IReadOnlySet<DateOnly> bankHolidays)
    {
        EnsureOpen();
        var recipient = EnsureMayAnswer(providerId, now, bankHolidays);
        recipient.Decline(reason, details, now);
        foreach (var offer in _offers.Where(o => o.ProviderId == providerId && o.Status == OfferStatus.Active)) offer.Withdraw();
        Version++;
        return Advance(now, bankHolidays);
    }

    /// <summary>
    /// The award: the broker accepts one active offer. An offer above the framework price (or with none) needs a manager's
    /// approval, which the caller confirms. Other offers become unsuccessful, providers not yet asked are never asked, and
    /// the children's full details are released to the accepted provider only (<see cref="IsIdentityReleasedTo"/>).
    /// </summary>
    public Offer AcceptOffer(int offerId, bool managerApproved, int userId, string userName, DateTimeOffset now)
    {
        EnsureOpen();
        var offer = _offers.FirstOrDefault(o => o.Id == offerId && o.Status == OfferStatus.Active)
            ?? throw new DomainException(nameof(AcceptedOfferId), "Select an offer that is still open");
        if (offer.NeedsManagerApproval && !managerApproved)
            throw new DomainException(nameof(AcceptedOfferId), "This offer is above the framework price: a manager must approve it before it is chosen");
        offer.Accept();
        foreach (var other in _offers.Where(o => o.Status == OfferStatus.Active)) other.Unsuccessful();
        foreach (var r in _recipients.Where(r => r.Status == RecipientStatus.Queued)) r.NotAsked();
        AcceptedOfferId = offer.Id;
        ReleasedToProviderId = offer.ProviderId;
        Settle(CallOffStatus.Accepted, userId, userName, now);
        return offer;
    }

    /// <summary>Full details (names, dates of birth, addresses, school) may be shown to this provider: its offer was accepted.</summary>
    public bool IsIdentityReleasedTo(int providerId) => Status == CallOffStatus.Accepted && ReleasedToProviderId == providerId;

    /// <summary>The broker closes the call-off without accepting an offer (e.g. to go to a spot purchase), saying why.</summary>
    public void Close(string? reason, int userId, string userName, DateTimeOffset now)
    {
        EnsureOpen();
        var text = (reason ?? "").Trim();
        if (text.Length == 0) throw new DomainException(nameof(ClosedReason), "Enter why the call-off is being closed");
        if (text.Length > MaximumReasonLength) throw new DomainException(nameof(ClosedReason), $"Enter {MaximumReasonLength:N0} characters or fewer");
        foreach (var offer in _offers.Where(o => o.Status == OfferStatus.Active)) offer.Unsuccessful();
        foreach (var r in _recipients.Where(r => r.Status == RecipientStatus.Queued)) r.NotAsked();
        ClosedReason = text;
        Settle(CallOffStatus.Closed, userId, userName, now);
    }

    private void Settle(CallOffStatus status, int userId, string userName, DateTimeOffset now)
    {
        SettledByUserId = userId;
        Status = status;
        SettledAt = now.ToUniversalTime();
        SettledByName = (userName ?? "").Trim();
        Version++;
    }

    private CallOffRecipient EnsureMayAnswer(int providerId, DateTimeOffset now, IReadOnlySet<DateOnly> bankHolidays)
    {
        // A cascade may have moved on to this provider; a broadcast's lapses are left to Advance (the deadline check below
        // refuses a late answer either way).
        if (Rule == CallOffRule.Cascade) Advance(now, bankHolidays);
        var recipient = RecipientFor(providerId);
        if (recipient is null || recipient.AskedAt is null) throw new DomainException(nameof(Status), "This referral was not sent to you");
        if (recipient.Status == RecipientStatus.Declined) throw new DomainException(nameof(Status), "You have declined this referral");
        if (!recipient.CanAnswerAt(now))
            throw new DomainException(nameof(Status), "The deadline for answering this referral has passed");
        return recipient;
    }
}
