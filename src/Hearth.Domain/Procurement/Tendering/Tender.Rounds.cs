using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement.Tendering;

/// <summary>
/// Reopening a framework to admit new providers: a new round on the same terms as the tender that awarded it. Lots,
/// supplements, price template (age bands), questionnaire, evaluation method, award basis and indexation are copied
/// unchanged and cannot be edited; only the round's timeline, reference and decision are its own.
/// </summary>
public sealed partial class Tender
{
    /// <summary>The framework this tender reopens (a new round); null for a tender that establishes a framework.</summary>
    public int? ReopensFrameworkId { get; private set; }

    /// <summary>The tender whose terms the round repeats.</summary>
    public int? RoundOfTenderId { get; private set; }

    /// <summary>Why an open framework's first reopening is later than its 3-year due date (when it is).</summary>
    public string? ReopeningJustification { get; private set; }

    public bool IsRound => ReopensFrameworkId is not null;

    /// <summary>
    /// Drafts a reopening round of <paramref name="framework"/> on the terms of <paramref name="original"/>, the tender that
    /// awarded it, linked to the decision that authorises the reopening. New providers join on the timeline's start date.
    /// </summary>
    public static Tender ReopenRound(Framework framework, Tender original, string reference, int keyDecisionId,
        TenderTimeline timeline, bool reopenedAlready, string? justification)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(timeline);
        if (original.Status != TenderStatus.Awarded || original.FrameworkId != framework.Id || framework.TenderId != original.Id)
            throw new DomainException("Reference", "Only a framework awarded from a tender in Hearth can be reopened on the same terms");
        framework.CheckReopening(timeline.PublicationDate, timeline.StartDate, reopenedAlready, justification);
        justification = string.IsNullOrWhiteSpace(justification) ? null : justification.Trim();
        if (justification is { Length: > 4_000 }) throw new DomainException("Justification", "The justification must be 4,000 characters or fewer");
        var round = new Tender { LeadAuthorityId = original.LeadAuthorityId };
        round._parties.Add(new TenderParty(original.LeadAuthorityId, isLead: true));
        round.Describe(reference, $"{framework.Title}: reopening to admit new providers", original.Regime, original.ParticipatingAuthorityIds,
            keyDecisionId, original.EstimatedValue, timeline.StartDate, framework.EndDate, original.TermJustification, timeline,
            original.AgeBands, original.Indexation, original.AbnormallyLowPercent);
        foreach (var lot in original.Lots.OrderBy(l => l.Number))
            round._lots.Add(new TenderLot(lot.Number, lot.Name, lot.Category, lot.Supplements.ToList(), lot.Questionnaire, lot.Method, lot.AwardBasis, lot.TopN));
        round.ReopensFrameworkId = framework.Id;
        round.RoundOfTenderId = original.Id;
        round.ReopeningJustification = justification;
        return round;
    }

    /// <summary>A round keeps the framework's terms: only its reference, title, decision, value and timeline may change.</summary>
    private void EnsureTermsKept(ProcurementRegime regime, AgeBands bands, Indexation indexation, int abnormallyLowPercent, DateOnly termEnd)
    {
        if (!IsRound) return;
        if (regime != Regime || bands.LowerBoundsText != AgeBandsText || indexation != Indexation || abnormallyLowPercent != AbnormallyLowPercent || termEnd != TermEnd)
            throw new DomainException(nameof(Regime), "A reopening round is on the framework's published terms: the regime, age bands, indexation, abnormally low threshold and end of term cannot change");
    }

    private void EnsureLotsEditable()
    {
        if (IsRound) throw new DomainException("Lots", "A reopening round has the framework's lots, unchanged");
    }

    /// <summary>
    /// Awards the round: admits the winners of each lot to the framework it reopens, ranked after the existing members,
    /// joining on the round's start (or the day after standstill, when later). Returns every bid's frozen result.
    /// </summary>
    public IReadOnlyList<TenderResult> AwardRound(Framework framework, IReadOnlyList<(TenderLot Lot, IReadOnlyList<BidResult> Results)> lots,
        Func<int, IReadOnlyList<BidPrice>> submittedPrices, DateOnly awardedOn, IReadOnlySet<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (ReopensFrameworkId != framework.Id) throw new DomainException("Status", "This tender does not reopen that framework");
        var joinedOn = FrameworkStartIfAwardedOn(awardedOn, bankHolidays);
        if (joinedOn > framework.EndDate)
            throw new DomainException("Status", $"Standstill would end after the framework does ({framework.EndDate:d MMMM yyyy}): nobody can be admitted");
        var results = new List<TenderResult>();
        foreach (var (lot, lotResults) in lots.OrderBy(l => l.Lot.Number))
            results.AddRange(framework.AwardLot(Id, lot, lotResults, submittedPrices, AgeBandsText, joinedOn));
        Award(awardedOn, bankHolidays, framework.Id);
        return results;
    }

    /// <summary>
    /// Awards a tender that establishes a framework: the framework starts on the planned start (or the day after standstill,
    /// when later) and every lot is awarded by the one rule. The caller saves the framework, then records
    /// <see cref="Award"/> with its id.
    /// </summary>
    public (Framework Framework, IReadOnlyList<TenderResult> Results) EstablishFramework(
        IReadOnlyList<(TenderLot Lot, IReadOnlyList<BidResult> Results)> lots, Func<int, IReadOnlyList<BidPrice>> submittedPrices,
        DateOnly awardedOn, IReadOnlySet<DateOnly> bankHolidays)
    {
        if (IsRound) throw new DomainException("Status", "A reopening round admits providers to its framework: it does not establish one");
        if (Status != TenderStatus.Opened) throw new DomainException("Status", "Only a tender whose bids are opened can be awarded");
        var start = FrameworkStartIfAwardedOn(awardedOn, bankHolidays);
        var framework = Framework.Establish(Reference, Title, Regime, start, TermEnd, LeadAuthorityId, ParticipatingAuthorityIds, KeyDecisionId);
        framework.AwardedFrom(Id, Indexation);
        var results = new List<TenderResult>();
        foreach (var (lot, lotResults) in lots.OrderBy(l => l.Lot.Number))
            results.AddRange(framework.AwardLot(Id, lot, lotResults, submittedPrices, AgeBandsText, start));
        return (framework, results);
    }
}
