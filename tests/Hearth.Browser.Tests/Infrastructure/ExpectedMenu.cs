using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Infrastructure;

/// <summary>
/// The service navigation each role should see, written out from the rules (not read from the app's Navigation class,
/// so that a change there has to be agreed here too). Every test that checks a menu asks this one place.
/// </summary>
public static class ExpectedMenu
{
    /// <summary>Placements: every authority role except administrator, and provider users.</summary>
    private static readonly string[] Placements =
        [Roles.Commissioner, Roles.Broker, Roles.SocialWorker, Roles.FinanceOfficer, Roles.ContractManager, Roles.Auditor, Roles.ProviderUser];

    private static readonly string[] Children = [Roles.SocialWorker];

    private static readonly string[] Referrals = [Roles.SocialWorker, Roles.Broker];

    /// <summary>Finance: one item for the finance hub, for everyone who may open at least one finance page.</summary>
    private static readonly string[] Finance =
        [Roles.FinanceOfficer, Roles.Commissioner, Roles.Auditor, Roles.ContractManager, Roles.ProviderUser];

    private static readonly string[] Frameworks =
        [Roles.Commissioner, Roles.ContractManager, Roles.FinanceOfficer, Roles.Broker, Roles.Auditor, Roles.ProviderUser];

    private static readonly string[] KeyDecisions = [Roles.Commissioner, Roles.Auditor];
    private static readonly string[] Tenders = [Roles.Commissioner, Roles.ContractManager, Roles.Auditor];

    /// <summary>
    /// The menu for a demo user: their role's, plus "Offer approvals" for managers who sign off referrals, and "Response
    /// deadlines" for an authority's (not a provider's) administrator.
    /// </summary>
    public static string[] For(Hearth.Web.Data.Demo.DemoSignIn user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var authority = user.Organisation is Hearth.Web.Data.Demo.DemoData.KentName or Hearth.Web.Data.Demo.DemoData.MedwayName;
        return For(user.Role, Hearth.Web.Data.Demo.DemoData.SignsOffReferrals(user), authority);
    }

    /// <summary>The link texts of the menu, in order, for a person holding <paramref name="role"/>.</summary>
    public static string[] For(string role, bool signsOffReferrals = false, bool authority = true)
    {
        var items = new List<string> { "Home" };
        if (Placements.Contains(role)) items.Add("Placements");
        if (Children.Contains(role)) items.Add("Children");
        if (Referrals.Contains(role)) items.Add("Referrals");
        if (Finance.Contains(role)) items.Add("Finance");
        if (Frameworks.Contains(role)) items.Add("Frameworks");
        if (role == Roles.ProviderUser) items.Add("Tenders");
        if (KeyDecisions.Contains(role)) items.Add("Key decisions");
        if (Tenders.Contains(role)) items.Add("Tenders");
        if (role is Roles.Administrator or Roles.ServiceOperator) items.Add("Organisations");
        if (role == Roles.Administrator) items.AddRange(["Users", "API tokens", "Outbox"]);
        if (KeyDecisions.Contains(role)) items.Add("Spot purchases"); // commissioners and auditors review them
        if (role == Roles.Auditor) items.Add("Audit trail");
        if (role is Roles.Broker or Roles.ProviderUser or Roles.Administrator) items.Add("Households");
        if (role is Roles.Commissioner or Roles.ContractManager) items.Add("Suspended providers");
        if (role == Roles.Commissioner) items.Add("Match weights");
        if (role == Roles.Broker) items.Add("Call-offs");
        if (role == Roles.ProviderUser) items.Add("Referrals to answer");
        if (signsOffReferrals && role == Roles.SocialWorker) items.Add("Offer approvals");
        if (role == Roles.Commissioner || (role == Roles.Administrator && authority)) items.Add("Response deadlines");
        return [.. items];
    }
}
