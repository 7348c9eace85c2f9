namespace Hearth.Domain.Sourcing;

/// <summary>
/// The SSDA903 code lists a child's record uses: ETHNIC (ethnic origin) and LS (legal status), exactly as the DfE's
/// children looked after return and its validator define them (see /shared/standards/ssda903).
/// </summary>
public static class Ssda903Codes
{
    /// <summary>ETHNIC codes with their descriptions, in the return's order.</summary>
    public static readonly IReadOnlyList<(string Code, string Description)> Ethnicities =
    [
        ("WBRI", "White British"), ("WIRI", "White Irish"), ("WOTH", "Any other White background"),
        ("WIRT", "Traveller of Irish heritage"), ("WROM", "Gypsy or Roma"),
        ("MWBC", "White and Black Caribbean"), ("MWBA", "White and Black African"), ("MWAS", "White and Asian"),
        ("MOTH", "Any other mixed background"), ("AIND", "Indian"), ("APKN", "Pakistani"), ("ABAN", "Bangladeshi"),
        ("AOTH", "Any other Asian background"), ("BCRB", "Caribbean"), ("BAFR", "African"), ("BOTH", "Any other Black background"),
        ("CHNE", "Chinese"), ("OOTH", "Any other ethnic group"), ("REFU", "Refused"), ("NOBT", "Information not yet obtained"),
    ];

    /// <summary>LS (legal status) codes with their descriptions.</summary>
    public static readonly IReadOnlyList<(string Code, string Description)> LegalStatuses =
    [
        ("C1", "Interim care order"), ("C2", "Full care order"), ("D1", "Freeing order granted"), ("E1", "Placement order granted"),
        ("V2", "Single period of accommodation under section 20"),
        ("V3", "Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded"),
        ("V4", "Accommodated under an agreed series of short-term breaks, when agreements are recorded"),
        ("L1", "Under police protection and in local authority accommodation"), ("L2", "Emergency protection order"),
        ("L3", "Under child assessment order and in local authority accommodation"),
        ("J1", "Remanded to local authority accommodation or to youth detention accommodation"),
        ("J2", "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984"),
        ("J3", "Sentenced to a supervision order with residence requirement"),
    ];

    public static bool IsEthnicity(string? code) => Ethnicities.Any(e => e.Code == code);

    public static bool IsLegalStatus(string? code) => LegalStatuses.Any(l => l.Code == code);

    public static string EthnicityName(string? code) => Ethnicities.FirstOrDefault(e => e.Code == code).Description ?? code ?? "";

    public static string LegalStatusName(string? code) => LegalStatuses.FirstOrDefault(l => l.Code == code).Description ?? code ?? "";
}
