using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>
/// The check of an option's weekly fee against the price it is compared with: the provider's framework price for the
/// child's category and age band (an offer), or the framework band (a spot purchase). Null price: nothing to compare.
/// </summary>
public sealed record PriceCheck(Money? ComparedPrice, bool AbovePrice, string Basis)
{
    public static PriceCheck NotApplicable { get; } = new(null, false, "No framework price applies");

    /// <summary>Above when the fee exceeds the compared price (equal is not above).</summary>
    public static PriceCheck Against(Money weeklyFee, Money? comparedPrice, string basis) =>
        new(comparedPrice, comparedPrice is { } p && weeklyFee > p, basis);
}
