using System.Collections.Frozen;
using Hearth.Domain.Sourcing.Matching;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Matching;

/// <summary>
/// Postcode-district centroids: the list Hearth ships (Data/Reference/postcode-district-centroids.csv, compiled by the
/// team) overlaid with the rows an administrator imported (which add districts or replace shipped ones).
/// </summary>
public static class DistrictCentroids
{
    private static readonly Lazy<FrozenDictionary<string, GeoPoint>> ShippedMap = new(() =>
    {
        using var stream = typeof(DistrictCentroids).Assembly.GetManifestResourceStream("Hearth.Web.Data.Reference.postcode-district-centroids.csv")
            ?? throw new InvalidOperationException("The shipped postcode-district centroids are missing from the assembly");
        using var reader = new StreamReader(stream);
        var (rows, errors) = PostcodeDistrictCentroid.ParseGazetteer(reader);
        if (errors.Count > 0) throw new InvalidOperationException("The shipped centroids have errors: " + string.Join("; ", errors));
        return rows.ToFrozenDictionary(r => r.District, r => new GeoPoint(r.Latitude, r.Longitude), StringComparer.Ordinal);
    });

    public static IReadOnlyDictionary<string, GeoPoint> Shipped => ShippedMap.Value;

    /// <summary>Every known centroid: shipped, then imported rows on top.</summary>
    public static async Task<Dictionary<string, GeoPoint>> AllAsync(HearthDb db, CancellationToken ct)
    {
        var map = new Dictionary<string, GeoPoint>(Shipped, StringComparer.Ordinal);
        foreach (var row in await db.PostcodeDistrictCentroids.AsNoTracking().Select(c => new { c.District, c.Latitude, c.Longitude }).ToListAsync(ct))
            map[row.District] = new GeoPoint(row.Latitude, row.Longitude);
        return map;
    }

    public sealed record ImportOutcome(int Added, int Replaced, IReadOnlyList<string> Errors);

    /// <summary>
    /// Imports a gazetteer CSV (district, latitude, longitude). All or nothing: if any row is wrong, nothing is saved and
    /// every wrong row is reported with its line number.
    /// </summary>
    public static async Task<ImportOutcome> ImportAsync(HearthDb db, TextReader csv, DateOnly today, CancellationToken ct)
    {
        var (rows, errors) = PostcodeDistrictCentroid.ParseGazetteer(csv);
        if (errors.Count > 0) return new ImportOutcome(0, 0, errors);
        if (rows.Count == 0) return new ImportOutcome(0, 0, ["The file has no rows of districts"]);
        var existing = await db.PostcodeDistrictCentroids.ToDictionaryAsync(c => c.District, ct);
        int added = 0, replaced = 0;
        foreach (var (district, lat, lon) in rows)
        {
            if (existing.TryGetValue(district, out var row)) { row.Replace(lat, lon, today); replaced++; }
            else { db.PostcodeDistrictCentroids.Add(PostcodeDistrictCentroid.Create(district, lat, lon, today)); added++; }
        }
        await db.SaveChangesAsync(ct);
        return new ImportOutcome(added, replaced, []);
    }
}
