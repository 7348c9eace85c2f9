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
public sealed record FrameworkLotsView(Indexation Indexation, DateOnly PricesFrom, IReadOnlyList<FrameworkLotsView.PriceList> PriceLists, IReadOnlyList<FrameworkLotsView.Lot> Lots)
{
    /// <summary>A supplement priced on a lot (e.g. a sibling placed together), as the tender's price schedule named it.</summary>
    public sealed record Supplement(string Code, string Name);

    /// <summary>A price list: prices effective from its date (the start, then each 1 April indexation was applied).</summary>
    public sealed record PriceList(DateOnly EffectiveFrom, int? UpliftBasisPoints, int? IndexBasisPoints);

    public sealed record Lot(int Number, string Name, PlacementCategory Category, string CategoryRowCode, IReadOnlyList<string> AgeBands,
        IReadOnlyList<Supplement> Supplements, IReadOnlyList<Member> Members);

    /// <summary>
    /// A provider's place on a lot; <see cref="Prices"/> holds the category's weekly price per age band in force from
    /// <see cref="PricesFrom"/> (null where none was tendered), <see cref="SupplementPrices"/> the same per supplement code.
    /// </summary>
    public sealed record Member(int ProviderId, string Name, int? Rank, LotMembershipStatus Status, DateOnly JoinedOn, IReadOnlyList<Money?> Prices,
        IReadOnlyDictionary<string, IReadOnlyList<Money?>> SupplementPrices);

    /// <summary>
    /// The lots with the price list in force from <paramref name="pricesFrom"/> (the latest price list when null, or when
    /// the date is before the framework starts).
    /// </summary>
    public static async Task<FrameworkLotsView?> LoadAsync(HearthDb db, OrganisationScope scope, int frameworkId, CancellationToken ct, DateOnly? pricesFrom = null)
    {
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Uplifts).SingleOrDefaultAsync(f => f.Id == frameworkId, ct);
        if (framework is null) return null;
        var dates = framework.PriceListDates;
        var from = pricesFrom is { } p && p >= framework.StartDate ? p : dates[^1];
        var priceLists = dates.Select(d => framework.Uplifts.FirstOrDefault(u => u.EffectiveFrom == d) is { } u
            ? new PriceList(d, u.AppliedBasisPoints, u.IndexBasisPoints) : new PriceList(d, null, null)).ToList();
        var providerOnly = scope.IsProvider;
        var ownProvider = scope.FilterOrganisationId;
        var rows = await db.FrameworkLotMembers.AsNoTracking()
            .Where(m => m.FrameworkId == frameworkId && (!providerOnly || m.ProviderId == ownProvider))
            .Join(db.Providers, m => m.ProviderId, p => p.Id, (m, p) => new { Member = m, p.Name })
            .ToListAsync(ct);
        // The supplements' names come from the published price schedule template of the tender (not sealed: every bidder saw it).
        var tenderId = framework.TenderId;
        var templates = tenderId is null ? [] : await db.Set<TenderLot>().AsNoTracking()
            .Where(l => EF.Property<int>(l, "TenderId") == tenderId).Select(l => new { l.Number, l.Supplements }).ToListAsync(ct);

        var lots = rows.GroupBy(r => r.Member.LotNumber).OrderBy(g => g.Key).Select(g =>
        {
            var first = g.First().Member;
            var bands = first.AgeBands;
            var rowCode = PriceRow.ForCategory(first.Category, "").Code;
            var named = templates.FirstOrDefault(t => t.Number == g.Key)?.Supplements ?? [];
            var supplements = g.SelectMany(r => r.Member.Prices).Select(p => p.RowCode).Where(c => c != rowCode).Distinct()
                .Select(code => new Supplement(code, named.FirstOrDefault(n => n.Code == code)?.Name
                    ?? PriceRow.CommonSupplements.FirstOrDefault(n => n.Code == code)?.Name ?? code))
                .OrderBy(s => named.FindIndex(n => n.Code == s.Code) is var i && i < 0 ? int.MaxValue : i).ThenBy(s => s.Code, StringComparer.Ordinal)
                .ToList();
            IReadOnlyList<Money?> Row(FrameworkLotMember m, string code) =>
                [.. bands.Bands.Select(b => m.PriceOn(code, b.From, from, framework.Uplifts))];
            var members = g
                .OrderBy(r => r.Member.Rank is null).ThenBy(r => r.Member.Rank).ThenBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => new Member(r.Member.ProviderId, r.Name, r.Member.Rank, r.Member.Status, r.Member.JoinedOn, Row(r.Member, rowCode),
                    supplements.ToDictionary(s => s.Code, s => Row(r.Member, s.Code))))
                .ToList();
            return new Lot(g.Key, first.LotName, first.Category, rowCode, [.. bands.Bands.Select(b => b.ToString())], supplements, members);
        }).ToList();
        return new FrameworkLotsView(framework.Indexation, from, priceLists, lots);
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
