using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Features.Tenders;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Frameworks;

/// <summary>
/// The lots of a framework as its page and the API show them: per lot, the members in rank order with their status and the
/// weekly prices they contracted at for the lot's category, by age band. Read under the user's scope: HearthDb only finds
/// lot memberships of frameworks the user's authority is party to, or the user's provider's own; a provider sees only its
/// own line (checked here as well).
/// </summary>
public sealed record FrameworkLotsView(Indexation Indexation, IReadOnlyList<FrameworkLotsView.Lot> Lots)
{
    public sealed record Lot(int Number, string Name, PlacementCategory Category, string CategoryRowCode, IReadOnlyList<string> AgeBands, IReadOnlyList<Member> Members);

    /// <summary>A provider's place on a lot; <see cref="Prices"/> holds the category's weekly price per age band (null where none was tendered).</summary>
    public sealed record Member(int ProviderId, string Name, int? Rank, LotMembershipStatus Status, DateOnly JoinedOn, IReadOnlyList<Money?> Prices);

    public static async Task<FrameworkLotsView?> LoadAsync(HearthDb db, OrganisationScope scope, int frameworkId, CancellationToken ct)
    {
        var framework = await db.Frameworks.AsNoTracking().Where(f => f.Id == frameworkId).Select(f => new { f.Indexation }).SingleOrDefaultAsync(ct);
        if (framework is null) return null;
        var providerOnly = scope.IsProvider;
        var ownProvider = scope.FilterOrganisationId;
        var rows = await db.FrameworkLotMembers.AsNoTracking()
            .Where(m => m.FrameworkId == frameworkId && (!providerOnly || m.ProviderId == ownProvider))
            .Join(db.Providers, m => m.ProviderId, p => p.Id, (m, p) => new { Member = m, p.Name })
            .ToListAsync(ct);

        var lots = rows.GroupBy(r => r.Member.LotNumber).OrderBy(g => g.Key).Select(g =>
        {
            var first = g.First().Member;
            var bands = first.AgeBands;
            var rowCode = PriceRow.ForCategory(first.Category, "").Code;
            var members = g
                .OrderBy(r => r.Member.Rank is null).ThenBy(r => r.Member.Rank).ThenBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => new Member(r.Member.ProviderId, r.Name, r.Member.Rank, r.Member.Status, r.Member.JoinedOn,
                    [.. Enumerable.Range(0, bands.Bands.Count).Select(i =>
                        r.Member.Prices.FirstOrDefault(p => p.RowCode == rowCode && p.BandIndex == i) is { } price ? Money.FromPence(price.Pence) : (Money?)null)]))
                .ToList();
            return new Lot(g.Key, first.LotName, first.Category, rowCode, [.. bands.Bands.Select(b => b.ToString())], members);
        }).ToList();
        return new FrameworkLotsView(framework.Indexation, lots);
    }

    public static string StatusText(LotMembershipStatus status) => status switch
    {
        LotMembershipStatus.Active => "Active",
        LotMembershipStatus.Suspended => "Suspended",
        LotMembershipStatus.Removed => "Removed",
        _ => status.ToString(),
    };

    public static string CategoryText(PlacementCategory category) => TenderText.Category(category);

    public static string IndexationText(Indexation indexation) => TenderText.Indexation(indexation);
}
