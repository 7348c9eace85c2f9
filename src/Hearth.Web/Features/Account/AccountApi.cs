using System.Security.Claims;
using Hearth.Web.Platform;

namespace Hearth.Web.Features.Account;

public static class AccountApi
{
    public sealed record Me(string Name, int OrganisationId, string Organisation, string OrganisationKind, IReadOnlyList<string> Roles);

    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (ClaimsPrincipal user, OrganisationScope scope) => new Me(
                scope.ActorName, scope.OrganisationId ?? 0, user.FindFirstValue(HearthClaims.OrganisationName) ?? "",
                scope.Kind?.ToString() ?? "", user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList()))
            .WithName("GetMe").WithTags("Account").WithSummary("Who the caller is: person or API token, organisation and roles.");
        return api;
    }
}
