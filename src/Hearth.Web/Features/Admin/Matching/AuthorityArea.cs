using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Matching;

/// <summary>
/// An authority's area as postcode districts (ADR 0022): matching ranks households outside it down when a referral asks for
/// the child to stay in the area, and the sufficiency view counts placements in it.
/// </summary>
public static class AuthorityArea
{
    /// <summary>The authority's districts in postcode order (ME2 before ME10).</summary>
    public static async Task<List<string>> DistrictsAsync(HearthDb db, int authorityId, CancellationToken ct)
    {
        var districts = await db.AreaPostcodeDistricts.AsNoTracking().Where(d => d.AuthorityId == authorityId).Select(d => d.PostcodeDistrict).ToListAsync(ct);
        districts.Sort(AreaPostcodeDistrict.CompareDistricts);
        return districts;
    }

    /// <summary>
    /// Replaces the authority's districts with the listed ones (checked against the known districts by
    /// <see cref="AreaPostcodeDistrict.ParseList"/>; a bad list changes nothing). Returns the new list, sorted.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ReplaceAsync(HearthDb db, int authorityId, string? text, CancellationToken ct)
    {
        var known = (await DistrictCentroids.AllAsync(db, ct)).Keys.ToHashSet(StringComparer.Ordinal);
        var districts = AreaPostcodeDistrict.ParseList(text, known);
        var existing = await db.AreaPostcodeDistricts.Where(d => d.AuthorityId == authorityId).ToListAsync(ct);
        var wanted = districts.ToHashSet(StringComparer.Ordinal);
        db.AreaPostcodeDistricts.RemoveRange(existing.Where(d => !wanted.Contains(d.PostcodeDistrict)));
        var have = existing.Select(d => d.PostcodeDistrict).ToHashSet(StringComparer.Ordinal);
        db.AreaPostcodeDistricts.AddRange(districts.Where(d => !have.Contains(d)).Select(d => AreaPostcodeDistrict.Define(authorityId, d)));
        await db.SaveChangesAsync(ct);
        return districts;
    }
}
