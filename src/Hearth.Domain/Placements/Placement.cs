using Hearth.Domain.Common;

namespace Hearth.Domain.Placements;

/// <summary>
/// A child's foster placement with one household. Charged per night from the start date (inclusive) to the end date
/// (exclusive: the day the child left) at the weekly fee in force (ARCHITECTURE §3).
/// </summary>
public sealed partial class Placement
{
    /// <summary>No weekly fee may exceed this: a guard against a mistyped fee.</summary>
    public static readonly Money MaximumWeeklyFee = Money.FromPence(20_000_00);

    public const int MaximumExternalReferenceLength = 50;

    /// <summary>The SSDA903 PLACE codes for foster placements: U1–U3 with relatives or friends, U4–U6 with other carers.</summary>
    public static readonly IReadOnlySet<string> PlaceCodes = new HashSet<string>(StringComparer.Ordinal) { "U1", "U2", "U3", "U4", "U5", "U6" };

    private readonly List<PlacementFeePeriod> _feePeriods = [];
    private readonly List<PlacementCorrection> _corrections = [];

    private Placement() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public int ChildId { get; private set; }
    /// <summary>The provider for agency placements; null for in-house.</summary>
    public int? ProviderId { get; private set; }
    public int? HouseholdId { get; private set; }
    public int? FrameworkId { get; private set; }
    public PlacementRoute Route { get; private set; }
    public PlacementCategory Category { get; private set; }
    /// <summary>SSDA903 PLACE code, e.g. U6 (foster placement with other foster carer, not long term or FFA).</summary>
    public string PlaceCode { get; private set; } = "U6";
    public KeyServiceLine KeyServiceLine { get; private set; }
    public FundingSource FundingSource { get; private set; }
    public DateOnly StartDate { get; private set; }
    /// <summary>The day the child left (exclusive end); null while the placement is open.</summary>
    public DateOnly? EndDate { get; private set; }
    public DateOnly? PlannedEndDate { get; private set; }
    /// <summary>SSDA903 REASON_PLACE_CHANGE of the ending; null while open or when not known (historic imports).</summary>
    public string? EndReasonCode { get; private set; }
    public bool? EndPlanned { get; private set; }
    public EndingRequestedBy? EndRequestedBy { get; private set; }
    /// <summary>The authority's own id for the placement (imports match on it); unique per authority, up to 50 characters.</summary>
    public string? ExternalReference { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<PlacementFeePeriod> FeePeriods => _feePeriods;
    public IReadOnlyList<PlacementCorrection> Corrections => _corrections;

    public PlacementStatus Status => EndDate is null ? PlacementStatus.Live : PlacementStatus.Ended;

    public Money CurrentWeeklyFee => _feePeriods.Count == 0 ? Money.Zero : _feePeriods[^1].WeeklyFee;

    public static Placement Start(
        int authorityId, int childId, PlacementRoute route, int? providerId, int? householdId, int? frameworkId,
        PlacementCategory category, string placeCode, KeyServiceLine keyServiceLine, FundingSource fundingSource,
        DateOnly startDate, Money weeklyFee, DateOnly? plannedEndDate, string? externalReference = null)
    {
        externalReference = string.IsNullOrWhiteSpace(externalReference) ? null : externalReference.Trim();
        if (externalReference is { Length: > MaximumExternalReferenceLength })
            throw new DomainException(nameof(ExternalReference), $"The external reference must be {MaximumExternalReferenceLength} characters or fewer");
        if (!Enum.IsDefined(route)) throw new DomainException(nameof(Route), "Select how the placement was sourced");
        if (!Enum.IsDefined(category)) throw new DomainException(nameof(Category), "Select the placement category");
        if (!Enum.IsDefined(keyServiceLine)) throw new DomainException(nameof(KeyServiceLine), "Select the key service line");
        if (!Enum.IsDefined(fundingSource)) throw new DomainException(nameof(FundingSource), "Select the funding source");
        placeCode = (placeCode ?? "").Trim().ToUpperInvariant();
        if (!PlaceCodes.Contains(placeCode))
            throw new DomainException(nameof(PlaceCode), "Select a foster placement type: U1 to U6 (SSDA903 PLACE)");
        if (route == PlacementRoute.InHouse && providerId is not null)
            throw new DomainException(nameof(ProviderId), "An in-house placement has no provider");
        if (route != PlacementRoute.InHouse && providerId is null)
            throw new DomainException(nameof(ProviderId), "Select the provider");
        if (route == PlacementRoute.Framework && frameworkId is null)
            throw new DomainException(nameof(FrameworkId), "Select the framework the placement was called off");
        if (plannedEndDate is { } planned && planned <= startDate)
            throw new DomainException(nameof(PlannedEndDate), "The planned end date must be after the start date");
        CheckFee(weeklyFee);
        var placement = new Placement
        {
            AuthorityId = authorityId, ChildId = childId, Route = route, ProviderId = providerId, HouseholdId = householdId,
            FrameworkId = frameworkId, Category = category, PlaceCode = placeCode, KeyServiceLine = keyServiceLine,
            FundingSource = fundingSource, StartDate = startDate, PlannedEndDate = plannedEndDate, ExternalReference = externalReference,
        };
        placement._feePeriods.Add(new PlacementFeePeriod(startDate, weeklyFee));
        return placement;
    }

    /// <summary>A new weekly fee from a date: starts a new fee period.</summary>
    public void ChangeFee(DateOnly effectiveFrom, Money weeklyFee)
    {
        CheckFee(weeklyFee);
        if (effectiveFrom <= StartDate)
            throw new DomainException("EffectiveFrom", "A fee change must take effect after the placement started");
        if (EndDate is { } end && effectiveFrom >= end)
            throw new DomainException("EffectiveFrom", "A fee change must take effect before the placement ended");
        if (effectiveFrom <= _feePeriods[^1].EffectiveFrom)
            throw new DomainException("EffectiveFrom", "A fee change must take effect after the last one");
        var added = new PlacementFeePeriod(effectiveFrom, weeklyFee);
        _feePeriods.Add(added);
        try
        {
            CheckFundingWithinFees("WeeklyFee");
        }
        catch
        {
            _feePeriods.Remove(added);
            throw;
        }
        Version++;
    }

    /// <summary>Ends the placement on the day the child left (that night is not charged), with why and who asked.</summary>
    public void End(DateOnly leftOn, string reasonCode, bool planned, EndingRequestedBy requestedBy)
    {
        Transition(PlacementStatus.Ended);
        if (!PlacementChangeReason.IsValid(reasonCode))
            throw new DomainException("ReasonCode", "Select the reason the placement ended");
        if (!Enum.IsDefined(requestedBy)) throw new DomainException("RequestedBy", "Select who asked for the placement to end");
        CheckEndDate(leftOn);
        EndDate = leftOn;
        EndReasonCode = reasonCode;
        EndPlanned = planned;
        EndRequestedBy = requestedBy;
        Version++;
    }

    /// <summary>
    /// Ends a placement whose ending was not fully recorded (imports): the day the child left and, when known, the SSDA903
    /// reason; whether it was planned and who asked stay unknown.
    /// </summary>
    public void EndWithoutReason(DateOnly leftOn, string? reasonCode = null)
    {
        Transition(PlacementStatus.Ended);
        reasonCode = string.IsNullOrWhiteSpace(reasonCode) ? null : reasonCode.Trim().ToUpperInvariant();
        if (reasonCode is not null && !PlacementChangeReason.IsValid(reasonCode))
            throw new DomainException(nameof(EndReasonCode), $"'{reasonCode}' is not an SSDA903 reason for a placement change");
        CheckEndDate(leftOn);
        EndDate = leftOn;
        EndReasonCode = reasonCode;
        Version++;
    }

    /// <summary>Corrects a fee recorded wrongly from a fee period's effective date; the affected years re-cost.</summary>
    public void CorrectFee(DateOnly effectiveFrom, Money weeklyFee, string reason, DateOnly today)
    {
        CheckFee(weeklyFee);
        var period = _feePeriods.FirstOrDefault(p => p.EffectiveFrom == effectiveFrom)
            ?? throw new DomainException("EffectiveFrom", "There is no fee starting on that date to correct");
        if (period.WeeklyFee == weeklyFee) throw new DomainException("WeeklyFee", "The corrected fee is the same as the recorded one");
        reason = CheckReason(reason);
        var recorded = period.WeeklyFee;
        period.Correct(weeklyFee);
        try
        {
            CheckFundingWithinFees("WeeklyFee");
        }
        catch
        {
            period.Correct(recorded);
            throw;
        }
        _corrections.Add(new PlacementCorrection("WeeklyFee", $"{recorded} from {effectiveFrom:yyyy-MM-dd}",
            $"{weeklyFee} from {effectiveFrom:yyyy-MM-dd}", reason, today));
        Version++;
    }

    /// <summary>Corrects the day the child left when it was recorded wrongly; nights move between years accordingly.</summary>
    public void CorrectEndDate(DateOnly leftOn, string reason, DateOnly today)
    {
        if (EndDate is not { } current) throw new DomainException(nameof(EndDate), "Only an ended placement's end date can be corrected");
        if (leftOn == current) throw new DomainException(nameof(EndDate), "The corrected end date is the same as the recorded one");
        CheckEndDate(leftOn);
        _corrections.Add(new PlacementCorrection(nameof(EndDate), $"{current:yyyy-MM-dd}", $"{leftOn:yyyy-MM-dd}", CheckReason(reason), today));
        EndDate = leftOn;
        Version++;
    }

    /// <summary>The one transition table of a placement's lifecycle.</summary>
    private void Transition(PlacementStatus to)
    {
        switch (Status, to)
        {
            case (PlacementStatus.Live, PlacementStatus.Ended):
                return;
            case (PlacementStatus.Ended, PlacementStatus.Ended):
                throw new DomainException(nameof(EndDate), "The placement has already ended. To change the date, correct it");
            default:
                throw new DomainException(nameof(Status), $"A {Status.ToString().ToLowerInvariant()} placement cannot become {to.ToString().ToLowerInvariant()}");
        }
    }

    private void CheckEndDate(DateOnly leftOn)
    {
        if (leftOn <= StartDate) throw new DomainException(nameof(EndDate), "The end date must be after the start date");
        if (leftOn <= _feePeriods[^1].EffectiveFrom)
            throw new DomainException(nameof(EndDate), "The end date must be after the latest fee change");
        CheckCostsBefore(leftOn);
    }

    private static string CheckReason(string reason)
    {
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) throw new DomainException("Reason", "Enter why the record is being corrected");
        if (reason.Length > 500) throw new DomainException("Reason", "The reason must be 500 characters or fewer");
        return reason;
    }

    /// <summary>The fee periods in the costing rule's terms.</summary>
    public FeePeriod[] ToFeePeriods()
    {
        var periods = new FeePeriod[_feePeriods.Count];
        for (var i = 0; i < periods.Length; i++) periods[i] = new FeePeriod(_feePeriods[i].EffectiveFrom, _feePeriods[i].WeeklyFee);
        return periods;
    }

    public bool IsLiveOn(DateOnly date) => date >= StartDate && (EndDate is null || date < EndDate);

    private static void CheckFee(Money weeklyFee)
    {
        if (weeklyFee < Money.Zero) throw new DomainException("WeeklyFee", "The weekly fee must be £0 or more");
        if (weeklyFee > MaximumWeeklyFee) throw new DomainException("WeeklyFee", $"The weekly fee must be {MaximumWeeklyFee} or less");
    }
}
