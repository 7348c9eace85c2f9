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

    /// <summary>Finance officers and the placement-finding team record additional weekly and one-off costs.</summary>
    public const string CostRecorders = $"{Roles.FinanceOfficer},{Roles.Broker}";

    /// <summary>Finance officers correct additional costs and set the funding split.</summary>
    public const string FundingEditors = Roles.FinanceOfficer;

    /// <summary>The placement-finding team and social workers record endings and moves.</summary>
    public const string Enders = $"{Roles.Broker},{Roles.SocialWorker}";
}
