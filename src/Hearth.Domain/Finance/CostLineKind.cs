namespace Hearth.Domain.Finance;

/// <summary>What a <see cref="PlacementCostLine"/> costs.</summary>
public enum CostLineKind
{
    /// <summary>The weekly fee, under the placement's main funding source.</summary>
    Fee = 0,

    /// <summary>A funding split's part of the fee: a line under the paying source and its offset (Sign -1) under the main one.</summary>
    FundingShare = 1,

    /// <summary>An additional weekly cost, per night like the fee.</summary>
    AdditionalWeekly = 2,

    /// <summary>A one-off cost on a date (one closed line, no nights).</summary>
    OneOff = 3,
}
