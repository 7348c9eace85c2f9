using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>
/// A stored costing of part of a placement, so spend can be summed in SQL (ADR 0014). A <em>closed</em> line is one run of
/// the costing rule (ARCHITECTURE §3): the nights of one fee period in one financial year, from <see cref="FirstNightDay"/>
/// to <see cref="EndDay"/> (exclusive), with their cost rounded once. An <em>open</em> line (<see cref="EndDay"/> null) is the
/// rest of a live placement at its last fee: from <see cref="FirstNightDay"/> on, for as long as the placement stays open;
/// it may span several financial years and is costed when asked (<see cref="CostIn"/>).
/// </summary>
/// <remarks>
/// Written only by <see cref="PlacementCostLines.For(Placement, DateOnly)"/>. The keys of the spend report are copied
/// from the placement so the report is one GROUP BY over integers. Days are <see cref="DateOnly.DayNumber"/> values so the
/// database can count nights by subtraction on both SQLite and PostgreSQL.
/// </remarks>
public sealed class PlacementCostLine
{
    private PlacementCostLine() { }

    internal PlacementCostLine(
        int placementId, Placement placement, FinancialYear year, DateOnly feePeriodStart, Money weeklyFee, int firstNightDay,
        int? endDay, Money? amount)
        : this(placementId, placement, CostLineKind.Fee, placement.FundingSource, 1, year, feePeriodStart, weeklyFee, firstNightDay, endDay, amount)
    {
    }

    internal PlacementCostLine(
        int placementId, Placement placement, CostLineKind kind, FundingSource fundingSource, int sign, FinancialYear year,
        DateOnly feePeriodStart, Money weeklyFee, int firstNightDay, int? endDay, Money? amount)
    {
        PlacementId = placementId;
        AuthorityId = placement.AuthorityId;
        FinancialYear = year.StartYear;
        FeePeriodStart = feePeriodStart;
        KeyServiceLine = placement.KeyServiceLine;
        FundingSource = fundingSource;
        Route = placement.Route;
        ProviderId = placement.ProviderId;
        Kind = kind;
        Sign = sign;
        FirstNightDay = firstNightDay;
        EndDay = endDay;
        Nights = kind == CostLineKind.OneOff ? 0 : endDay - firstNightDay;
        WeeklyFeePence = weeklyFee.Pence;
        AmountPence = amount is { } a ? sign * a.Pence : null;
    }

    public int PlacementId { get; private set; }

    /// <summary>The line's number within its placement (1, 2, …), in the order <see cref="PlacementCostLines"/> writes them.</summary>
    public int Seq { get; private set; }

    /// <summary>What the line costs: the fee, a funding split's part of it, an additional weekly cost or a one-off cost.</summary>
    public CostLineKind Kind { get; private set; }

    /// <summary>
    /// +1, or -1 for the main funding source's offset of a funding split's part (ADR 0019): the line's cost is
    /// <c>Sign × round(W × n / 7)</c> and its stored amount is already signed.
    /// </summary>
    public int Sign { get; private set; } = 1;

    public int AuthorityId { get; private set; }

    /// <summary>The start year of the financial year of the first night (2025 for 2025-26).</summary>
    public int FinancialYear { get; private set; }

    /// <summary>The effective date of the fee period the nights are charged under.</summary>
    public DateOnly FeePeriodStart { get; private set; }

    public KeyServiceLine KeyServiceLine { get; private set; }
    public FundingSource FundingSource { get; private set; }
    public PlacementRoute Route { get; private set; }
    public int? ProviderId { get; private set; }

    /// <summary>The first night, as a <see cref="DateOnly.DayNumber"/>.</summary>
    public int FirstNightDay { get; private set; }

    /// <summary>The day after the last night (exclusive), as a day number, within the same financial year; null for an open line.</summary>
    public int? EndDay { get; private set; }

    /// <summary>The number of nights of a closed line; null for an open line.</summary>
    public int? Nights { get; private set; }

    public long WeeklyFeePence { get; private set; }

    /// <summary>The cost of a closed line's nights, rounded once and signed (see <see cref="Sign"/>); null for an open line.</summary>
    public long? AmountPence { get; private set; }

    public DateOnly FirstNight => DateOnly.FromDayNumber(FirstNightDay);

    public bool IsOpen => EndDay is null;

    /// <summary>
    /// What this line costs in <paramref name="year"/> for the nights before <paramref name="costUntilExclusive"/>: the
    /// run of its nights that fall in that year and before that day, at its weekly fee, by
    /// <see cref="NightCosting.CostOfNights"/>. The spend report computes exactly this in SQL.
    /// </summary>
    public Money CostIn(FinancialYear year, DateOnly costUntilExclusive)
    {
        var from = Math.Max(FirstNightDay, year.Start.DayNumber);
        var to = Math.Min(Math.Min(EndDay ?? int.MaxValue, year.EndExclusive.DayNumber), costUntilExclusive.DayNumber);
        if (to <= from) return Money.Zero;
        if (EndDay is { } end && to == end && from == FirstNightDay) return Money.FromPence(AmountPence!.Value);
        var cost = NightCosting.CostOfNights(Money.FromPence(WeeklyFeePence), to - from);
        return Sign < 0 ? Money.FromPence(-cost.Pence) : cost;
    }

    internal void Number(int seq) => Seq = seq;
}
