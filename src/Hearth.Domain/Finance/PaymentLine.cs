using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>The nights of a placement in a payment period at one weekly fee, from (inclusive) to (exclusive), and what they cost.</summary>
public readonly record struct PaymentLine(DateOnly From, DateOnly ToExclusive, int Nights, Money WeeklyFee, Money Amount);
