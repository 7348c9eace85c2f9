using Hearth.Web.Platform;

namespace Hearth.Web.Features.Finance;

/// <summary>Who may see commitments, forecasts and budgets, and who may set budgets. Which authority is the user's own.</summary>
public static class ForecastAccess
{
    /// <summary>Finance officers and commissioners of the authority, and auditors (read only: only finance officers edit).</summary>
    public const string Readers = $"{Roles.FinanceOfficer},{Roles.Commissioner},{Roles.Auditor}";

    /// <summary>Finance officers set and change their authority's budgets.</summary>
    public const string BudgetEditors = Roles.FinanceOfficer;
}
