using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Referrals;

/// <summary>Referrals under the same scoping as the pages, calling the same domain methods; documents in PDS v2 JSON.</summary>
public static class ReferralsApi
{
    public sealed record ReferralSummaryDto(int Id, string Status, IReadOnlyList<int> ChildIds, string AuthorName, DateOnly CreatedOn, DateOnly? NeededFrom, string? PlacementType);
    public sealed record ReferralDto(int Id, string Status, int Version, IReadOnlyList<int> ChildIds, string AuthorName, DateOnly CreatedOn,
        DateOnly? SubmittedOn, string? DecidedByName, DateOnly? DecidedOn, string? ReturnComments, IReadOnlyList<string> MissingAnswers,
        PlacementsStandardDocument PlacementsStandard);
    public sealed record StartRequest(IReadOnlyList<int>? ChildIds);
    public sealed record VersionRequest(int Version);
    public sealed record ReturnRequest(int Version, string? Comments);

    public static RouteGroupBuilder MapReferralsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/referrals").WithTags("Referrals").RequireAuthorization(p => p.RequireRole(ReferralAccess.ViewersOrProviders.Split(',')));
        group.MapGet("/", async (HearthDb db, HttpContext http, int? page, CancellationToken ct) =>
            {
                var query = db.Referrals.AsNoTracking();
                if (ReferralAccess.SeesOnlySignedOff(http.User)) query = query.Where(r => r.Status == ReferralStatus.SignedOff);
                var number = Math.Max(1, page ?? 1);
                var list = await query.OrderByDescending(r => r.Id).Skip((number - 1) * 100).Take(100)
                    .Select(r => new ReferralSummaryDto(r.Id, r.Status.ToString(), r.Children.Select(c => c.ChildId).ToList(), r.AuthorName, r.CreatedOn,
                        r.NeededFrom, r.PlacementType == null ? null : r.PlacementType.ToString()))
                    .ToListAsync(ct);
                return Results.Ok(list);
            })
            .RequireAuthorization(p => p.RequireRole(ReferralAccess.Viewers.Split(',')))
            .WithName("ListReferrals").WithSummary("The authority's referrals, 100 a page, newest first (brokers: signed-off ones only).");
        group.MapGet("/{id:int}", async Task<Results<Ok<ReferralDto>, ProblemHttpResult>> (int id, HearthDb db, OrganisationScope scope, HttpContext http, CancellationToken ct) =>
                await FindVisibleAsync(db, scope, http, id, ct) is { } r ? TypedResults.Ok(Dto(r)) : NotFound(id))
            .WithName("GetReferral").WithSummary("A referral: its state, version and answers as Placements Data Standard v2 JSON.");
        group.MapGet("/{id:int}/placements-standard", async Task<IResult> (int id, HearthDb db, OrganisationScope scope, HttpContext http, CancellationToken ct) =>
            {
                if (await FindVisibleAsync(db, scope, http, id, ct) is not { } r) return NotFound(id);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"referral-{id}-placements-standard-v2.json\"";
                return TypedResults.Ok(PlacementsStandardDocument.From(r));
            })
            .WithName("ExportReferral").WithSummary("Export a referral as a Placements Data Standard v2 document.");
        group.MapPost("/", async Task<IResult> (StartRequest request, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                if (!scope.IsAuthority) return NotFound(0);
                var children = await ReferralRecords.ChildrenByIdAsync(db, request.ChildIds ?? [], ct);
                var referral = await ReferralRecords.StartAsync(db, scope, children, London.Today(clock), ct);
                return TypedResults.Created($"/api/v1/referrals/{referral.Id}", Dto(referral));
            })
            .RequireAuthorization(p => p.RequireRole(ReferralAccess.Authors))
            .WithName("StartReferral").WithSummary("Start a draft referral for one child or a sibling group of your authority.");
        group.MapPost("/import", async Task<IResult> (PlacementsStandardDocument document, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                if (!scope.IsAuthority) return NotFound(0);
                var today = London.Today(clock);
                List<Child> children;
                Referral referral;
                try
                {
                    children = await ReferralRecords.ChildrenByIdAsync(db, document.ChildIds(), ct);
                    referral = Referral.Start(scope.FilterOrganisationId, children, scope.UserId ?? 0, scope.ActorName, today);
                }
                catch (DomainException e) when (e.Field == nameof(Referral.Children))
                {
                    throw new DomainException("PlacementAvailability.childId", e.Message);
                }
                document.ApplyTo(referral, today);
                db.Referrals.Add(referral);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/v1/referrals/{referral.Id}", Dto(referral));
            })
            .RequireAuthorization(p => p.RequireRole(ReferralAccess.Authors))
            .WithName("ImportReferral")
            .WithSummary("Create a draft referral from a Placements Data Standard v2 document for children of your authority; 422 names the bad field's path.");
        group.MapPost("/{id:int}/submit", (int id, VersionRequest request, HearthDb db, OrganisationScope scope, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                ActAsync(db, scope, http, id, request.Version, r => r.Submit(London.Today(clock)), ct))
            .RequireAuthorization(p => p.RequireRole(ReferralAccess.Authors))
            .WithName("SubmitReferral").WithSummary("Submit a complete draft for sign-off. Send the referral's version.");
        group.MapPost("/{id:int}/sign-off", (int id, VersionRequest request, HearthDb db, OrganisationScope scope, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                ReferralAccess.CanSignOff(http.User)
                    ? ActAsync(db, scope, http, id, request.Version, r => r.SignOff(scope.UserId ?? 0, scope.ActorName, London.Today(clock)), ct)
                    : Task.FromResult<IResult>(Forbidden()))
            .RequireAuthorization(p => p.RequireRole(ReferralAccess.Authors))
            .WithName("SignOffReferral").WithSummary("A social work manager (not the author) signs the referral off, releasing it to placement finding.");
        group.MapPost("/{id:int}/return", (int id, ReturnRequest request, HearthDb db, OrganisationScope scope, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                ReferralAccess.CanSignOff(http.User)
                    ? ActAsync(db, scope, http, id, request.Version, r => r.Return(scope.UserId ?? 0, scope.ActorName, request.Comments, London.Today(clock)), ct)
                    : Task.FromResult<IResult>(Forbidden()))
            .RequireAuthorization(p => p.RequireRole(ReferralAccess.Authors))
            .WithName("ReturnReferral").WithSummary("A social work manager (not the author) returns the referral with comments.");
        return api;
    }

    private static async Task<IResult> ActAsync(HearthDb db, OrganisationScope scope, HttpContext http, int id, int version, Action<Referral> act, CancellationToken ct)
    {
        if (await FindVisibleAsync(db, scope, http, id, ct) is not { } referral) return NotFound(id);
        act(referral);
        await ReferralRecords.SaveAsync(db, referral, version, ct);
        return TypedResults.Ok(Dto(referral));
    }

    /// <summary>A referral of the caller's authority; providers never reach one here, brokers only signed-off ones.</summary>
    private static async Task<Referral?> FindVisibleAsync(HearthDb db, OrganisationScope scope, HttpContext http, int id, CancellationToken ct)
    {
        if (!scope.IsAuthority) return null;
        var referral = await ReferralRecords.FindAsync(db, id, ct);
        return referral is null || (ReferralAccess.SeesOnlySignedOff(http.User) && referral.Status != ReferralStatus.SignedOff) ? null : referral;
    }

    private static ReferralDto Dto(Referral r) => new(r.Id, r.Status.ToString(), r.Version, r.Children.Select(c => c.ChildId).ToList(), r.AuthorName,
        r.CreatedOn, r.SubmittedOn, r.DecidedByName.Length == 0 ? null : r.DecidedByName, r.DecidedOn, r.ReturnComments.Length == 0 ? null : r.ReturnComments,
        r.MissingAnswers().Select(m => m.Field).ToList(), PlacementsStandardDocument.From(r));

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no referral {id} that you can see.");

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: 403, title: "Forbidden", detail: "Only a social work manager may sign off or return a referral.");
}
