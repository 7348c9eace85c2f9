using Hearth.Domain.Common;

namespace Hearth.Domain.Placements;

/// <summary>A weekly fee in force from its effective date until the next period's.</summary>
public sealed class PlacementFeePeriod
{
    private PlacementFeePeriod() { }

    internal PlacementFeePeriod(DateOnly effectiveFrom, Money weeklyFee)
    {
        EffectiveFrom = effectiveFrom;
        WeeklyFee = weeklyFee;
    }

    public int Id { get; private set; }
    public int PlacementId { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public Money WeeklyFee { get; private set; }

    internal void Correct(Money weeklyFee) => WeeklyFee = weeklyFee;
}
