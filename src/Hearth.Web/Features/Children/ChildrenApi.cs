using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Children;

/// <summary>The authority's children under the same scoping as the pages. Providers never see a child here: 404.</summary>
public static class ChildrenApi
{
    public sealed record ChildDto(int Id, string CaseReference, string GivenName, string FamilyName, DateOnly DateOfBirth, string Sex, string Ethnicity,
        string Religion, string FirstLanguage, bool HasDisability, bool IsUasc, string LegalStatus, string HomePostcode, string HomePostcodeDistrict,
        string School, IReadOnlyList<int>? SiblingIds, int Version);

    public static RouteGroupBuilder MapChildrenApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/children").WithTags("Children").RequireAuthorization(p => p.RequireRole(ChildAccess.ViewersOrProviders.Split(',')));
        group.MapGet("/", async (HearthDb db, string? search, int? page, CancellationToken ct) =>
            {
                var query = db.Children.AsNoTracking();
                if (!string.IsNullOrWhiteSpace(search))
                {
                    var term = search.Trim();
                    query = query.Where(c => c.CaseReference == term || c.FamilyName.StartsWith(term));
                }
                var number = Math.Max(1, page ?? 1);
                var list = await query.OrderBy(c => c.Id).Skip((number - 1) * 100).Take(100).ToListAsync(ct);
                return Results.Ok(list.Select(c => Dto(c, null)));
            })
            .RequireAuthorization(p => p.RequireRole(ChildAccess.Viewers.Split(',')))
            .WithName("ListChildren").WithSummary("The authority's children, 100 a page, optionally by case reference or the start of the last name.");
        group.MapGet("/{id:int}", async Task<Results<Ok<ChildDto>, ProblemHttpResult>> (int id, HearthDb db, OrganisationScope scope, CancellationToken ct) =>
            {
                if (!scope.IsAuthority || await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } child) return NotFound(id);
                return TypedResults.Ok(Dto(child, await ChildRecords.SiblingIds(db, id).ToListAsync(ct)));
            })
            .WithName("GetChild");
        group.MapPost("/", async Task<IResult> (ChildDetails request, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                if (!scope.IsAuthority) return NotFound(0);
                var child = await ChildRecords.RegisterAsync(db, scope.FilterOrganisationId, request, London.Today(clock), ct);
                return TypedResults.Created($"/api/v1/children/{child.Id}", Dto(child, []));
            })
            .RequireAuthorization(p => p.RequireRole(ChildAccess.Editors))
            .WithName("AddChild").WithSummary("Add a child: SSDA903 ethnicity and legal status codes, the full home postcode.");
        return api;
    }

    /// <summary>A child; <paramref name="siblings"/> is null in lists (fetch one child for its siblings).</summary>
    private static ChildDto Dto(Child c, IReadOnlyList<int>? siblings) => new(c.Id, c.CaseReference, c.GivenName, c.FamilyName, c.DateOfBirth, c.Sex,
        c.Ethnicity, c.Religion, c.FirstLanguage, c.HasDisability, c.IsUasc, c.LegalStatus, c.HomePostcode, c.HomePostcodeDistrict, c.School, siblings, c.Version);

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no child {id} that you can see.");
}
