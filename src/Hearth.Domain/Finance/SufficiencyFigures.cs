namespace Hearth.Domain.Finance;

/// <summary>
/// The sufficiency figures of one period. Counts are of placements live on the census date (the period's last day, or
/// today for the period still running); nights are every night of the period up to and including tonight.
/// </summary>
public sealed record SufficiencyFigures(
    SufficiencyPeriod Period, DateOnly CensusDate, bool ToDate, int Live, int InHouse, int External, int Spot,
    int LocationKnown, int InArea, long InHouseNights, long ExternalNights)
{
    /// <summary>In-house placements as a percentage of all fostering placements on the census date.</summary>
    public decimal? InHouseShare => Sufficiency.Percent(InHouse, Live);

    /// <summary>External placements as a percentage of all fostering placements on the census date.</summary>
    public decimal? ExternalShare => Sufficiency.Percent(External, Live);

    /// <summary>Spot purchases as a percentage of external placements on the census date.</summary>
    public decimal? SpotShareOfExternal => Sufficiency.Percent(Spot, External);

    /// <summary>Placements with a household inside the area, as a percentage of those whose household's location is known.</summary>
    public decimal? InAreaShare => Sufficiency.Percent(InArea, LocationKnown);

    /// <summary>In-house nights as a percentage of all fostering nights in the period.</summary>
    public decimal? InHouseNightsShare => Sufficiency.Percent(InHouseNights, InHouseNights + ExternalNights);
}
