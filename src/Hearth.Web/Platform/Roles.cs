using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Microsoft.AspNetCore.Mvc.Rendering;

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
    /// <summary>Runs the service (ADR 0024): adds provider organisations with their first administrator, suspends and closes organisations.</summary>
    public const string ServiceOperator = "ServiceOperator";

    public static readonly IReadOnlyList<string> All =
        [Commissioner, Broker, SocialWorker, FinanceOfficer, ContractManager, ProviderUser, Administrator, Auditor, ServiceOperator];

    /// <summary>Roles that only authority staff may hold.</summary>
    public static readonly IReadOnlyList<string> AuthorityRoles =
        [Commissioner, Broker, SocialWorker, FinanceOfficer, ContractManager, Administrator, Auditor];

    /// <summary>Roles that provider staff may hold.</summary>
    public static readonly IReadOnlyList<string> ProviderRoles = [ProviderUser, Administrator];

    /// <summary>Roles the service operator's staff may hold: operating the service, and administering their own organisation.</summary>
    public static readonly IReadOnlyList<string> OperatorRoles = [ServiceOperator, Administrator];

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
        ServiceOperator => "Service operator",
        _ => role,
    };

    public static IReadOnlyList<string> AllowedFor(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Authority => AuthorityRoles,
        OrganisationKind.Provider => ProviderRoles,
        OrganisationKind.Operator => OperatorRoles,
        _ => [],
    };

    /// <summary>The roles a person or token of this kind of organisation may hold: at least one, each allowed for the kind.</summary>
    public static List<string> Validate(OrganisationKind kind, IEnumerable<string>? roles, string field = "Roles")
    {
        var chosen = (roles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0) throw new DomainException(field, "Select at least one role");
        var allowed = AllowedFor(kind);
        var wrong = chosen.FirstOrDefault(r => !allowed.Contains(r));
        if (wrong is not null)
            throw new DomainException(field, $"{DisplayName(wrong)} is not a role for {KindText(kind)}");
        return chosen;
    }

    private static string KindText(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Authority => "an authority",
        OrganisationKind.Provider => "a provider",
        _ => "the service operator",
    };

    public static List<SelectListItem> Options(OrganisationKind kind) =>
        AllowedFor(kind).Select(r => new SelectListItem(DisplayName(r), r)).ToList();
}
