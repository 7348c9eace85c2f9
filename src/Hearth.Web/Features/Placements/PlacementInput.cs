using Hearth.Domain.Common;

namespace Hearth.Web.Features.Placements;

/// <summary>Shape checks shared by the placement forms and API: a weekly fee typed in pounds.</summary>
public static class PlacementInput
{
    public static Money ParseFee(string? text, string field)
    {
        if (!Money.TryParse(text, out var fee))
            throw new DomainException(field, "Enter the weekly fee in pounds and pence, like 850 or 850.50");
        return fee;
    }
}
