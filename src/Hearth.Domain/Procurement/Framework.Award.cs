using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;

namespace Hearth.Domain.Procurement;

/// <summary>
/// The award rule (one place for the web, the demo data and the tests): a lot's evaluation results become lot memberships
/// with rank and the submitted prices; reopening rounds admit new providers after the existing members (ADR 0015); and the
/// framework's indexation variations (each 1 April, from the index figure the commissioner enters).
/// </summary>
public sealed partial class Framework
{
    private readonly List<FrameworkUplift> _uplifts = [];

    /// <summary>The indexation applied so far, one per 1 April, oldest first.</summary>
    public IReadOnlyList<FrameworkUplift> Uplifts => _uplifts;

    /// <summary>
    /// Awards a lot by its published basis (every qualifying bid, or the top N with ties at the Nth rank all through) and
    /// admits the winners to the lot at <paramref name="joinedOn"/> with the prices they submitted. When the lot already
    /// has members (a reopening round), the new providers rank after them: round rank + the lowest existing rank; a
    /// provider already on the lot keeps its place and is not admitted twice. Returns the frozen result of every bid.
    /// </summary>
    public IReadOnlyList<TenderResult> AwardLot(int tenderId, TenderLot lot, IReadOnlyList<BidResult> results,
        Func<int, IReadOnlyList<BidPrice>> submittedPrices, string ageBandsText, DateOnly joinedOn)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(submittedPrices);
        var existing = _lotMembers.Where(m => m.LotNumber == lot.Number).ToList();
        var rankOffset = existing.Count == 0 ? 0 : existing.Max(m => m.Rank ?? 0);
        var onLot = existing.Select(m => m.ProviderId).ToHashSet();
        var admitted = new HashSet<int>();
        foreach (var result in LotEvaluation.Award(results, lot.AwardBasis, lot.TopN))
        {
            if (!onLot.Add(result.ProviderId)) continue;
            AdmitToLot(lot.Number, lot.Name, lot.Category, result.ProviderId, result.Rank + rankOffset, submittedPrices(result.BidId),
                ageBandsText, joinedOn, result.BidId);
            admitted.Add(result.BidId);
        }
        return results.Select(r => new TenderResult(tenderId, lot.Number, r, admitted.Contains(r.BidId))).ToList();
    }

    /// <summary>
    /// Under the Procurement Act 2023 an open framework must first be reopened no later than 3 years after it was awarded
    /// (section 49(2)); Hearth counts from the framework's start. Null for other regimes.
    /// </summary>
    public DateOnly? FirstReopeningDueBy => Regime == ProcurementRegime.Pa2023OpenFramework ? MaximumEndDate(ProcurementRegime.Pa2023ClosedFramework, StartDate).AddYears(-1) : null;

    /// <summary>True when an open framework has not been reopened by its due date (a warning on the framework page).</summary>
    public bool ReopeningOverdue(DateOnly today, bool reopenedAlready) =>
        FirstReopeningDueBy is { } due && today > due && !reopenedAlready;

    /// <summary>
    /// Checks a reopening round published on <paramref name="publishedOn"/> admitting providers from
    /// <paramref name="admissionDate"/>: refused for a closed framework under the Act (it cannot admit new suppliers);
    /// admission must fall within the term; an open framework reopened for the first time after its 3-year due date needs
    /// a recorded justification (as a term past the maximum does).
    /// </summary>
    public void CheckReopening(DateOnly publishedOn, DateOnly admissionDate, bool reopenedAlready, string? justification)
    {
        if (Regime == ProcurementRegime.Pa2023ClosedFramework)
            throw new DomainException("Regime", "A closed framework under the Procurement Act 2023 cannot admit new suppliers: only an open framework can be reopened");
        if (admissionDate <= StartDate || admissionDate > EndDate)
            throw new DomainException("StartDate", $"New providers must join while the framework is in force, after {StartDate:d MMMM yyyy} and by {EndDate:d MMMM yyyy}");
        if (FirstReopeningDueBy is { } due && !reopenedAlready && publishedOn > due && string.IsNullOrWhiteSpace(justification))
            throw new DomainException("Justification",
                $"An open framework must first be reopened within 3 years of its start, by {due:d MMMM yyyy}: record why this reopening is later");
    }

    /// <summary>
    /// Applies the framework's indexation rule from a 1 April, authorised by a decision. For CPI the commissioner enters the
    /// index figure (e.g. CPI for the year to the preceding month) in basis points; a negative figure gives no uplift and
    /// the cap limits it. A fixed uplift needs no figure. Years are applied in order, once each.
    /// </summary>
    public FrameworkUplift ApplyIndexation(DateOnly effectiveFrom, int? indexBasisPoints, int keyDecisionId, DateOnly recordedOn)
    {
        if (Indexation.Kind == IndexationKind.None)
            throw new DomainException("EffectiveFrom", "Prices on this framework are firm for the term: it has no indexation rule to apply");
        if (effectiveFrom is not { Month: 4, Day: 1 })
            throw new DomainException("EffectiveFrom", "Indexation applies from 1 April: enter 1 April of the year");
        var dates = Tendering.Indexation.UpliftDates(StartDate, EndDate).ToList();
        if (!dates.Contains(effectiveFrom))
            throw new DomainException("EffectiveFrom", $"Enter a 1 April after the framework starts ({StartDate:d MMMM yyyy}) and on or before it ends ({EndDate:d MMMM yyyy})");
        if (_uplifts.Any(u => u.EffectiveFrom == effectiveFrom))
            throw new DomainException("EffectiveFrom", $"Indexation from {effectiveFrom:d MMMM yyyy} has already been applied");
        var previous = dates.Where(d => d < effectiveFrom).ToList();
        if (previous.Count > 0 && _uplifts.All(u => u.EffectiveFrom != previous[^1]))
            throw new DomainException("EffectiveFrom", $"Apply the indexation from {previous[^1]:d MMMM yyyy} first");
        int applied;
        if (Indexation.Kind == IndexationKind.CpiCapped)
        {
            if (indexBasisPoints is not { } index) throw new DomainException("IndexPercent", "Enter the index figure, for example 3.4");
            if (index is < -Tendering.Indexation.MaximumBasisPoints or > Tendering.Indexation.MaximumBasisPoints)
                throw new DomainException("IndexPercent", "Enter an index figure between -25% and 25%");
            applied = Indexation.UpliftBasisPoints(effectiveFrom, _ => index);
        }
        else
        {
            indexBasisPoints = null;
            applied = Indexation.UpliftBasisPoints(effectiveFrom, null);
        }
        var uplift = new FrameworkUplift(effectiveFrom, indexBasisPoints, applied, keyDecisionId, recordedOn);
        _uplifts.Add(uplift);
        Version++;
        return uplift;
    }

    /// <summary>A member's contracted weekly price on a date, with the indexation applied so far.</summary>
    public Money? PriceOn(FrameworkLotMember member, string rowCode, int age, DateOnly on) =>
        member.PriceOn(rowCode, age, on, _uplifts);

    /// <summary>The dates each price list takes effect: the start, then each 1 April indexation was applied.</summary>
    public IReadOnlyList<DateOnly> PriceListDates => [StartDate, .. _uplifts.Select(u => u.EffectiveFrom).Order()];
}

/// <summary>An indexation variation: prices uplifted from a 1 April by a percentage, linked to its decision.</summary>
public sealed class FrameworkUplift
{
    private FrameworkUplift() { }

    internal FrameworkUplift(DateOnly effectiveFrom, int? indexBasisPoints, int appliedBasisPoints, int keyDecisionId, DateOnly recordedOn)
    {
        EffectiveFrom = effectiveFrom;
        IndexBasisPoints = indexBasisPoints;
        AppliedBasisPoints = appliedBasisPoints;
        KeyDecisionId = keyDecisionId;
        RecordedOn = recordedOn;
    }

    public int Id { get; private set; }
    public int FrameworkId { get; private set; }
    /// <summary>The 1 April from which the uplift applies.</summary>
    public DateOnly EffectiveFrom { get; private set; }
    /// <summary>The index figure entered (e.g. CPI 3.4% = 340); null for a fixed uplift.</summary>
    public int? IndexBasisPoints { get; private set; }
    /// <summary>The uplift applied after the rule (cap, no fall), in basis points.</summary>
    public int AppliedBasisPoints { get; private set; }
    public int KeyDecisionId { get; private set; }
    public DateOnly RecordedOn { get; private set; }
}
