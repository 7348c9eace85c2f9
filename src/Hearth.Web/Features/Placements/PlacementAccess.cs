using Hearth.Web.Platform;

namespace Hearth.Web.Features.Placements;

/// <summary>Who may see and change placements. Which placements is decided by HearthDb's scoping.</summary>
public static class PlacementAccess
{
    /// <summary>Authority staff (not administrators, who manage accounts) and provider users.</summary>
    public const string Viewers = $"{Roles.Commissioner},{Roles.Broker},{Roles.SocialWorker},{Roles.FinanceOfficer},{Roles.ContractManager},{Roles.Auditor},{Roles.ProviderUser}";

    /// <summary>Finance officers record fee changes and correct past fees and dates.</summary>
    public const string FeeEditors = Roles.FinanceOfficer;

    /// <summary>Finance officers import placements from the template (CSV or XLSX).</summary>
    public const string Importers = Roles.FinanceOfficer;

    /// <summary>The placement-finding team and social workers record endings.</summary>
    public const string Enders = $"{Roles.Broker},{Roles.SocialWorker}";
}
