using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement;

/// <summary>A framework agreement with Independent Fostering Providers, possibly joint between several authorities.</summary>
public sealed partial class Framework
{
    private readonly List<FrameworkParty> _parties = [];
    private readonly List<FrameworkMember> _members = [];
    private readonly List<FrameworkExtension> _extensions = [];
    private readonly List<FrameworkLotMember> _lotMembers = [];

    private Framework() { }

    public int Id { get; private set; }
    public string Reference { get; private set; } = "";
    public string Title { get; private set; } = "";
    public ProcurementRegime Regime { get; private set; }
    public DateOnly StartDate { get; private set; }
    /// <summary>The end date the framework was awarded with (inclusive).</summary>
    public DateOnly OriginalEndDate { get; private set; }
    /// <summary>The end date now in force (inclusive), after any extensions.</summary>
    public DateOnly EndDate { get; private set; }
    public int? KeyDecisionId { get; private set; }
    /// <summary>How prices move on each 1 April (firm unless the tender set a rule).</summary>
    public Tendering.Indexation Indexation { get; private set; } = Tendering.Indexation.Firm;
    /// <summary>The tender this framework was awarded from, if it was tendered in Hearth.</summary>
    public int? TenderId { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<FrameworkParty> Parties => _parties;
    public IReadOnlyList<FrameworkMember> Members => _members;
    public IReadOnlyList<FrameworkExtension> Extensions => _extensions;
    public IReadOnlyList<FrameworkLotMember> LotMembers => _lotMembers;

    public int? LeadAuthorityId => _parties.FirstOrDefault(p => p.IsLead)?.AuthorityId;

    public static Framework Establish(
        string reference, string title, ProcurementRegime regime, DateOnly start, DateOnly endInclusive,
        int leadAuthorityId, IEnumerable<int> otherAuthorityIds, int? keyDecisionId)
    {
        reference = (reference ?? "").Trim();
        title = (title ?? "").Trim();
        if (reference.Length is 0 or > 40) throw new DomainException(nameof(Reference), "Enter a reference of up to 40 characters");
        if (title.Length is 0 or > 300) throw new DomainException(nameof(Title), "Enter a title of up to 300 characters");
        if (!Enum.IsDefined(regime)) throw new DomainException(nameof(Regime), "Select the procurement regime");
        if (endInclusive < start) throw new DomainException(nameof(EndDate), "The end date must be on or after the start date");
        var framework = new Framework
        {
            Reference = reference, Title = title, Regime = regime, StartDate = start,
            OriginalEndDate = endInclusive, EndDate = endInclusive, KeyDecisionId = keyDecisionId,
        };
        framework._parties.Add(new FrameworkParty(leadAuthorityId, isLead: true));
        foreach (var id in (otherAuthorityIds ?? []).Distinct().Where(id => id != leadAuthorityId))
            framework._parties.Add(new FrameworkParty(id, isLead: false));
        return framework;
    }

    /// <summary>Records that the framework was awarded from a tender, with the tender's indexation rule.</summary>
    public void AwardedFrom(int tenderId, Tendering.Indexation indexation)
    {
        TenderId = tenderId;
        Indexation = indexation;
    }

    /// <summary>
    /// Places a provider on a lot with its rank and contracted prices (also admitting it to the framework). Used at
    /// award and when the framework is reopened to new providers.
    /// </summary>
    public FrameworkLotMember AdmitToLot(int lotNumber, string lotName, Placements.PlacementCategory category, int providerId, int? rank,
        IEnumerable<Tendering.BidPrice> prices, string ageBandsText, DateOnly joinedOn, int? bidId)
    {
        if (_lotMembers.Any(m => m.LotNumber == lotNumber && m.ProviderId == providerId))
            throw new DomainException("ProviderId", $"The provider is already on lot {lotNumber}");
        if (_members.All(m => m.ProviderId != providerId)) Admit(providerId, joinedOn);
        var member = new FrameworkLotMember(lotNumber, lotName, category, providerId, rank, prices.ToList(), ageBandsText, joinedOn, bidId);
        _lotMembers.Add(member);
        Version++;
        return member;
    }

    /// <summary>Suspends a provider on a lot (a variation, linked to its decision when there is one).</summary>
    public void Suspend(int lotMemberId, string reason, int? decisionId, DateOnly on) =>
        ChangeLotStatus(lotMemberId, LotMembershipStatus.Suspended, reason, decisionId, on);

    public void Reinstate(int lotMemberId, string reason, int? decisionId, DateOnly on) =>
        ChangeLotStatus(lotMemberId, LotMembershipStatus.Active, reason, decisionId, on);

    /// <summary>Removes a provider from a lot for good: a decision must authorise it.</summary>
    public void Remove(int lotMemberId, string reason, int? decisionId, DateOnly on)
    {
        if (decisionId is null) throw new DomainException("DecisionId", "Select the decision that authorises removing the provider");
        ChangeLotStatus(lotMemberId, LotMembershipStatus.Removed, reason, decisionId, on);
    }

    private void ChangeLotStatus(int lotMemberId, LotMembershipStatus to, string reason, int? decisionId, DateOnly on)
    {
        var member = _lotMembers.FirstOrDefault(m => m.Id == lotMemberId) ?? throw new DomainException("LotMemberId", "The provider is not on this lot");
        member.ChangeStatus(to, reason, decisionId, on);
        Version++; // only once the change is made: a refused change leaves the framework as it was
    }

    public bool IsLiveOn(DateOnly date) => date >= StartDate && date <= EndDate;

    /// <summary>Expiry alerts are raised at 9, 6 and 3 months before the end date.</summary>
    public static readonly IReadOnlyList<int> ExpiryAlertMonths = [9, 6, 3];

    /// <summary>
    /// The tightest alert threshold (9, 6 or 3 months) reached on <paramref name="today"/>: the alert for m months starts
    /// on the date m months before the end (31 March → 30 June for 9 months, 31 December for 3). Null before the first
    /// threshold and once the framework has ended.
    /// </summary>
    public static int? ExpiryAlert(DateOnly endDate, DateOnly today)
    {
        if (endDate < today) return null;
        int? alert = null;
        foreach (var months in ExpiryAlertMonths)
            if (today >= endDate.AddMonths(-months)) alert = months;
        return alert;
    }

    /// <summary>
    /// The longest term the regime allows, in years: 4 for a framework under the Public Contracts Regulations 2015
    /// (regulation 33(3), "save in exceptional cases duly justified") and for a closed framework under the Procurement
    /// Act 2023 (section 47); 8 for an open framework under the Act (section 49), which must also be reopened within 3
    /// years (not checked here).
    /// </summary>
    public static int MaximumTermYears(ProcurementRegime regime) => regime switch
    {
        ProcurementRegime.Pcr2015LightTouch => 4,
        ProcurementRegime.Pa2023ClosedFramework => 4,
        ProcurementRegime.Pa2023OpenFramework => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, "Unknown procurement regime"),
    };

    /// <summary>
    /// The last day (inclusive) of the longest term the regime allows from <paramref name="start"/>: the day before the
    /// anniversary, so 1 April 2022 gives 31 March 2026 for 4 years. A term starting on 29 February runs to 28 February.
    /// </summary>
    public static DateOnly MaximumEndDate(ProcurementRegime regime, DateOnly start)
    {
        var anniversary = start.AddYears(MaximumTermYears(regime));
        // DateOnly.AddYears turns 29 February into 28 February: the anniversary of a leap day is 1 March.
        if (start is { Month: 2, Day: 29 } && anniversary.Day == 28) anniversary = anniversary.AddDays(1);
        return anniversary.AddDays(-1);
    }

    /// <summary>True when the term from start to the end now in force (including extensions) is longer than the regime allows.</summary>
    public static bool ExceedsMaximumTerm(ProcurementRegime regime, DateOnly start, DateOnly endInForce) =>
        endInForce > MaximumEndDate(regime, start);

    /// <summary>True when this framework's term, with its extensions, is longer than its regime allows.</summary>
    public bool ExceedsMaximumTerm() => ExceedsMaximumTerm(Regime, StartDate, EndDate);

    public void Admit(int providerId, DateOnly joinedOn)
    {
        if (_members.Any(m => m.ProviderId == providerId))
            throw new DomainException("ProviderId", "The provider is already a member of this framework");
        if (joinedOn < StartDate || joinedOn > EndDate)
            throw new DomainException("JoinedOn", "A provider can only join while the framework is in force");
        _members.Add(new FrameworkMember(providerId, joinedOn));
        Version++;
    }

    /// <summary>Extends the term, e.g. by a direct award on existing terms, authorised by a recorded decision.</summary>
    public FrameworkExtension Extend(DateOnly newEndInclusive, int keyDecisionId, string route, string reason)
    {
        route = (route ?? "").Trim();
        reason = (reason ?? "").Trim();
        if (newEndInclusive <= EndDate)
            throw new DomainException("NewEndDate", $"The new end date must be after the current end date, {EndDate:d MMMM yyyy}");
        if (route.Length == 0) throw new DomainException("Route", "Enter how the extension was procured");
        if (reason.Length == 0) throw new DomainException("Reason", "Enter the reason for the extension");
        var extension = new FrameworkExtension(EndDate, newEndInclusive, keyDecisionId, route, reason);
        _extensions.Add(extension);
        EndDate = newEndInclusive;
        Version++;
        return extension;
    }
}
