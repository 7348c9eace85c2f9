using Hearth.Web.Platform;

namespace Hearth.Web.Features.Finance;

/// <summary>Who may see the UASC grant and who may set its rates (authority staff only; the pages also check the organisation).</summary>
public static class UascRoles
{
    public const string Readers = $"{Roles.FinanceOfficer},{Roles.Administrator},{Roles.Auditor}";
    public const string RateEditors = $"{Roles.FinanceOfficer},{Roles.Administrator}";
    public const string PaymentReaders = $"{Roles.FinanceOfficer},{Roles.Auditor},{Roles.ProviderUser}";
}
