using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Procurement.Tendering;

public enum TenderStatus
{
    Draft = 1,
    /// <summary>Published to providers: lots, questions, prices template and evaluation method are frozen.</summary>
    Published = 2,
    /// <summary>The submission deadline passed and the bids were opened by a recorded opening event.</summary>
    Opened = 3,
    /// <summary>Awarded: standstill letters issued; the framework goes live when standstill ends.</summary>
    Awarded = 4,
    Cancelled = 5,
}

/// <summary>The dates of a tender, in order. Deadlines are instants (a bid one second late is late).</summary>
public sealed record TenderTimeline(
    DateOnly PublicationDate, DateTimeOffset ClarificationDeadline, DateTimeOffset SubmissionDeadline,
    DateOnly EvaluationDate, DateOnly AwardDate, DateOnly StartDate);

/// <summary>
/// A competitive tender for a framework agreement: lots with their price schedule template, quality questionnaire and
/// evaluation method, a timeline, a term and an estimated value. Everything bidders rely on is frozen when it is published.
/// </summary>
public sealed partial class Tender
{
    public const int MaximumLots = 12;

    private readonly List<TenderLot> _lots = [];
    private readonly List<TenderParty> _parties = [];
    private readonly List<TenderEvaluator> _evaluators = [];

    private Tender() { }

    public int Id { get; private set; }
    public string Reference { get; private set; } = "";
    public string Title { get; private set; } = "";
    public ProcurementRegime Regime { get; private set; }
    public int LeadAuthorityId { get; private set; }
    public IReadOnlyList<TenderParty> Parties => _parties;
    public IReadOnlyList<int> ParticipatingAuthorityIds => _parties.Where(p => !p.IsLead).Select(p => p.AuthorityId).ToList();
    /// <summary>The evaluation panel: users of the tender's authorities who score bids independently.</summary>
    public IReadOnlyList<TenderEvaluator> Evaluators => _evaluators;
    public int? KeyDecisionId { get; private set; }
    public Money EstimatedValue { get; private set; }
    public DateOnly TermStart { get; private set; }
    public DateOnly TermEnd { get; private set; }
    public string? TermJustification { get; private set; }
    public TenderTimeline Timeline { get; private set; } = null!;
    public string AgeBandsText { get; private set; } = AgeBands.Default.LowerBoundsText;
    public Indexation Indexation { get; private set; } = Indexation.Firm;
    public int AbnormallyLowPercent { get; private set; } = LotEvaluation.DefaultAbnormallyLowPercent;
    public TenderStatus Status { get; private set; } = TenderStatus.Draft;
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }
    public string? OpenedBy { get; private set; }
    public DateOnly? AwardedOn { get; private set; }
    public DateOnly? StandstillEnd { get; private set; }
    public int? FrameworkId { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<TenderLot> Lots => _lots;

    public AgeBands AgeBands => AgeBands.Parse(AgeBandsText);

    public IEnumerable<int> AuthorityIds => _parties.OrderBy(p => !p.IsLead).Select(p => p.AuthorityId);

    public static Tender Draft(
        string reference, string title, ProcurementRegime regime, int leadAuthorityId, IEnumerable<int> otherAuthorityIds,
        int? keyDecisionId, Money estimatedValue, DateOnly termStart, DateOnly termEnd, string? termJustification,
        TenderTimeline timeline, AgeBands bands, Indexation indexation, int abnormallyLowPercent = LotEvaluation.DefaultAbnormallyLowPercent)
    {
        var tender = new Tender { LeadAuthorityId = leadAuthorityId };
        tender._parties.Add(new TenderParty(leadAuthorityId, isLead: true));
        tender.Describe(reference, title, regime, otherAuthorityIds, keyDecisionId, estimatedValue, termStart, termEnd,
            termJustification, timeline, bands, indexation, abnormallyLowPercent);
        return tender;
    }

    /// <summary>Changes the tender's particulars while it is a draft.</summary>
    public void Describe(
        string reference, string title, ProcurementRegime regime, IEnumerable<int> otherAuthorityIds, int? keyDecisionId,
        Money estimatedValue, DateOnly termStart, DateOnly termEnd, string? termJustification, TenderTimeline timeline,
        AgeBands bands, Indexation indexation, int abnormallyLowPercent)
    {
        EnsureDraft();
        EnsureTermsKept(regime, bands, indexation, abnormallyLowPercent, termEnd);
        reference = (reference ?? "").Trim();
        title = (title ?? "").Trim();
        termJustification = string.IsNullOrWhiteSpace(termJustification) ? null : termJustification.Trim();
        if (reference.Length is 0 or > 40) throw new DomainException(nameof(Reference), "Enter a reference of up to 40 characters");
        if (title.Length is 0 or > 300) throw new DomainException(nameof(Title), "Enter a title of up to 300 characters");
        if (!Enum.IsDefined(regime)) throw new DomainException(nameof(Regime), "Select the procurement regime");
        if (estimatedValue.Pence <= 0) throw new DomainException(nameof(EstimatedValue), "Enter the estimated value of the framework, more than £0");
        if (termEnd < termStart) throw new DomainException(nameof(TermEnd), "The end of the term must be on or after its start");
        if (Framework.ExceedsMaximumTerm(regime, termStart, termEnd) && termJustification is null)
            throw new DomainException(nameof(TermJustification),
                $"The term is longer than the {Framework.MaximumTermYears(regime)} years the regime allows: record the justification, or end it by {Framework.MaximumEndDate(regime, termStart):d MMMM yyyy}");
        if (termJustification is { Length: > 4_000 }) throw new DomainException(nameof(TermJustification), "The justification must be 4,000 characters or fewer");
        if (abnormallyLowPercent is < 1 or > 99) throw new DomainException(nameof(AbnormallyLowPercent), "Enter a percentage from 1 to 99");
        CheckTimeline(timeline, termStart);
        Reference = reference;
        Title = title;
        Regime = regime;
        var others = (otherAuthorityIds ?? []).Distinct().Where(id => id != LeadAuthorityId).ToHashSet();
        _parties.RemoveAll(p => !p.IsLead && !others.Contains(p.AuthorityId));
        foreach (var id in others.Where(id => _parties.All(p => p.AuthorityId != id)).Order())
            _parties.Add(new TenderParty(id, isLead: false));
        KeyDecisionId = keyDecisionId;
        EstimatedValue = estimatedValue;
        TermStart = termStart;
        TermEnd = termEnd;
        TermJustification = termJustification;
        Timeline = timeline;
        AgeBandsText = bands.LowerBoundsText;
        Indexation = indexation;
        AbnormallyLowPercent = abnormallyLowPercent;
        Version++;
    }

    private static void CheckTimeline(TenderTimeline t, DateOnly termStart)
    {
        if (London.DateOf(t.ClarificationDeadline) < t.PublicationDate)
            throw new DomainException("ClarificationDeadline", "The clarification deadline must be on or after the publication date");
        if (t.SubmissionDeadline <= t.ClarificationDeadline)
            throw new DomainException("SubmissionDeadline", "The submission deadline must be after the clarification deadline");
        if (t.EvaluationDate < London.DateOf(t.SubmissionDeadline))
            throw new DomainException("EvaluationDate", "Evaluation must start on or after the submission deadline");
        if (t.AwardDate < t.EvaluationDate)
            throw new DomainException("AwardDate", "The award date must be on or after evaluation starts");
        if (t.StartDate <= t.AwardDate)
            throw new DomainException("StartDate", "The framework must start after the award date, once standstill has ended");
        if (t.StartDate != termStart)
            throw new DomainException("StartDate", "The framework's start date must be the start of its term");
    }

    /// <summary>The standstill end the timeline implies: computed from the award date by the regime.</summary>
    public DateOnly PlannedStandstillEnd(IReadOnlySet<DateOnly> bankHolidays) => Standstill.EndDate(Regime, Timeline.AwardDate, bankHolidays);

    public TenderLot AddLot(string name, PlacementCategory category, IReadOnlyList<PriceRow> supplements,
        QualityQuestionnaire questionnaire, EvaluationMethod method, AwardBasis awardBasis, int? topN)
    {
        EnsureDraft();
        EnsureLotsEditable();
        if (_lots.Count >= MaximumLots) throw new DomainException("Lots", $"A tender can have no more than {MaximumLots} lots");
        var lot = new TenderLot(_lots.Count == 0 ? 1 : _lots.Max(l => l.Number) + 1, name, category, supplements, questionnaire, method, awardBasis, topN);
        if (_lots.Any(l => string.Equals(l.Name, lot.Name, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException("Name", $"There is already a lot called {lot.Name}");
        _lots.Add(lot);
        Version++;
        return lot;
    }

    public void RemoveLot(int number)
    {
        EnsureDraft();
        EnsureLotsEditable();
        var lot = _lots.FirstOrDefault(l => l.Number == number) ?? throw new DomainException("Lots", $"There is no lot {number}");
        _lots.Remove(lot);
        Version++;
    }

    /// <summary>Adds a member of the evaluation panel (before the bids are opened).</summary>
    public void AddEvaluator(int userId, int authorityId, string name)
    {
        if (Status is TenderStatus.Opened or TenderStatus.Awarded or TenderStatus.Cancelled)
            throw new DomainException("UserId", "The evaluation panel is fixed once the bids are opened");
        if (!AuthorityIds.Contains(authorityId)) throw new DomainException("UserId", "Evaluators must work for an authority party to the tender");
        if (_evaluators.Any(e => e.UserId == userId)) throw new DomainException("UserId", "This person is already on the evaluation panel");
        if (_evaluators.Count >= 20) throw new DomainException("UserId", "An evaluation panel can have no more than 20 members");
        _evaluators.Add(new TenderEvaluator(userId, name));
        Version++;
    }

    public void RemoveEvaluator(int userId)
    {
        if (Status is TenderStatus.Opened or TenderStatus.Awarded or TenderStatus.Cancelled)
            throw new DomainException("UserId", "The evaluation panel is fixed once the bids are opened");
        if (_evaluators.RemoveAll(e => e.UserId == userId) == 0) throw new DomainException("UserId", "This person is not on the evaluation panel");
        Version++;
    }

    public bool IsEvaluator(int userId) => _evaluators.Any(e => e.UserId == userId);

    public TenderLot Lot(int number) =>
        _lots.FirstOrDefault(l => l.Number == number) ?? throw new DomainException("LotNumber", $"There is no lot {number}");

    /// <summary>
    /// Publishes the tender: from now on lots, questions, the price schedule template and the evaluation method cannot change.
    /// </summary>
    public void Publish(DateTimeOffset now, IReadOnlySet<DateOnly> bankHolidays)
    {
        EnsureDraft();
        if (_lots.Count == 0) throw new DomainException("Lots", "Add at least one lot before publishing");
        if (_evaluators.Count == 0) throw new DomainException("Evaluators", "Add at least one evaluator to the panel before publishing");
        if (now >= Timeline.ClarificationDeadline)
            throw new DomainException("ClarificationDeadline", "The clarification deadline has passed: move the timeline before publishing");
        var standstillEnd = PlannedStandstillEnd(bankHolidays);
        if (Timeline.StartDate <= standstillEnd)
            throw new DomainException("StartDate", $"Standstill ends on {standstillEnd:d MMMM yyyy}: the framework must start after that");
        Status = TenderStatus.Published;
        PublishedAt = now;
        Version++;
    }

    public bool IsOpenForBids(DateTimeOffset now) => Status == TenderStatus.Published && now <= Timeline.SubmissionDeadline;

    public bool CanAskClarification(DateTimeOffset now) => Status == TenderStatus.Published && now <= Timeline.ClarificationDeadline;

    /// <summary>Opens the sealed bids: only after the submission deadline, once, recorded with who and when.</summary>
    public void Open(DateTimeOffset now, string openedBy)
    {
        if (Status != TenderStatus.Published) throw new DomainException("Status", "Only a published tender can be opened");
        if (now <= Timeline.SubmissionDeadline)
            throw new DomainException("Status", $"Bids cannot be opened before the submission deadline ({London.ToLondon(Timeline.SubmissionDeadline):d MMMM yyyy HH:mm})");
        if (string.IsNullOrWhiteSpace(openedBy)) throw new ArgumentException("Who opened the bids must be recorded", nameof(openedBy));
        Status = TenderStatus.Opened;
        OpenedAt = now;
        OpenedBy = openedBy;
        Version++;
    }

    /// <summary>
    /// Whether an authority user may read the content of bids: never before the opening event; afterwards the
    /// commissioners and evaluators of the tender's authorities.
    /// </summary>
    public bool BidsAreOpen => Status is TenderStatus.Opened or TenderStatus.Awarded;

    /// <summary>
    /// The framework's first day if the tender is awarded on <paramref name="awardedOn"/>: the planned start, or the day
    /// after standstill ends when that is later (a framework is never entered into during standstill).
    /// </summary>
    public DateOnly FrameworkStartIfAwardedOn(DateOnly awardedOn, IReadOnlySet<DateOnly> bankHolidays)
    {
        var standstillEnd = Standstill.EndDate(Regime, awardedOn, bankHolidays);
        return TermStart > standstillEnd ? TermStart : standstillEnd.AddDays(1);
    }

    /// <summary>Records the award: standstill runs from the award date; the framework goes live on the start date.</summary>
    public void Award(DateOnly awardedOn, IReadOnlySet<DateOnly> bankHolidays, int frameworkId)
    {
        if (Status != TenderStatus.Opened) throw new DomainException("Status", "Only an opened tender can be awarded");
        if (IsRound && frameworkId != ReopensFrameworkId) throw new DomainException("Status", "A reopening round is awarded to the framework it reopens");
        AwardedOn = awardedOn;
        StandstillEnd = Standstill.EndDate(Regime, awardedOn, bankHolidays);
        FrameworkId = frameworkId;
        Status = TenderStatus.Awarded;
        Version++;
    }

    public void Cancel()
    {
        if (Status is TenderStatus.Awarded or TenderStatus.Cancelled) throw new DomainException("Status", "This tender can no longer be cancelled");
        Status = TenderStatus.Cancelled;
        Version++;
    }

    private void EnsureDraft()
    {
        if (Status != TenderStatus.Draft)
            throw new DomainException("Status", "The tender has been published: its lots, questions, prices and evaluation method can no longer change");
    }
}

/// <summary>A lot of a tender: the category it is priced under, its supplements, questionnaire and evaluation method.</summary>
public sealed class TenderLot
{
    private TenderLot() { }

    internal TenderLot(int number, string name, PlacementCategory category, IReadOnlyList<PriceRow> supplements,
        QualityQuestionnaire questionnaire, EvaluationMethod method, AwardBasis awardBasis, int? topN)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 200) throw new DomainException("Name", "Enter the lot's name, up to 200 characters");
        if (!Enum.IsDefined(category)) throw new DomainException("Category", "Select the placement category of the lot");
        if (!Enum.IsDefined(awardBasis)) throw new DomainException("AwardBasis", "Select how the lot is awarded");
        if (awardBasis == AwardBasis.TopRanked && topN is not (> 0 and <= 200))
            throw new DomainException("TopN", "Enter how many providers to award, from 1 to 200");
        if (supplements.Any(s => !s.IsSupplement)) throw new DomainException("Supplements", "Supplements cannot be placement categories");
        Number = number;
        Name = name;
        Category = category;
        Supplements = supplements.ToList();
        Questions = questionnaire.Questions.ToList();
        Method = method;
        AwardBasis = awardBasis;
        TopN = awardBasis == AwardBasis.TopRanked ? topN : null;
    }

    public int Id { get; private set; }
    public int Number { get; private set; }
    public string Name { get; private set; } = "";
    public PlacementCategory Category { get; private set; }
    public List<PriceRow> Supplements { get; private set; } = [];
    public List<QualityQuestion> Questions { get; private set; } = [];
    public EvaluationMethod Method { get; private set; } = null!;
    public AwardBasis AwardBasis { get; private set; }
    public int? TopN { get; private set; }

    public QualityQuestionnaire Questionnaire => QualityQuestionnaire.Create(Questions);

    /// <summary>The rows bidders price: the lot's category first, then its supplements.</summary>
    public IReadOnlyList<PriceRow> PriceRows(string categoryName) => [PriceRow.ForCategory(Category, categoryName), .. Supplements];

    public PriceSchedule EmptySchedule(AgeBands bands, string categoryName) => new(PriceRows(categoryName), bands);
}

/// <summary>An authority taking part in a tender; one of them leads.</summary>
public sealed class TenderParty
{
    private TenderParty() { }

    internal TenderParty(int authorityId, bool isLead)
    {
        AuthorityId = authorityId;
        IsLead = isLead;
    }

    public int Id { get; private set; }
    public int TenderId { get; private set; }
    public int AuthorityId { get; private set; }
    public bool IsLead { get; private set; }
}

/// <summary>A member of a tender's evaluation panel.</summary>
public sealed class TenderEvaluator
{
    private TenderEvaluator() { }

    internal TenderEvaluator(int userId, string name)
    {
        UserId = userId;
        Name = (name ?? "").Trim();
    }

    public int Id { get; private set; }
    public int TenderId { get; private set; }
    public int UserId { get; private set; }
    public string Name { get; private set; } = "";
}
