using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;

namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>
/// A signed-off referral sent to a framework lot's eligible providers (ADR 0017): all at once (broadcast) or one at a time
/// in rank order (cascade), per the framework's rule, each with a response deadline by urgency. Providers see only the
/// frozen <see cref="Profile"/>; full details are released to one provider only when its offer is accepted.
/// </summary>
public sealed partial class CallOff
{
    public const int MaximumReasonLength = 2_000;

    private readonly List<CallOffChild> _children = [];
    private readonly List<CallOffRecipient> _recipients = [];
    private readonly List<Offer> _offers = [];

    private CallOff() { }

    public int Id { get; private set; }
    public int ReferralId { get; private set; }
    public int AuthorityId { get; private set; }
    public int FrameworkId { get; private set; }
    public int LotNumber { get; private set; }
    public string LotName { get; private set; } = "";
    public PlacementCategory Category { get; private set; }
    /// <summary>The lot the referral's needs fall under; differs from <see cref="LotNumber"/> when the broker chose another.</summary>
    public int SuggestedLotNumber { get; private set; }
    public string LotChoiceReason { get; private set; } = "";
    public CallOffRule Rule { get; private set; }
    public ResponseWindow Window { get; private set; } = ResponseWindow.OfHours(ResponseDeadlines.DefaultEmergencyHours);
    public DateTimeOffset SentAt { get; private set; }
    public int SentByUserId { get; private set; }
    public string SentByName { get; private set; } = "";
    public CallOffStatus Status { get; private set; }
    /// <summary>What providers see: built once when sent, never with identity (see <see cref="AnonymisedReferralProfile"/>).</summary>
    public AnonymisedReferralProfile Profile { get; private set; } = null!;
    public int? AcceptedOfferId { get; private set; }
    public DateTimeOffset? SettledAt { get; private set; }
    public int? SettledByUserId { get; private set; }
    public string SettledByName { get; private set; } = "";
    public string ClosedReason { get; private set; } = "";
    /// <summary>The one provider that may see the children's full details: set only by <see cref="AcceptOffer"/>.</summary>
    public int? ReleasedToProviderId { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<CallOffChild> Children => _children;
    public IReadOnlyList<CallOffRecipient> Recipients => _recipients;
    public IReadOnlyList<Offer> Offers => _offers;

    /// <summary>
    /// Sends a signed-off referral to the eligible members of one lot. The in-house search outcome must be recorded first;
    /// a lot other than the suggested one needs a reason; members suspended, removed or rated Inadequate are never asked.
    /// </summary>
    public static CallOff Send(Referral referral, IReadOnlyList<Child> children, IEnumerable<InHouseSearchOutcome> inHouseHistory,
        Framework framework, int lotNumber, string? lotChoiceReason, IEnumerable<EligibleProvider> lotMembers, ResponseDeadlines deadlines,
        bool referralHasOpenCallOff, int userId, string userName, DateTimeOffset now, DateOnly today, IReadOnlySet<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(deadlines);
        if (referral.Status != ReferralStatus.SignedOff)
            throw new DomainException(nameof(ReferralId), "Only a signed-off referral can be sent to providers");
        if (!InHouseSearchOutcome.AllowsExternalSearch(inHouseHistory ?? []))
            throw new DomainException(nameof(ReferralId), "Record why no in-house carer can take the child before sending the referral to providers");
        if (referralHasOpenCallOff)
            throw new DomainException(nameof(ReferralId), "This referral has already been sent to providers and is waiting for answers");
        if (!referral.Children.Select(c => c.ChildId).Order().SequenceEqual(children.Select(c => c.Id).Order()))
            throw new ArgumentException("The children must be the referral's children", nameof(children));
        if (!framework.IsLiveOn(today)) throw new DomainException(nameof(FrameworkId), "The framework is not in force today");

        var lots = framework.LotMembers.Select(m => (m.LotNumber, m.LotName, m.Category)).Distinct().ToList();
        var chosen = lots.Where(l => l.LotNumber == lotNumber).Select(l => ((string LotName, PlacementCategory Category)?)(l.LotName, l.Category)).FirstOrDefault()
            ?? throw new DomainException(nameof(LotNumber), "Select a lot of the framework");
        var category = CallOffLots.CategoryFor(referral, children);
        var suggested = CallOffLots.SuggestLot(category, lots.Select(l => (l.LotNumber, l.Category)).ToList()) ?? lotNumber;
        var reason = (lotChoiceReason ?? "").Trim();
        if (reason.Length > MaximumReasonLength) throw new DomainException(nameof(LotChoiceReason), $"Enter {MaximumReasonLength:N0} characters or fewer");
        if (lotNumber != suggested && reason.Length == 0)
            throw new DomainException(nameof(LotChoiceReason), "Enter why the referral should go to a different lot from the one its needs fall under");

        var eligible = EligibleProvider.Filter(lotMembers ?? []);
        if (eligible.Count == 0) throw new DomainException(nameof(LotNumber), "No provider on this lot can be asked: all are suspended, removed or rated Inadequate");

        var callOff = new CallOff
        {
            ReferralId = referral.Id, AuthorityId = referral.AuthorityId, FrameworkId = framework.Id, LotNumber = lotNumber,
            LotName = chosen.LotName, Category = chosen.Category, SuggestedLotNumber = suggested, LotChoiceReason = lotNumber == suggested ? "" : reason,
            Rule = framework.CallOffRule, Window = deadlines.WindowFor(referral), SentAt = now.ToUniversalTime(), SentByUserId = userId,
            SentByName = (userName ?? "").Trim(), Status = CallOffStatus.Open, Profile = AnonymisedReferralProfile.From(referral, children, today),
        };
        callOff._children.AddRange(children.Select(c => new CallOffChild(c.Id, c.DateOfBirth)));
        for (var i = 0; i < eligible.Count; i++)
            callOff._recipients.Add(new CallOffRecipient(eligible[i].ProviderId, eligible[i].Name, eligible[i].Rank, i + 1));
        var deadline = callOff.Window.DeadlineFrom(callOff.SentAt, bankHolidays);
        foreach (var r in callOff.Rule == CallOffRule.Broadcast ? callOff._recipients : callOff._recipients.Take(1))
            r.Ask(callOff.SentAt, deadline);
        return callOff;
    }

    /// <summary>The providers asked so far (for notifications and the provider's list), in order.</summary>
    public IEnumerable<CallOffRecipient> Asked => _recipients.Where(r => r.AskedAt is not null).OrderBy(r => r.Order);

    /// <summary>Whether this provider was asked: the only providers that may see the call-off at all.</summary>
    public bool WasAsked(int providerId) => _recipients.Any(r => r.ProviderId == providerId && r.AskedAt is not null);

    public CallOffRecipient? RecipientFor(int providerId) => _recipients.FirstOrDefault(r => r.ProviderId == providerId);

    /// <summary>The latest deadline of anyone asked: after it no answer can come unless the cascade moves on.</summary>
    public DateTimeOffset? LatestDeadline => _recipients.Max(r => r.Deadline);

    /// <summary>
    /// Moves a cascade on at <paramref name="now"/>: an unanswered ask past its deadline lapses and the next provider is asked
    /// from the moment it lapsed. Returns the providers newly asked (to notify). In a broadcast every unanswered ask past its
    /// deadline lapses (nobody is asked next). A settled call-off does nothing.
    /// </summary>
    public IReadOnlyList<CallOffRecipient> Advance(DateTimeOffset now, IReadOnlySet<DateOnly> bankHolidays)
    {
        var asked = new List<CallOffRecipient>();
        if (Status != CallOffStatus.Open) return asked;
        if (Rule != CallOffRule.Cascade)
        {
            var lapsed = _recipients.Where(r => r.Status == RecipientStatus.Asked && r.Deadline is { } d && now > d).ToList();
            foreach (var r in lapsed) r.Lapse();
            if (lapsed.Count > 0) Version++;
            return asked;
        }
        var before = _recipients.Count(r => r.Status == RecipientStatus.Lapsed);
        while (true)
        {
            var current = _recipients.Where(r => r.Status is RecipientStatus.Asked or RecipientStatus.Offered).OrderBy(r => r.Order).LastOrDefault();
            if (current is { Status: RecipientStatus.Offered }) break; // an offer is on the table: wait for the broker
            DateTimeOffset from;
            if (current is null)
            {
                var last = _recipients.Where(r => r.RespondedAt is not null || r.Status == RecipientStatus.Lapsed).OrderBy(r => r.Order).LastOrDefault();
                if (last is null) break;
                from = last.Status == RecipientStatus.Lapsed ? last.Deadline!.Value : last.RespondedAt!.Value;
            }
            else if (current.Deadline is { } d && now > d)
            {
                current.Lapse();
                from = d;
            }
            else break;
            var next = _recipients.Where(r => r.Status == RecipientStatus.Queued).OrderBy(r => r.Order).FirstOrDefault();
            if (next is null) break;
            next.Ask(from, Window.DeadlineFrom(from, bankHolidays));
            asked.Add(next);
        }
        if (asked.Count > 0 || _recipients.Count(r => r.Status == RecipientStatus.Lapsed) != before) Version++;
        return asked;
    }

    /// <summary>
    /// True when nobody can answer any more: every provider asked has declined or let the deadline pass, nobody is queued,
    /// and no offer is on the table. The broker must close the call-off or look elsewhere (a spot purchase).
    /// </summary>
    public bool NoAnswersLeft => Status == CallOffStatus.Open
        && _recipients.All(r => r.Status is RecipientStatus.Declined or RecipientStatus.Lapsed or RecipientStatus.NotAsked)
        && !_offers.Any(o => o.Status == OfferStatus.Active);

    private void EnsureOpen()
    {
        if (Status != CallOffStatus.Open)
            throw new DomainException(nameof(Status), Status == CallOffStatus.Accepted ? "An offer has already been accepted for this referral" : "This call-off has been closed");
    }
}
