namespace Hearth.Domain.Placements;

/// <summary>An additional cost is charged per night like the fee (an amount a week), or once on a date.</summary>
public enum AdditionalCostKind
{
    Weekly = 1,
    OneOff = 2,
}
