using Hearth.Domain.Placements;

namespace Hearth.Domain.Procurement.Tendering;

/// <summary>
/// A row of a price schedule: a placement category, or a supplement charged on top (a sibling placed together, an
/// additional child, solo placement). Supplements are weekly amounts like the rows they add to.
/// </summary>
public sealed record PriceRow(string Code, string Name, PlacementCategory? Category)
{
    public bool IsSupplement => Category is null;

    public static PriceRow ForCategory(PlacementCategory category, string name) => new($"CAT-{(int)category}", name, category);

    public static PriceRow Supplement(string code, string name) => new(code, name, null);

    /// <summary>The supplements most IFP frameworks price (sibling discount or additional child supplement).</summary>
    public static IReadOnlyList<PriceRow> CommonSupplements { get; } =
    [
        Supplement("SUP-SIBLING", "Sibling placed together (per additional child)"),
        Supplement("SUP-ADDITIONAL", "Additional support (per week)"),
    ];
}
