using System.Text.RegularExpressions;
using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing;

/// <summary>A UK postcode: normalised to upper case with one space, and its district (the outward code, e.g. ME14).</summary>
public static partial class Postcode
{
    [GeneratedRegex(@"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")]
    private static partial Regex Full();

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]?$")]
    private static partial Regex District();

    /// <summary>"me14 1xx" → "ME14 1XX"; empty stays empty; anything else is refused against <paramref name="field"/>.</summary>
    public static string Normalise(string? postcode, string field)
    {
        var text = (postcode ?? "").Trim().ToUpperInvariant().Replace("  ", " ", StringComparison.Ordinal);
        if (text.Length == 0) return "";
        var match = Full().Match(text);
        if (!match.Success) throw new DomainException(field, "Enter a real postcode, like ME14 1XX");
        return $"{match.Groups[1].Value} {match.Groups[2].Value}";
    }

    /// <summary>The district of a normalised postcode: "ME14 1XX" → "ME14".</summary>
    public static string DistrictOf(string normalisedPostcode) =>
        normalisedPostcode.Length == 0 ? "" : normalisedPostcode.Split(' ')[0];

    /// <summary>A postcode district on its own, like ME14 or TN1: normalised, or refused against <paramref name="field"/>.</summary>
    public static string NormaliseDistrict(string? district, string field)
    {
        var text = (district ?? "").Trim().ToUpperInvariant();
        if (!District().IsMatch(text)) throw new DomainException(field, $"Enter postcode districts like ME14 or TN1: '{district?.Trim()}' is not one");
        return text;
    }
}
