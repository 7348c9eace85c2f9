namespace Hearth.Web.Platform;

/// <summary>The roles of ARCHITECTURE §5. Role names are stored in the database and used in [Authorize] attributes.</summary>
public static class Roles
{
    public const string Commissioner = "Commissioner";
    public const string Broker = "Broker";
    public const string SocialWorker = "SocialWorker";
    public const string FinanceOfficer = "FinanceOfficer";
    public const string ContractManager = "ContractManager";
    public const string ProviderUser = "ProviderUser";
    public const string Administrator = "Administrator";
    public const string Auditor = "Auditor";

    public static readonly IReadOnlyList<string> All =
        [Commissioner, Broker, SocialWorker, FinanceOfficer, ContractManager, ProviderUser, Administrator, Auditor];

    /// <summary>Roles that only authority staff may hold.</summary>
    public static readonly IReadOnlyList<string> AuthorityRoles =
        [Commissioner, Broker, SocialWorker, FinanceOfficer, ContractManager, Administrator, Auditor];

    /// <summary>Roles that provider staff may hold.</summary>
    public static readonly IReadOnlyList<string> ProviderRoles = [ProviderUser, Administrator];

    public static string DisplayName(string role) => role switch
    {
        Commissioner => "Commissioner",
        Broker => "Placement finding (broker)",
        SocialWorker => "Social worker",
        FinanceOfficer => "Finance officer",
        ContractManager => "Contract manager",
        ProviderUser => "Provider user",
        Administrator => "Administrator",
        Auditor => "Auditor",
        _ => role,
    };
}
