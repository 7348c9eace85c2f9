using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Matching;

/// <summary>
/// GET and PUT /api/v1/area: the signed-in authority's area as postcode districts (ADR 0022), through the same
/// <see cref="AuthorityArea"/> methods as the page. The authority's administrators only; a provider's gets 403. A missing
/// list is 400, an unknown or malformed district 422 (nothing changed), a save racing another 409.
/// </summary>
public static class AreaApi
{
    public sealed record AreaDto(IReadOnlyList<string> Districts);
    public sealed record AreaRequest(IReadOnlyList<string>? Districts);

    public static RouteGroupBuilder MapAreaApi(this RouteGroupBuilder api)
    {
        api.MapGet("/area", async (HearthDb db, OrganisationScope scope, CancellationToken ct) =>
            {
                if (!scope.IsAuthority) return Results.Forbid();
                return Results.Ok(new AreaDto(await AuthorityArea.DistrictsAsync(db, scope.FilterOrganisationId, ct)));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Administrator))
            .WithTags("Matching").WithName("GetAuthorityArea")
            .WithSummary("The authority's area as postcode districts: matching ranks households outside it down when a child should stay in the area.");
        api.MapPut("/area", async (AreaRequest? request, HearthDb db, OrganisationScope scope, CancellationToken ct) =>
            {
                if (!scope.IsAuthority) return Results.Forbid();
                if (request?.Districts is null)
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["Districts"] = ["Give the list of postcode districts (an empty list clears the area)"] },
                        title: "The list of districts is missing");
                try
                {
                    return Results.Ok(new AreaDto(await AuthorityArea.ReplaceAsync(db, scope.FilterOrganisationId, string.Join(' ', request.Districts), ct)));
                }
                catch (DbUpdateException)
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed at the same moment",
                        detail: "Someone else changed the area at the same moment. Nothing was saved: read the area again and send your list again.");
                }
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Administrator))
            .WithTags("Matching").WithName("ReplaceAuthorityArea")
            .WithSummary("Replace the authority's area with the listed postcode districts (each must be a district Hearth knows).");
        return api;
    }
}
