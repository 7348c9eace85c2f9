using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement.Tendering;

public enum IndexationKind
{
    /// <summary>Prices are firm for the whole term.</summary>
    None = 0,
    /// <summary>A fixed percentage uplift every 1 April.</summary>
    FixedPercent = 1,
    /// <summary>CPI (the annual rate published for the preceding January) every 1 April, capped at a percentage.</summary>
    CpiCapped = 2,
}

/// <summary>
/// How framework prices move during the term. Uplifts apply on each 1 April after the term starts (never on the start
/// date itself, even when the term starts on 1 April), compound year on year, and each year's price is rounded to the
/// penny, halves away from zero, before the next uplift — so the published price list is exactly what is charged.
/// Rates are in basis points (1.5% = 150) so that they are exact.
/// </summary>
public sealed record Indexation(IndexationKind Kind, int RateBasisPoints = 0, int CapBasisPoints = 0)
{
    /// <summary>No uplift may exceed 25% a year: anything larger is a typing error.</summary>
    public const int MaximumBasisPoints = 2_500;

    public static Indexation Firm { get; } = new(IndexationKind.None);

    public static Indexation Fixed(int rateBasisPoints) => Validated(new(IndexationKind.FixedPercent, rateBasisPoints));

    public static Indexation CpiCappedAt(int capBasisPoints) => Validated(new(IndexationKind.CpiCapped, 0, capBasisPoints));

    private static Indexation Validated(Indexation rule)
    {
        if (rule.Kind == IndexationKind.FixedPercent && rule.RateBasisPoints is <= 0 or > MaximumBasisPoints)
            throw new DomainException("IndexationRate", "Enter a yearly uplift between 0.01% and 25%");
        if (rule.Kind == IndexationKind.CpiCapped && rule.CapBasisPoints is <= 0 or > MaximumBasisPoints)
            throw new DomainException("IndexationCap", "Enter a cap between 0.01% and 25%");
        return rule;
    }

    /// <summary>The 1 April dates on which prices move, from the term start to <paramref name="on"/> inclusive.</summary>
    public static IEnumerable<DateOnly> UpliftDates(DateOnly termStart, DateOnly on)
    {
        var first = new DateOnly(termStart.Year, 4, 1);
        if (first <= termStart) first = first.AddYears(1);
        for (var date = first; date <= on; date = date.AddYears(1)) yield return date;
    }

    /// <summary>
    /// The uplift applied on <paramref name="upliftDate"/> in basis points. For CPI, <paramref name="cpiBasisPoints"/>
    /// gives the published annual CPI rate for the January before the uplift (e.g. January 2025 for 1 April 2025); a
    /// negative CPI gives no uplift (prices never fall), and the cap limits it.
    /// </summary>
    public int UpliftBasisPoints(DateOnly upliftDate, Func<DateOnly, int>? cpiBasisPoints)
    {
        switch (Kind)
        {
            case IndexationKind.None: return 0;
            case IndexationKind.FixedPercent: return RateBasisPoints;
            case IndexationKind.CpiCapped:
                if (cpiBasisPoints is null) throw new InvalidOperationException("CPI rates are needed for CPI indexation");
                var cpi = cpiBasisPoints(new DateOnly(upliftDate.Year, 1, 1));
                return Math.Clamp(cpi, 0, CapBasisPoints);
            default: throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown indexation");
        }
    }

    /// <summary>The price in force on <paramref name="on"/> for a price tendered at <paramref name="tendered"/>.</summary>
    public Money PriceOn(Money tendered, DateOnly termStart, DateOnly on, Func<DateOnly, int>? cpiBasisPoints = null)
    {
        var price = tendered;
        foreach (var date in UpliftDates(termStart, on))
            price = Uplift(price, UpliftBasisPoints(date, cpiBasisPoints));
        return price;
    }

    /// <summary>Raises a price by a number of basis points, to the penny, halves away from zero.</summary>
    public static Money Uplift(Money price, int basisPoints)
    {
        if (basisPoints == 0) return price;
        var raised = (decimal)price.Pence * (10_000 + basisPoints) / 10_000m;
        return Money.FromPence((long)Math.Round(raised, MidpointRounding.AwayFromZero));
    }
}
