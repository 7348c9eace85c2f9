namespace Hearth.Domain.Finance;

/// <summary>A financial year or quarter of the sufficiency view: the dates from <see cref="From"/> up to <see cref="ToExclusive"/>.</summary>
public sealed record SufficiencyPeriod(string Label, DateOnly From, DateOnly ToExclusive)
{
    /// <summary>The last day of the period (31 March for a financial year): the census date once the period is over.</summary>
    public DateOnly LastDay => ToExclusive.AddDays(-1);
}
