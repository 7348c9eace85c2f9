using Hearth.Domain.Common;

namespace Hearth.Web.Features.Placements;

/// <summary>Shape checks shared by the placement forms and API: a weekly fee or an amount typed in pounds, a share in per cent.</summary>
public static class PlacementInput
{
    public static Money ParseFee(string? text, string field)
    {
        if (!Money.TryParse(text, out var fee))
            throw new DomainException(field, "Enter the weekly fee in pounds and pence, like 850 or 850.50");
        return fee;
    }

    public static Money ParseAmount(string? text, string field)
    {
        if (!Money.TryParse(text, out var amount))
            throw new DomainException(field, "Enter the amount in pounds and pence, like 120 or 120.50");
        return amount;
    }

    /// <summary>A share typed as a percentage with up to two decimal places ("25", "12.5%"), in basis points.</summary>
    public static int ParseShare(string? text, string field)
    {
        var trimmed = (text ?? "").Trim().TrimEnd('%').Trim();
        if (!decimal.TryParse(trimmed, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture, out var percent) || decimal.Round(percent, 2) != percent)
            throw new DomainException(field, "Enter the share as a percentage, like 25 or 12.5");
        if (percent is <= 0 or > 100) throw new DomainException(field, "The share must be more than 0% and no more than 100%");
        return (int)(percent * 100);
    }
}
