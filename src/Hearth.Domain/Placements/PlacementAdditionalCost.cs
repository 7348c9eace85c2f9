using Hearth.Domain.Common;

namespace Hearth.Domain.Placements;

/// <summary>
/// A cost on top of the weekly fee: an additional weekly cost (for example a support worker) charged per night from
/// <see cref="From"/> to <see cref="To"/> (exclusive; open while the placement lasts when null) by the §3 rule, or a one-off
/// cost (for example a setting-up grant) on the date <see cref="From"/>, which falls in that date's financial year.
/// </summary>
public sealed class PlacementAdditionalCost
{
    public const int MaximumDescriptionLength = 200;

    private PlacementAdditionalCost() { }

    internal PlacementAdditionalCost(AdditionalCostKind kind, string description, FundingSource fundingSource, DateOnly from, DateOnly? to, Money amount, DateOnly recordedOn)
    {
        Kind = kind;
        Description = description;
        FundingSource = fundingSource;
        From = from;
        To = to;
        Amount = amount;
        RecordedOn = recordedOn;
    }

    public int Id { get; private set; }
    public int PlacementId { get; private set; }
    public AdditionalCostKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public FundingSource FundingSource { get; private set; }

    /// <summary>The first night of a weekly cost, or the date of a one-off cost.</summary>
    public DateOnly From { get; private set; }

    /// <summary>The day after a weekly cost's last night (exclusive); null while it lasts as long as the placement. Null for a one-off.</summary>
    public DateOnly? To { get; private set; }

    /// <summary>The amount a week of a weekly cost, or the whole amount of a one-off cost.</summary>
    public Money Amount { get; private set; }

    public DateOnly RecordedOn { get; private set; }

    internal void Correct(Money amount, DateOnly from, DateOnly? to)
    {
        Amount = amount;
        From = from;
        To = to;
    }
}
