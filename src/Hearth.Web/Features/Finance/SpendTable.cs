using Hearth.Domain.Common;
using Hearth.Domain.Finance;

namespace Hearth.Web.Features.Finance;

/// <summary>The spend report pivoted for display: one row per financial year, one column per group (route, provider…).</summary>
public sealed class SpendTable
{
    public required IReadOnlyList<FinancialYear> Years { get; init; }
    public required IReadOnlyList<string> Groups { get; init; }
    public required IReadOnlyDictionary<(FinancialYear Year, string Group), Money> Cells { get; init; }

    public Money Cell(FinancialYear year, string group) => Cells.GetValueOrDefault((year, group));

    public Money YearTotal(FinancialYear year) => Groups.Aggregate(Money.Zero, (sum, g) => sum + Cell(year, g));

    public Money GroupTotal(string group) => Years.Aggregate(Money.Zero, (sum, y) => sum + Cell(y, group));

    public Money Total => Years.Aggregate(Money.Zero, (sum, y) => sum + YearTotal(y));

    public static SpendTable Pivot(IEnumerable<SpendReport.Line> lines, FinancialYear first, FinancialYear last, Func<SpendKey, string> groupOf)
    {
        var cells = new Dictionary<(FinancialYear, string), Money>();
        foreach (var line in lines)
        {
            var key = (line.Key.Year, groupOf(line.Key));
            cells[key] = cells.GetValueOrDefault(key) + line.Amount;
        }
        var years = new List<FinancialYear>();
        for (var y = first; y <= last; y = y.Next) years.Add(y);
        var groups = cells.Keys.Select(k => k.Item2).Distinct().Order(StringComparer.Ordinal).ToList();
        return new SpendTable { Years = years, Groups = groups, Cells = cells };
    }
}
