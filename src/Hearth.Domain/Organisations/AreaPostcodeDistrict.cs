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

    [GeneratedRegex("^[A-Z]{1,2}[0-9][0-9A-Z]?$")]
    private static partial Regex Pattern();
}
