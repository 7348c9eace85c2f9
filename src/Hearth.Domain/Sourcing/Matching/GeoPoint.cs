namespace Hearth.Domain.Sourcing.Matching;

/// <summary>A latitude and longitude in degrees (WGS84), e.g. a postcode district's centroid.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMiles = 3958.8;

    /// <summary>Great-circle distance in miles by the haversine formula (mean Earth radius 3,958.8 miles).</summary>
    public double MilesTo(GeoPoint other)
    {
        const double toRadians = Math.PI / 180;
        var dLat = (other.Latitude - Latitude) * toRadians;
        var dLon = (other.Longitude - Longitude) * toRadians;
        var sinLat = Math.Sin(dLat / 2);
        var sinLon = Math.Sin(dLon / 2);
        var a = sinLat * sinLat + Math.Cos(Latitude * toRadians) * Math.Cos(other.Latitude * toRadians) * sinLon * sinLon;
        return 2 * EarthRadiusMiles * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
