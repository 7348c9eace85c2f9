using System.Globalization;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>
/// The sufficiency view (the decision record's 80/20 in-house to external split, placements in area, and spot purchases
/// kept low): per financial year or quarter, counted on a census date and by nights.
/// </summary>
/// <remarks>
/// The census date of a period is its last day (31 March for a financial year, as the SSDA903 return counts children looked
/// after at 31 March); a placement is counted when the child was in it that night (started on or before, left after). For
/// the period still running the census date is today and the figures are marked "to date". Periods that have not started
/// are left out. Nights are counted from the period's first day up to and including tonight.
/// </remarks>
public static class Sufficiency
{
    /// <summary>A percentage to one decimal place, halves away from zero; null when there is nothing to divide by.</summary>
    public static decimal? Percent(long part, long whole) =>
        whole <= 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    /// <summary>The financial years (or their quarters) from <paramref name="first"/> to <paramref name="last"/> that have started by <paramref name="today"/>.</summary>
    /// <exception cref="DomainException">The last year is before the first (field "To").</exception>
    public static IReadOnlyList<SufficiencyPeriod> Periods(FinancialYear first, FinancialYear last, bool quarterly, DateOnly today)
    {
        if (last < first) throw new DomainException("To", "The last financial year must be the same as or after the first");
        var periods = new List<SufficiencyPeriod>();
        for (var startYear = first.StartYear; startYear <= last.StartYear; startYear++)
        {
            var year = new FinancialYear(startYear);
            if (!quarterly)
            {
                if (year.Start <= today) periods.Add(new SufficiencyPeriod(year.ToString(), year.Start, year.EndExclusive));
                continue;
            }
            for (var q = 0; q < 4; q++)
            {
                var from = year.Start.AddMonths(3 * q);
                if (from > today) break;
                var to = from.AddMonths(3);
                var months = $"{from.ToString("MMM", CultureInfo.InvariantCulture)} to {to.AddDays(-1).ToString("MMM", CultureInfo.InvariantCulture)}";
                periods.Add(new SufficiencyPeriod($"{year} Q{q + 1} ({months})", from, to));
            }
        }
        return periods;
    }

    /// <summary>The figures of each period.</summary>
    public static IReadOnlyList<SufficiencyFigures> Calculate(IReadOnlyCollection<SufficiencyPlacement> placements, IReadOnlyList<SufficiencyPeriod> periods, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(periods);
        var tonightExclusive = today.AddDays(1);
        var result = new List<SufficiencyFigures>(periods.Count);
        foreach (var period in periods)
        {
            var toDate = period.LastDay >= today;
            var census = toDate ? today : period.LastDay;
            var nightsTo = period.ToExclusive < tonightExclusive ? period.ToExclusive : tonightExclusive;
            int live = 0, inHouse = 0, external = 0, spot = 0, known = 0, inArea = 0;
            long inHouseNights = 0, externalNights = 0;
            foreach (var p in placements)
            {
                if (p.EndDate < p.StartDate) throw new DomainException("EndDate", "The end date must be on or after the start date");
                var isInHouse = p.Route == PlacementRoute.InHouse;
                if (p.StartDate <= census && (p.EndDate is null || p.EndDate > census))
                {
                    live++;
                    if (isInHouse) inHouse++;
                    else external++;
                    if (p.Route == PlacementRoute.Spot) spot++;
                    if (p.InArea is { } area)
                    {
                        known++;
                        if (area) inArea++;
                    }
                }
                var first = p.StartDate > period.From ? p.StartDate : period.From;
                var last = p.EndDate is { } end && end < nightsTo ? end : nightsTo;
                if (last <= first) continue;
                var nights = last.DayNumber - first.DayNumber;
                if (isInHouse) inHouseNights += nights;
                else externalNights += nights;
            }
            result.Add(new SufficiencyFigures(period, census, toDate, live, inHouse, external, spot, known, inArea, inHouseNights, externalNights));
        }
        return result;
    }
}
