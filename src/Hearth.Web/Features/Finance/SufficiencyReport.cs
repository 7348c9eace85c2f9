using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>
/// The sufficiency view for the user's authority, or for the parties of a joint framework it is party to, combined
/// (docs/decisions/0012-sufficiency-view.md). The page, its export and the API all read it here.
/// </summary>
/// <remarks>
/// The joint figures read the other parties' placements past the query filters, which would hide them, by a plain
/// condition on the parties' ids with no joins; only the counts leave this class, never a placement or a child.
/// </remarks>
public sealed class SufficiencyReport(HearthDb db, TimeProvider clock)
{
    public sealed record JointFramework(int Id, string Reference, string Title, IReadOnlyList<string> Parties);

    public sealed record Result(string Area, IReadOnlyList<string> Authorities, int Districts, IReadOnlyList<SufficiencyFigures> Figures);

    /// <summary>The frameworks the user's authority is party to with at least one other authority, latest first.</summary>
    public async Task<IReadOnlyList<JointFramework>> JointFrameworksAsync(CancellationToken ct)
    {
        if (!db.Scope.IsAuthority) return [];
        var frameworks = await db.Frameworks.AsNoTracking() // the query filter keeps the frameworks the authority is party to
            .Where(f => f.Parties.Skip(1).Any())
            .OrderByDescending(f => f.StartDate).ThenByDescending(f => f.Id)
            .Select(f => new { f.Id, f.Reference, f.Title, Parties = f.Parties.Select(p => p.AuthorityId).ToList() })
            .ToListAsync(ct);
        var ids = frameworks.SelectMany(f => f.Parties).Distinct().ToList();
        var names = await db.Authorities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return frameworks.Select(f => new JointFramework(f.Id, f.Reference, f.Title,
            f.Parties.Select(p => names.GetValueOrDefault(p, $"Authority {p}")).Order(StringComparer.Ordinal).ToList())).ToList();
    }

    /// <summary>
    /// The figures for the user's own authority (<paramref name="frameworkId"/> null) or for all the parties of that joint
    /// framework together; null when the framework is not one the authority is party to.
    /// </summary>
    public async Task<Result?> CalculateAsync(FinancialYear first, FinancialYear last, bool quarterly, int? frameworkId, CancellationToken ct)
    {
        if (!db.Scope.IsAuthority) return null;
        var today = London.Today(clock);
        var periods = Sufficiency.Periods(first, last, quarterly, today);
        var own = db.Scope.FilterOrganisationId;
        List<int> authorities;
        string area;
        if (frameworkId is { } id)
        {
            var framework = (await JointFrameworksAsync(ct)).FirstOrDefault(f => f.Id == id);
            if (framework is null) return null;
            authorities = await db.Frameworks.AsNoTracking().Where(f => f.Id == id).SelectMany(f => f.Parties.Select(p => p.AuthorityId)).ToListAsync(ct);
            if (!authorities.Contains(own)) return null;
            area = $"{framework.Reference}: {string.Join(" and ", framework.Parties)} combined";
        }
        else
        {
            authorities = [own];
            area = await db.Authorities.Where(a => a.Id == own).Select(a => a.Name).SingleAsync(ct);
        }

        var from = first.Start;
        var to = last.EndExclusive;
        var query = frameworkId is null
            ? db.VisiblePlacements.AsNoTracking()
            // Aggregates of the parties' placements only; no joins, so lifting the filters affects this one table alone.
            : db.Placements.IgnoreQueryFilters().AsNoTracking().Where(p => authorities.Contains(p.AuthorityId));
        var rows = await query.Where(p => p.StartDate < to && (p.EndDate == null || p.EndDate > from))
            .Select(p => new { p.Route, p.StartDate, p.EndDate, p.HouseholdId })
            .ToListAsync(ct);
        var householdIds = rows.Where(r => r.HouseholdId != null).Select(r => r.HouseholdId!.Value).Distinct().ToList();
        // Households belong to their owner (the authority or an agency), so the authority's filter would hide the agencies'.
        // Only the postcode district of households the authority's children live in is read.
        var districts = householdIds.Count == 0 ? new Dictionary<int, string>()
            : await db.CarerHouseholds.IgnoreQueryFilters().AsNoTracking().Where(h => householdIds.Contains(h.Id))
                .ToDictionaryAsync(h => h.Id, h => h.PostcodeDistrict, ct);
        var areaDistricts = (await db.AreaPostcodeDistricts.AsNoTracking().Where(d => authorities.Contains(d.AuthorityId))
            .Select(d => d.PostcodeDistrict).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var placements = rows.Select(r => new SufficiencyPlacement(r.Route, r.StartDate, r.EndDate,
            r.HouseholdId is { } h && districts.TryGetValue(h, out var district) && district.Length > 0 && areaDistricts.Count > 0
                ? areaDistricts.Contains(district) : null)).ToList();
        var authorityNames = await db.Authorities.AsNoTracking().Where(a => authorities.Contains(a.Id)).Select(a => a.Name).ToListAsync(ct);
        return new Result(area, authorityNames.Order(StringComparer.Ordinal).ToList(), areaDistricts.Count, Sufficiency.Calculate(placements, periods, today));
    }
}
