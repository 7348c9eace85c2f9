using Hearth.Domain.Common;

namespace Hearth.Domain.Placements;

/// <summary>
/// Part of a placement's weekly fee paid from another funding source for a period: a weekly amount, or a share of the fee
/// in basis points (hundredths of a per cent). The rest of the fee falls to the placement's main funding source. How each
/// cost line is split to the penny is ADR 0019.
/// </summary>
public sealed class PlacementFundingShare
{
    /// <summary>100% in basis points.</summary>
    public const int WholeShare = 10_000;

    private PlacementFundingShare() { }

    internal PlacementFundingShare(FundingSource fundingSource, DateOnly from, DateOnly? to, Money? weeklyAmount, int? shareBasisPoints, DateOnly recordedOn)
    {
        FundingSource = fundingSource;
        From = from;
        To = to;
        WeeklyAmount = weeklyAmount;
        ShareBasisPoints = shareBasisPoints;
        RecordedOn = recordedOn;
    }

    public int Id { get; private set; }
    public int PlacementId { get; private set; }
    public FundingSource FundingSource { get; private set; }

    /// <summary>The first night it pays for.</summary>
    public DateOnly From { get; private set; }

    /// <summary>The day after the last night it pays for (exclusive); null for as long as the placement lasts.</summary>
    public DateOnly? To { get; private set; }

    /// <summary>A fixed amount a week, or null when it is a share.</summary>
    public Money? WeeklyAmount { get; private set; }

    /// <summary>A share of the weekly fee in basis points (2500 = 25%), or null when it is an amount.</summary>
    public int? ShareBasisPoints { get; private set; }

    public DateOnly RecordedOn { get; private set; }

    /// <summary>Puts right what was recorded (the placement checks the result and records the correction).</summary>
    internal void Correct(DateOnly from, DateOnly? to, Money? weeklyAmount, int? shareBasisPoints)
    {
        From = from;
        To = to;
        WeeklyAmount = weeklyAmount;
        ShareBasisPoints = shareBasisPoints;
    }

    public bool Covers(DateOnly night) => night >= From && (To is null || night < To);

    /// <summary>
    /// What it pays a week under a weekly fee: the amount, or the share of the fee rounded down to whole pence, so shares
    /// never add up to more than the fee (ADR 0019).
    /// </summary>
    public Money WeeklyUnder(Money weeklyFee) => PartOf(weeklyFee, WeeklyAmount, ShareBasisPoints);

    /// <summary>A part of <paramref name="weeklyFee"/>: the amount a week, or the share of it rounded down to the penny.</summary>
    public static Money PartOf(Money weeklyFee, Money? weeklyAmount, int? shareBasisPoints) =>
        weeklyAmount ?? Money.FromPence((long)((Int128)weeklyFee.Pence * shareBasisPoints!.Value / WholeShare));

    /// <summary>How it reads: "25%" or "£120.00 a week".</summary>
    public string Describe() => WeeklyAmount is { } amount ? $"{amount} a week" : $"{ShareBasisPoints!.Value / 100m:0.##}%";
}
