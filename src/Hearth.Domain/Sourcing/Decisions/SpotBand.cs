using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>
/// The framework band a spot purchase is compared with: the HIGHEST contracted weekly price, on the day, among the active
/// members of the lots that price the child's category, for the child's age (docs/decisions/0018-call-off-decision-record.md).
/// A spot fee at or below it could have been bought on the framework from someone; above it, a manager approves. With no
/// contracted price for the category and age there is no band, and the spot purchase is treated as above it.
/// </summary>
public sealed record SpotBand(Money? Price, string Basis)
{
    public static SpotBand None { get; } = new(null, "No framework price for the child's category and age: treated as above the band");

    public bool IsAbove(Money weeklyFee) => Price is not { } band || weeklyFee > band;

    public static SpotBand Highest(IEnumerable<Money?> contractedPrices, string basis)
    {
        ArgumentNullException.ThrowIfNull(contractedPrices);
        Money? highest = null;
        foreach (var price in contractedPrices)
            if (price is { } p && (highest is null || p > highest.Value)) highest = p;
        return highest is null ? None : new SpotBand(highest, basis);
    }
}
