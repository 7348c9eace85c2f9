using System.Text.RegularExpressions;
using Hearth.Domain.Common;

namespace Hearth.Domain.Organisations;

/// <summary>An English local authority that commissions placements.</summary>
public sealed partial class Authority : Organisation
{
    public const string DefaultBrandColour = "#1d70b8";
    /// <summary>A decision above this value is a key decision unless the authority sets its own threshold.</summary>
    public static readonly Money DefaultKeyDecisionThreshold = Money.FromPence(1_000_000_00);

    private Authority(string name, string shortName) : base(name, shortName) { }

    public override OrganisationKind Kind => OrganisationKind.Authority;

    /// <summary>ONS GSS code of the local authority, e.g. E10000016 for Kent.</summary>
    public string OnsCode { get; private set; } = "";
    public int ElectoralDivisions { get; private set; }
    public string BrandColour { get; private set; } = DefaultBrandColour;
    public Money KeyDecisionThreshold { get; private set; } = DefaultKeyDecisionThreshold;

    public static Authority Create(string name, string shortName, string onsCode, int electoralDivisions, string brandColour)
    {
        var authority = new Authority(name, shortName);
        authority.Update(onsCode, electoralDivisions, brandColour);
        return authority;
    }

    public void Update(string onsCode, int electoralDivisions, string brandColour)
    {
        onsCode = (onsCode ?? "").Trim().ToUpperInvariant();
        brandColour = (brandColour ?? "").Trim().ToLowerInvariant();
        if (!OnsCodePattern().IsMatch(onsCode))
            throw new DomainException(nameof(OnsCode), "Enter an ONS code in the format E06000035 (a letter E, W, S or N and 8 digits)");
        if (electoralDivisions is < 1 or > 500)
            throw new DomainException(nameof(ElectoralDivisions), "Number of electoral divisions must be between 1 and 500");
        if (!HexColour().IsMatch(brandColour))
            throw new DomainException(nameof(BrandColour), "Enter the branding colour as a hex colour, like #1d70b8");
        OnsCode = onsCode;
        ElectoralDivisions = electoralDivisions;
        BrandColour = brandColour;
        Touch();
    }

    public void SetKeyDecisionThreshold(Money threshold)
    {
        if (threshold <= Money.Zero) throw new DomainException(nameof(KeyDecisionThreshold), "The key decision threshold must be more than £0");
        KeyDecisionThreshold = threshold;
        Touch();
    }

    [GeneratedRegex("^[EWSN][0-9]{8}$")]
    private static partial Regex OnsCodePattern();
}
