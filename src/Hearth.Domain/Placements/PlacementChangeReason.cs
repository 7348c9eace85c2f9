namespace Hearth.Domain.Placements;

/// <summary>SSDA903 REASON_PLACE_CHANGE: why a placement ended, recorded on the episode that ends.</summary>
public static class PlacementChangeReason
{
    public static readonly IReadOnlyDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CARPL"] = "Change to or implementation of the care plan",
        ["CLOSE"] = "Resignation of the carer or closure of the provision",
        ["ALLEG"] = "Allegation (section 47 enquiry)",
        ["STAND"] = "Standards of care concern",
        ["APPRR"] = "Carer's approval removed",
        ["CREQB"] = "Carer requested the child be moved because of the child's behaviour",
        ["CREQO"] = "Carer requested the child be moved for another reason",
        ["CHILD"] = "The child asked to move",
        ["LAREQ"] = "The responsible or area authority asked for the move",
        ["PLACE"] = "Change in the status of the placement only",
        ["CUSTOD"] = "Custody arrangement",
        ["OTHER"] = "Other",
    };

    public static bool IsValid(string? code) => code is not null && Codes.ContainsKey(code);
}
