using Hearth.Web.Data;
using Hearth.Web.Platform;

namespace Hearth.Web.Features.Commissioning;

/// <summary>The authority's suspensions of providers from its call-offs (ADR 0024): the same records as the pages.</summary>
public static class ProviderSuspensionsApi
{
    public sealed record SuspensionDto(int Id, int ProviderId, string Provider, string Reason, DateOnly SuspendedOn, string SuspendedBy,
        DateOnly? ReinstatedOn, string? ReinstatementReason, string? ReinstatedBy, bool InForce, int Version);
    public sealed record SuspendRequest(int? ProviderId, string? Reason);
    public sealed record ReinstateRequest(int Version, string? Reason);

    public static RouteGroupBuilder MapProviderSuspensionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/provider-suspensions").WithTags("Provider suspensions")
            .RequireAuthorization(p => p.RequireRole(ProviderSuspensionRecords.Readers.Split(',')));
        group.MapGet("/", async Task<IResult> (HearthDb db, OrganisationScope scope, CancellationToken ct) =>
                scope.IsAuthority ? TypedResults.Ok((await ProviderSuspensionRecords.ListAsync(db, ct)).Select(Dto)) : Forbidden())
            .WithName("ListProviderSuspensions").WithSummary("The providers your authority has suspended from its call-offs, those in force first.");
        group.MapGet("/{id:int}", async Task<IResult> (int id, HearthDb db, OrganisationScope scope, CancellationToken ct) =>
                scope.IsAuthority && await ProviderSuspensionRecords.FindAsync(db, id, ct) is { } row ? TypedResults.Ok(Dto(row)) : NotFound(id))
            .WithName("GetProviderSuspension").WithSummary("One of your authority's suspensions.");
        group.MapPost("/", async Task<IResult> (SuspendRequest request, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                if (!scope.IsAuthority) return Forbidden();
                var suspension = await ProviderSuspensionRecords.SuspendAsync(db, scope, clock, request.ProviderId, request.Reason, ct);
                return TypedResults.Created($"/api/v1/provider-suspensions/{suspension.Id}", Dto((await ProviderSuspensionRecords.FindAsync(db, suspension.Id, ct))!));
            })
            .RequireAuthorization(p => p.RequireRole(ProviderSuspensionRecords.Changers))
            .WithName("SuspendProvider").WithSummary("Suspend a provider from your authority's call-offs, with a reason. 422 when it is already suspended or the reason is missing.");
        group.MapPost("/{id:int}/reinstatement", async Task<IResult> (int id, ReinstateRequest request, HearthDb db, OrganisationScope scope, TimeProvider clock,
                CancellationToken ct) =>
            {
                if (!scope.IsAuthority) return NotFound(id);
                if (await ProviderSuspensionRecords.ReinstateAsync(db, scope, clock, id, request.Version, request.Reason, ct) is null) return NotFound(id);
                return TypedResults.Ok(Dto((await ProviderSuspensionRecords.FindAsync(db, id, ct))!));
            })
            .RequireAuthorization(p => p.RequireRole(ProviderSuspensionRecords.Changers))
            .WithName("ReinstateProvider").WithSummary("Reinstate a suspended provider, with a reason and the version you read. 409 when someone else changed it first.");
        return api;
    }

    private static SuspensionDto Dto(ProviderSuspensionRecords.Row r) => new(r.Id, r.ProviderId, r.Provider, r.Reason, r.SuspendedOn, r.SuspendedBy,
        r.ReinstatedOn, r.ReinstatementReason, r.ReinstatedBy, r.ReinstatedOn is null, r.Version);

    private static IResult NotFound(int id) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no provider suspension {id} that you can see.");

    private static IResult Forbidden() =>
        TypedResults.Problem(statusCode: 403, title: "Forbidden", detail: "Only an authority's staff suspend providers from its call-offs.");
}
