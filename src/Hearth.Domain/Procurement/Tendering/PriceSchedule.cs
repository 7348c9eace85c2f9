using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement.Tendering;

/// <summary>
/// A lot's price schedule: weekly prices for each row (category or supplement) and age band. A bidder's schedule must
/// price every cell of the lot's template; each price is more than £0 and no more than £20,000 a week.
/// </summary>
public sealed class PriceSchedule
{
    /// <summary>No weekly price above this is credible for a foster placement: a guard against typing errors.</summary>
    public static readonly Money MaximumWeeklyPrice = Money.FromPence(20_000_00);

    private readonly Money?[,] _cells;

    public PriceSchedule(IReadOnlyList<PriceRow> rows, AgeBands bands)
    {
        if (rows is null || rows.Count == 0) throw new DomainException("Rows", "A price schedule needs at least one row");
        if (rows.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count() != rows.Count)
            throw new DomainException("Rows", "Each row of a price schedule must have a different code");
        Rows = rows;
        Bands = bands ?? throw new ArgumentNullException(nameof(bands));
        _cells = new Money?[rows.Count, bands.Bands.Count];
    }

    public IReadOnlyList<PriceRow> Rows { get; }
    public AgeBands Bands { get; }

    /// <summary>The field name a page uses for a cell, so an error lands next to it: Prices[CAT-1][2].</summary>
    public static string CellField(string rowCode, int bandIndex) => $"Prices[{rowCode}][{bandIndex}]";

    public Money? this[string rowCode, int bandIndex] => _cells[RowIndex(rowCode), bandIndex];

    /// <summary>Sets one weekly price; zero, negative and over-£20,000 prices are refused with the cell named.</summary>
    public void Set(string rowCode, int bandIndex, Money weeklyPrice)
    {
        var row = RowIndex(rowCode);
        if (bandIndex < 0 || bandIndex >= Bands.Bands.Count) throw new ArgumentOutOfRangeException(nameof(bandIndex));
        var field = CellField(rowCode, bandIndex);
        var where = $"{Rows[row].Name}, ages {Bands.Bands[bandIndex]}";
        if (weeklyPrice.Pence <= 0) throw new DomainException(field, $"Enter a weekly price of more than £0 for {where}");
        if (weeklyPrice > MaximumWeeklyPrice)
            throw new DomainException(field, $"The weekly price for {where} must be £20,000 or less");
        _cells[row, bandIndex] = weeklyPrice;
    }

    public void Clear(string rowCode, int bandIndex) => _cells[RowIndex(rowCode), bandIndex] = null;

    /// <summary>The cells with no price, in reading order (row by row, youngest band first).</summary>
    public IReadOnlyList<(PriceRow Row, AgeBand Band, int BandIndex)> MissingCells()
    {
        var missing = new List<(PriceRow, AgeBand, int)>();
        for (var r = 0; r < Rows.Count; r++)
            for (var b = 0; b < Bands.Bands.Count; b++)
                if (_cells[r, b] is null) missing.Add((Rows[r], Bands.Bands[b], b));
        return missing;
    }

    public bool IsComplete => MissingCells().Count == 0;

    /// <summary>Throws for the first unpriced cell: a bid cannot be submitted with an incomplete schedule.</summary>
    public void EnsureComplete()
    {
        var missing = MissingCells();
        if (missing.Count == 0) return;
        var (row, band, index) = missing[0];
        var more = missing.Count > 1 ? $" ({missing.Count} prices are missing)" : "";
        throw new DomainException(CellField(row.Code, index), $"Enter a weekly price for {row.Name}, ages {band}{more}");
    }

    /// <summary>
    /// The price used to score the bid: the mean of the category rows' prices (supplements excluded), in pence rounded
    /// half away from zero. Every category and age band weighs the same, as the tender documents state.
    /// </summary>
    public Money EvaluatedPrice()
    {
        EnsureComplete();
        long total = 0;
        var count = 0;
        for (var r = 0; r < Rows.Count; r++)
        {
            if (Rows[r].IsSupplement) continue;
            for (var b = 0; b < Bands.Bands.Count; b++)
            {
                total = checked(total + _cells[r, b]!.Value.Pence);
                count++;
            }
        }
        if (count == 0) throw new DomainException("Rows", "A price schedule needs at least one placement category row");
        return Money.FromPence((long)Math.Round((decimal)total / count, MidpointRounding.AwayFromZero));
    }

    private int RowIndex(string rowCode)
    {
        for (var i = 0; i < Rows.Count; i++)
            if (string.Equals(Rows[i].Code, rowCode, StringComparison.Ordinal)) return i;
        throw new DomainException("Rows", $"The price schedule has no row {rowCode}");
    }
}
