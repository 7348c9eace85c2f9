using Hearth.Domain.Procurement;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Decisions;

/// <summary>The authority's decision register, read-only, for commissioners and auditors of that authority.</summary>
public static class DecisionsApi
{
    public sealed record DecisionDto(
        int Id, string Reference, string Title, string DecisionMaker, decimal ValuePounds, int DivisionsAffected, string Status,
        bool IsKey, IReadOnlyList<string> KeyReasons, DateOnly? FirstPublishedOn, DateOnly? DecisionDueOn, DateOnly? DecidedOn);

    public static RouteGroupBuilder MapDecisionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/decisions").WithTags("Key decisions")
            .RequireAuthorization(p => p.RequireRole(Roles.Commissioner, Roles.Auditor));
        group.MapGet("/", async Task<Results<Ok<List<DecisionDto>>, ForbidHttpResult>> (HearthDb db, OrganisationScope scope, CancellationToken ct) =>
            {
                if (!scope.IsAuthority) return TypedResults.Forbid();
                var threshold = await ThresholdAsync(db, scope, ct);
                var decisions = await db.KeyDecisions.AsNoTracking().OrderBy(d => d.Reference).ToListAsync(ct);
                return TypedResults.Ok(decisions.Select(d => ToDto(d, threshold)).ToList());
            })
            .WithName("ListDecisions").WithSummary("The decisions in your authority's register, each with whether it is key and why.");
        group.MapGet("/{id:int}", async Task<Results<Ok<DecisionDto>, ProblemHttpResult, ForbidHttpResult>> (int id, HearthDb db, OrganisationScope scope, CancellationToken ct) =>
            {
                if (!scope.IsAuthority) return TypedResults.Forbid();
                var decision = await db.KeyDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
                return decision is null
                    ? TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no decision {id} in your authority's register.")
                    : TypedResults.Ok(ToDto(decision, await ThresholdAsync(db, scope, ct)));
            })
            .WithName("GetDecision").WithSummary("One decision from your authority's register.");
        return api;
    }

    private static Task<Hearth.Domain.Common.Money> ThresholdAsync(HearthDb db, OrganisationScope scope, CancellationToken ct) =>
        db.Authorities.Where(a => a.Id == scope.FilterOrganisationId).Select(a => a.KeyDecisionThreshold).SingleAsync(ct);

    private static DecisionDto ToDto(KeyDecision d, Hearth.Domain.Common.Money threshold)
    {
        var reasons = d.KeyReasons(threshold);
        return new DecisionDto(d.Id, d.Reference, d.Title, d.DecisionMaker, d.Value.Pounds, d.DivisionsAffected, DecisionText.Status(d.Status),
            reasons.Count > 0, reasons, d.FirstPublishedOn, d.DecisionDueOn, d.DecidedOn);
    }
}
