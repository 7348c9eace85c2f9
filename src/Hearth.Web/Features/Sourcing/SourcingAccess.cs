using Hearth.Web.Platform;

namespace Hearth.Web.Features.Sourcing;

/// <summary>
/// Who may do what with selection, decisions and spot purchases (docs/decisions/0018-call-off-decision-record.md).
/// Brokers (the placement-finding team) compare, choose and open spot purchases; commissioners are the managers who
/// approve spot purchases above the framework band and review them all; auditors read decisions and the spot list.
/// </summary>
public static class SourcingAccess
{
    public const string Choosers = Roles.Broker;
    public const string DecisionReaders = $"{Roles.Broker},{Roles.Commissioner},{Roles.Auditor}";
    public const string IpaReaders = $"{DecisionReaders},{Roles.ProviderUser}";
    public const string SpotReviewers = $"{Roles.Commissioner},{Roles.Auditor},{Roles.Broker}";
    public const string SpotApprovers = Roles.Commissioner;
}
