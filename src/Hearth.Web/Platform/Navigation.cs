using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Hearth.Web.Platform;

/// <summary>
/// The items of the service navigation for a user, by role. Add a new area here, next to the roles that may use it;
/// hiding a link is a convenience only, the page itself must still authorise the request.
/// </summary>
public static class Navigation
{
    public static IReadOnlyList<NavigationItem> For(ClaimsPrincipal user, PathString currentPath)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var items = new List<NavigationItem> { Item("Home", "/", currentPath) };

        if (user.IsInRole(Roles.ProviderUser) || Roles.AuthorityRoles.Where(r => r != Roles.Administrator).Any(user.IsInRole))
        {
            items.Add(Item("Placements", "/placements", currentPath));
        }

        if (user.IsInRole(Roles.SocialWorker))
        {
            items.Add(Item("Children", "/children", currentPath));
        }

        if (user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.Broker))
        {
            items.Add(Item("Referrals", "/referrals", currentPath));
        }

        // One item for the finance hub (/finance), which lists every report and task the user may open.
        if (new[] { Roles.FinanceOfficer, Roles.Commissioner, Roles.Auditor, Roles.ContractManager, Roles.ProviderUser }.Any(user.IsInRole))
        {
            items.Add(Item("Finance", "/finance", currentPath));
        }

        if (new[] { Roles.Commissioner, Roles.ContractManager, Roles.FinanceOfficer, Roles.Broker, Roles.Auditor, Roles.ProviderUser }.Any(user.IsInRole))
        {
            items.Add(Item("Frameworks", "/frameworks", currentPath));
        }

        if (user.IsInRole(Roles.ProviderUser))
        {
            items.Add(Item("Tenders", "/bidding", currentPath));
        }

        if (user.IsInRole(Roles.Commissioner) || user.IsInRole(Roles.Auditor))
        {
            items.Add(Item("Key decisions", "/decisions", currentPath));
        }

        if (user.IsInRole(Roles.Commissioner) || user.IsInRole(Roles.ContractManager) || user.IsInRole(Roles.Auditor))
        {
            items.Add(Item("Tenders", "/tenders", currentPath));
        }

        if (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ServiceOperator))
        {
            items.Add(Item("Organisations", "/admin/organisations", currentPath));
        }

        if (user.IsInRole(Roles.Administrator))
        {
            items.Add(Item("Users", "/admin/users", currentPath));
            items.Add(Item("API tokens", "/admin/api-tokens", currentPath));
            items.Add(Item("Outbox", "/admin/outbox", currentPath));
        }

        if (user.IsInRole(Roles.Commissioner) || user.IsInRole(Roles.Auditor))
        {
            items.Add(Item("Spot purchases", "/spot-purchases", currentPath));
        }

        if (user.IsInRole(Roles.Auditor))
        {
            items.Add(Item("Audit trail", "/audit", currentPath));
        }

        if (user.IsInRole(Roles.Broker) || user.IsInRole(Roles.ProviderUser)
            || (user.IsInRole(Roles.Administrator) && !user.HasClaim(HearthClaims.OrganisationKind, nameof(Hearth.Domain.Organisations.OrganisationKind.Operator))))
        {
            items.Add(Item("Households", "/households", currentPath));
        }

        // An authority's commissioning power over providers: suspending them from its call-offs (ADR 0024).
        if (user.IsInRole(Roles.Commissioner) || user.IsInRole(Roles.ContractManager))
        {
            items.Add(Item("Suspended providers", "/provider-suspensions", currentPath));
        }

        if (user.IsInRole(Roles.Commissioner))
        {
            items.Add(Item("Match weights", "/admin/match-weights", currentPath));
        }

        if (user.IsInRole(Roles.Broker))
        {
            items.Add(Item("Call-offs", "/call-offs", currentPath));
        }

        if (user.IsInRole(Roles.ProviderUser))
        {
            items.Add(Item("Referrals to answer", "/provider/referrals", currentPath));
        }

        // Managers who sign off referrals also approve offers above the framework price (ADR 0017).
        if (Features.Referrals.ReferralAccess.CanSignOff(user))
        {
            items.Add(Item("Offer approvals", "/call-offs/approvals", currentPath));
        }

        // Commissioners and the authority's administrators set how long providers have to answer (ADR 0023).
        if (user.IsInRole(Roles.Commissioner)
            || (user.IsInRole(Roles.Administrator) && user.HasClaim(HearthClaims.OrganisationKind, nameof(Hearth.Domain.Organisations.OrganisationKind.Authority))))
        {
            items.Add(Item("Response deadlines", "/call-offs/deadlines", currentPath));
        }

        return items;
    }

    private static NavigationItem Item(string text, string href, PathString currentPath) =>
        new(text, href, IsActive(href, currentPath));

    /// <summary>Home is active only on "/" itself; any other item on its own path and every path below it.</summary>
    internal static bool IsActive(string href, PathString currentPath)
    {
        if (href == "/")
        {
            return !currentPath.HasValue || currentPath.Value == "/";
        }

        return currentPath.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase);
    }
}
