using Hearth.Domain.Common;

namespace Hearth.Domain.Placements;

/// <summary>
/// A child's foster placement with one household. Charged per night from the start date (inclusive) to the end date
/// (exclusive: the day the child left) at the weekly fee in force (ARCHITECTURE §3).
/// </summary>
public sealed class Placement
{
    /// <summary>No weekly fee may exceed this: a guard against a mistyped fee.</summary>
    public static readonly Money MaximumWeeklyFee = Money.FromPence(20_000_00);

    /// <summary>The SSDA903 PLACE codes for foster placements: U1–U3 with relatives or friends, U4–U6 with other carers.</summary>
    public static readonly IReadOnlySet<string> PlaceCodes = new HashSet<string>(StringComparer.Ordinal) { "U1", "U2", "U3", "U4", "U5", "U6" };

    private readonly List<PlacementFeePeriod> _feePeriods = [];

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
    public int Version { get; private set; }

    public IReadOnlyList<PlacementFeePeriod> FeePeriods => _feePeriods;

    public Money CurrentWeeklyFee => _feePeriods.Count == 0 ? Money.Zero : _feePeriods[^1].WeeklyFee;

    public static Placement Start(
        int authorityId, int childId, PlacementRoute route, int? providerId, int? householdId, int? frameworkId,
        PlacementCategory category, string placeCode, KeyServiceLine keyServiceLine, FundingSource fundingSource,
        DateOnly startDate, Money weeklyFee, DateOnly? plannedEndDate)
    {
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
            FundingSource = fundingSource, StartDate = startDate, PlannedEndDate = plannedEndDate,
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
        _feePeriods.Add(new PlacementFeePeriod(effectiveFrom, weeklyFee));
        Version++;
    }

    /// <summary>Ends the placement on the day the child left (that night is not charged).</summary>
    public void End(DateOnly leftOn)
    {
        if (EndDate is not null) throw new DomainException(nameof(EndDate), "The placement has already ended");
        if (leftOn <= StartDate) throw new DomainException(nameof(EndDate), "The end date must be after the start date");
        if (leftOn <= _feePeriods[^1].EffectiveFrom)
            throw new DomainException(nameof(EndDate), "The end date must be after the latest fee change");
        EndDate = leftOn;
        Version++;
    }

    public bool IsLiveOn(DateOnly date) => date >= StartDate && (EndDate is null || date < EndDate);

    private static void CheckFee(Money weeklyFee)
    {
        if (weeklyFee < Money.Zero) throw new DomainException("WeeklyFee", "The weekly fee must be £0 or more");
        if (weeklyFee > MaximumWeeklyFee) throw new DomainException("WeeklyFee", $"The weekly fee must be {MaximumWeeklyFee} or less");
    }
}
