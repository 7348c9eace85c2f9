using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// Spend by financial year, exactly by the costing rule (ARCHITECTURE §3): each placement is costed night by night per
/// fee period and financial year with <see cref="NightCosting"/>, then the pence are summed per <see cref="SpendKey"/>.
/// Open placements are costed up to <c>costUntilExclusive</c> (tomorrow, for actual spend to date).
/// </summary>
public static class SpendCalculator
{
    public static Dictionary<SpendKey, Money> ByYear(
        IEnumerable<CostedPlacement> placements, FinancialYear first, FinancialYear last, DateOnly costUntilExclusive)
    {
        if (last < first) throw new DomainException("To", "The last financial year must be the same as or after the first");
        var until = costUntilExclusive < last.EndExclusive ? costUntilExclusive : last.EndExclusive;
        var totals = new Dictionary<SpendKey, Money>();
        Span<YearCost> years = stackalloc YearCost[64];
        var periods = new FeePeriod[8];
        foreach (var p in placements)
        {
            if (p.FeePeriods.Count == 0) continue;
            if (p.StartDate >= until || (p.EndDate is { } end && end <= first.Start)) continue;
            if (periods.Length < p.FeePeriods.Count) periods = new FeePeriod[p.FeePeriods.Count * 2];
            for (var i = 0; i < p.FeePeriods.Count; i++) periods[i] = p.FeePeriods[i];
            var yearsNeeded = NightCosting.CountYears(p.StartDate, p.EndDate, until);
            var buffer = yearsNeeded <= years.Length ? years : new YearCost[yearsNeeded];
            var count = NightCosting.CostByYear(p.StartDate, p.EndDate, until, periods.AsSpan(0, p.FeePeriods.Count), buffer);
            for (var i = 0; i < count; i++)
            {
                var cost = buffer[i];
                if (cost.Year < first) continue;
                var key = new SpendKey(cost.Year, p.AuthorityId, p.KeyServiceLine, p.FundingSource, p.Route, p.ProviderId);
                totals[key] = totals.GetValueOrDefault(key) + cost.Cost;
            }
        }
        return totals;
    }
}
