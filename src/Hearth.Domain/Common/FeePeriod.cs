namespace Hearth.Domain.Common;

/// <summary>
/// A weekly fee that applies from <see cref="EffectiveFrom"/> until the next fee period's effective date (or for ever, when
/// it is the last). A fee change starts a new fee period on its effective date.
/// </summary>
public readonly record struct FeePeriod(DateOnly EffectiveFrom, Money WeeklyFee);
