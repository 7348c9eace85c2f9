using System.Globalization;
using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing.Matching;

/// <summary>
/// The approximate centre of a postcode district (e.g. ME14), for distances between districts. Hearth ships a compiled
/// list; an administrator's gazetteer import adds or replaces rows.
/// </summary>
public sealed class PostcodeDistrictCentroid
{
    private PostcodeDistrictCentroid() { }

    public string District { get; private set; } = "";
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public DateOnly ImportedOn { get; private set; }

    public GeoPoint Point => new(Latitude, Longitude);

    /// <summary>A centroid in the United Kingdom (latitude 49 to 61, longitude −9 to 2); anything else is refused.</summary>
    public static PostcodeDistrictCentroid Create(string? district, double latitude, double longitude, DateOnly importedOn)
    {
        var normalised = Postcode.NormaliseDistrict(district, nameof(District));
        if (double.IsNaN(latitude) || latitude is < 49 or > 61) throw new DomainException(nameof(Latitude), "Latitude must be between 49 and 61 (the United Kingdom)");
        if (double.IsNaN(longitude) || longitude is < -9 or > 2) throw new DomainException(nameof(Longitude), "Longitude must be between -9 and 2 (the United Kingdom)");
        return new PostcodeDistrictCentroid { District = normalised, Latitude = latitude, Longitude = longitude, ImportedOn = importedOn };
    }

    public void Replace(double latitude, double longitude, DateOnly importedOn)
    {
        var check = Create(District, latitude, longitude, importedOn);
        Latitude = check.Latitude;
        Longitude = check.Longitude;
        ImportedOn = importedOn;
    }

    /// <summary>
    /// Reads a gazetteer CSV with a header row <c>district,latitude,longitude</c> (any case, in that order); lines starting with # are comments. Good rows are
    /// returned; every bad row is an error naming its line, and a district repeated in the file is an error on its later line.
    /// </summary>
    public static (IReadOnlyList<(string District, double Latitude, double Longitude)> Rows, IReadOnlyList<string> Errors) ParseGazetteer(TextReader reader, int maximumRows = 20_000)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<(string, double, double)>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var line = 1;
        var header = reader.ReadLine();
        while (header is not null && header.StartsWith('#')) { header = reader.ReadLine(); line++; }
        if (header is null || !string.Equals(string.Join(',', header.Split(',').Select(h => h.Trim().Trim('"').ToLowerInvariant())), "district,latitude,longitude", StringComparison.Ordinal))
            return ([], [$"Line {line}: the first line must be the header district,latitude,longitude"]);
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Trim().Length == 0 || text.StartsWith('#')) continue;
            if (rows.Count + errors.Count >= maximumRows) { errors.Add($"Line {line}: the file has more than {maximumRows:N0} rows; split it"); break; }
            var parts = text.Split(',').Select(p => p.Trim().Trim('"')).ToArray();
            if (parts.Length != 3) { errors.Add($"Line {line}: expected 3 values (district, latitude, longitude), found {parts.Length}"); continue; }
            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            { errors.Add($"Line {line}: latitude and longitude must be numbers, like 51.27,0.52"); continue; }
            try
            {
                var c = Create(parts[0], lat, lon, default);
                if (!seen.Add(c.District)) { errors.Add($"Line {line}: {c.District} appears more than once"); continue; }
                rows.Add((c.District, c.Latitude, c.Longitude));
            }
            catch (DomainException e)
            {
                errors.Add($"Line {line}: {e.Message}");
            }
        }
        return (rows, errors);
    }
}
