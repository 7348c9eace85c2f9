namespace Hearth.Web.Data.Demo;

/// <summary>
/// Kent's and Medway's areas as postcode districts (ADR 0022), from the districts Hearth ships centroids for. A district
/// that straddles a boundary goes to the authority that holds most of it: ME6 (Snodland) to Kent; ME5 to Medway; DA5–DA8
/// and DA14–DA18 are Bexley, BR1–BR7 Bromley, TN5, TN6, TN22 and TN31 onwards East Sussex. The demo households' districts
/// (<see cref="DemoNames.KentDistricts"/>, <see cref="DemoNames.MedwayDistricts"/>) are all inside these lists; those
/// arrays are kept as they are because the demo generator draws from them.
/// </summary>
public static class DemoAreas
{
    public static readonly string[] Kent =
    [
        "ME6", "ME9", "ME10", "ME11", "ME12", "ME13", "ME14", "ME15", "ME16", "ME17", "ME18", "ME19", "ME20",
        "CT1", "CT2", "CT3", "CT4", "CT5", "CT6", "CT7", "CT8", "CT9", "CT10", "CT11", "CT12", "CT13", "CT14", "CT15", "CT16", "CT17",
        "CT18", "CT19", "CT20", "CT21",
        "TN1", "TN2", "TN3", "TN4", "TN8", "TN9", "TN10", "TN11", "TN12", "TN13", "TN14", "TN15", "TN16", "TN17", "TN18",
        "TN23", "TN24", "TN25", "TN26", "TN27", "TN28", "TN29", "TN30",
        "DA1", "DA2", "DA3", "DA4", "DA9", "DA10", "DA11", "DA12", "DA13", "BR8",
    ];

    public static readonly string[] Medway = ["ME1", "ME2", "ME3", "ME4", "ME5", "ME7", "ME8"];
}
