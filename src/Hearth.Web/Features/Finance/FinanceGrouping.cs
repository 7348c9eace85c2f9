using Hearth.Domain.Finance;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>How the commitments and forecast pages group their lines, and the organisation names they show.</summary>
public sealed class FinanceGrouping(IReadOnlyDictionary<int, string> names)
{
    public static readonly List<SelectListItem> Options =
    [
        new("Key service line", "ksl"), new("Route (in-house, framework, spot, block)", "route"), new("Funding source", "funding"),
        new("Provider", "provider"), new("Authority", "authority"),
    ];

    public static string Normalise(string? groupBy) => Options.Any(o => o.Value == groupBy) ? groupBy! : "ksl";

    public static string Describe(string groupBy) => Options.First(o => o.Value == groupBy).Text.ToLowerInvariant();

    public string Organisation(int id) => names.GetValueOrDefault(id, $"Organisation {id}");

    public string Provider(int? id) => id is { } p ? Organisation(p) : "In-house";

    public string GroupOf(SpendKey key, string groupBy) => groupBy switch
    {
        "route" => SpendReport.RouteName(key.Route),
        "funding" => SpendReport.FundingSourceName(key.FundingSource),
        "provider" => Provider(key.ProviderId),
        "authority" => Organisation(key.AuthorityId),
        _ => SpendReport.KeyServiceLineName(key.KeyServiceLine),
    };

    public static async Task<FinanceGrouping> LoadAsync(HearthDb db, IEnumerable<SpendKey> keys, CancellationToken ct)
    {
        var ids = keys.SelectMany(k => k.ProviderId is { } p ? new[] { k.AuthorityId, p } : [k.AuthorityId]).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new FinanceGrouping(names);
    }
}
