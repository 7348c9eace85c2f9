using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>
/// Spend by financial year for the placements the user's organisation may see, costed by <see cref="SpendCalculator"/>.
/// The page, its CSV export and the API all read it here.
/// </summary>
public sealed class SpendReport(HearthDb db, TimeProvider clock)
{
    public sealed record Line(SpendKey Key, Money Amount);

    public async Task<List<Line>> ByYearAsync(FinancialYear first, FinancialYear last, CancellationToken ct)
    {
        if (last < first) throw new DomainException("To", "The last financial year must be the same as or after the first");
        var tomorrow = London.Today(clock).AddDays(1);
        var from = first.Start;
        var to = last.EndExclusive;
        var rows = await db.VisiblePlacements.AsNoTracking()
            .Where(p => p.StartDate < to && (p.EndDate == null || p.EndDate > from))
            .Select(p => new
            {
                p.AuthorityId, p.KeyServiceLine, p.FundingSource, p.Route, p.ProviderId, p.StartDate, p.EndDate,
                Fees = p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => new FeePeriod(f.EffectiveFrom, f.WeeklyFee)).ToList(),
            })
            .ToListAsync(ct);
        var placements = rows.Select(r => new CostedPlacement(r.AuthorityId, r.KeyServiceLine, r.FundingSource, r.Route, r.ProviderId, r.StartDate, r.EndDate, r.Fees));
        return SpendCalculator.ByYear(placements, first, last, tomorrow)
            .Select(kv => new Line(kv.Key, kv.Value))
            .OrderBy(l => l.Key.Year).ThenBy(l => l.Key.AuthorityId).ThenBy(l => l.Key.Route)
            .ToList();
    }

    public static string RouteName(PlacementRoute route) => route switch
    {
        PlacementRoute.InHouse => "In-house",
        PlacementRoute.Framework => "Framework",
        PlacementRoute.Spot => "Spot purchase",
        PlacementRoute.Block => "Block contract",
        _ => route.ToString(),
    };

    public static string KeyServiceLineName(KeyServiceLine line) => line switch
    {
        KeyServiceLine.LookedAfterChildren => "Looked After Children – Care & Support",
        KeyServiceLine.LookedAfterChildrenWithDisability => "Looked After Children (with Disability) – Care & Support",
        KeyServiceLine.Asylum => "Asylum",
        _ => line.ToString(),
    };

    public static string FundingSourceName(FundingSource source) => source switch
    {
        FundingSource.BaseBudget => "Revenue base budget",
        FundingSource.UascGrant => "UASC grant",
        _ => source.ToString(),
    };
}
