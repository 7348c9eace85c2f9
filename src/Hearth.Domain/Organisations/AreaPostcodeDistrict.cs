using System.Text.RegularExpressions;
using Hearth.Domain.Common;

namespace Hearth.Domain.Organisations;

/// <summary>
/// A postcode district (the outward code, like ME14) inside an authority's area. A placement is "in area" when its
/// household's postcode district is one of these. A district that straddles a boundary is given to the authority where
/// most of it lies: the figures are an approximation an authority can refine by listing its own districts.
/// </summary>
public sealed partial class AreaPostcodeDistrict
{
    private AreaPostcodeDistrict() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public string PostcodeDistrict { get; private set; } = "";

    public static AreaPostcodeDistrict Define(int authorityId, string postcodeDistrict)
    {
        postcodeDistrict = (postcodeDistrict ?? "").Trim().ToUpperInvariant();
        if (!Pattern().IsMatch(postcodeDistrict))
            throw new DomainException(nameof(PostcodeDistrict), "Enter a postcode district like ME14 or CT1");
        return new AreaPostcodeDistrict { AuthorityId = authorityId, PostcodeDistrict = postcodeDistrict };
    }

    /// <summary>The most districts one authority's area can list.</summary>
    public const int MaximumDistricts = 500;

    /// <summary>
    /// An administrator's list of the area's districts (separated by spaces, commas or new lines, any case), normalised,
    /// without repeats and sorted. Each must be a district Hearth knows (<paramref name="known"/>: the shipped and imported
    /// centroids), so a typing mistake cannot silently put households out of area. An empty list clears the area. Errors
    /// are reported on "Districts" and name every unknown or malformed district.
    /// </summary>
    public static IReadOnlyList<string> ParseList(string? text, IReadOnlySet<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var parts = (text ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var malformed = parts.Where(p => !Pattern().IsMatch(p)).ToList();
        if (malformed.Count > 0)
            throw new DomainException("Districts", $"Enter postcode districts like ME14 or CT1: {Join(malformed)} {(malformed.Count == 1 ? "is not one" : "are not")}");
        var unknown = parts.Where(p => !known.Contains(p)).ToList();
        if (unknown.Count > 0)
            throw new DomainException("Districts", $"Hearth does not know the postcode {(unknown.Count == 1 ? "district" : "districts")} {Join(unknown)}: check for typing mistakes, or import a gazetteer that has {(unknown.Count == 1 ? "it" : "them")}");
        if (parts.Count > MaximumDistricts) throw new DomainException("Districts", $"Enter at most {MaximumDistricts} postcode districts");
        parts.Sort(CompareDistricts);
        return parts;
    }

    /// <summary>Orders districts as people read them: by letters, then by number (ME2 before ME10).</summary>
    public static int CompareDistricts(string? a, string? b)
    {
        static (string Letters, int Number, string Suffix) Key(string d)
        {
            var i = 0;
            while (i < d.Length && char.IsLetter(d[i])) i++;
            var j = i;
            while (j < d.Length && char.IsDigit(d[j])) j++;
            var number = j > i ? int.Parse(d.AsSpan(i, j - i), System.Globalization.CultureInfo.InvariantCulture) : 0;
            return (d[..i], number, d[j..]);
        }
        var (la, na, ra) = Key(a ?? "");
        var (lb, nb, rb) = Key(b ?? "");
        var c = string.CompareOrdinal(la, lb);
        if (c != 0) return c;
        c = na.CompareTo(nb);
        return c != 0 ? c : string.CompareOrdinal(ra, rb);
    }

    private static string Join(List<string> items) => items.Count > 10 ? string.Join(", ", items.Take(10)) + $" and {items.Count - 10} more" : string.Join(", ", items);

    [GeneratedRegex("^[A-Z]{1,2}[0-9][0-9A-Z]?$")]
    private static partial Regex Pattern();
}
