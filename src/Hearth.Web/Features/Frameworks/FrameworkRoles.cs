using Hearth.Web.Platform;

namespace Hearth.Web.Features.Frameworks;

/// <summary>Who may read frameworks: the authority staff who commission, manage, pay for or call off from them, and provider users.</summary>
public static class FrameworkRoles
{
    public const string Readers = Roles.Commissioner + "," + Roles.ContractManager + "," + Roles.FinanceOfficer + "," + Roles.Broker + ","
        + Roles.Auditor + "," + Roles.ProviderUser;

    public static readonly string[] ReaderList = Readers.Split(',');
}
