using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Organisations;

/// <summary>The directory of authorities and providers: names and public registration details are visible to every user.</summary>
public static class OrganisationsApi
{
    public sealed record OrganisationDto(
        int Id, string Kind, string Name, string ShortName, string Status,
        string? OnsCode, int? ElectoralDivisions, string? OfstedUrn, string? Sector, string? OfstedGrade, string? RegisteredOffice);

    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");
        group.MapGet("/", async (HearthDb db, string? kind, CancellationToken ct) =>
            {
                IQueryable<Organisation> query = db.Organisations.AsNoTracking();
                if (string.Equals(kind, "authority", StringComparison.OrdinalIgnoreCase)) query = query.OfType<Authority>();
                else if (string.Equals(kind, "provider", StringComparison.OrdinalIgnoreCase)) query = query.OfType<Provider>();
                else if (!string.IsNullOrEmpty(kind))
                    return Results.Problem(statusCode: 400, title: "Bad request", detail: "kind must be 'authority' or 'provider'.");
                var list = await query.OrderBy(o => o.Name).ToListAsync(ct);
                return Results.Ok(list.Select(ToDto));
            })
            .WithName("ListOrganisations").WithSummary("Authorities and providers, optionally filtered by kind (authority or provider).")
            .Produces<IEnumerable<OrganisationDto>>();
        group.MapGet("/{id:int}", async Task<Results<Ok<OrganisationDto>, ProblemHttpResult>> (int id, HearthDb db, CancellationToken ct) =>
            {
                var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
                return organisation is null
                    ? TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no organisation {id}.")
                    : TypedResults.Ok(ToDto(organisation));
            })
            .WithName("GetOrganisation").WithSummary("One organisation.");
        return api;
    }

    private static OrganisationDto ToDto(Organisation o) => o switch
    {
        Authority a => new OrganisationDto(a.Id, "authority", a.Name, a.ShortName, a.Status.ToString(), a.OnsCode, a.ElectoralDivisions, null, null, null, null),
        Provider p => new OrganisationDto(p.Id, "provider", p.Name, p.ShortName, p.Status.ToString(), null, null, p.OfstedUrn,
            p.Sector.ToString(), p.OfstedGrade?.ToString(), p.RegisteredOffice),
        // The service operator (ADR 0024) is in the directory too: people see who runs the service.
        _ => new OrganisationDto(o.Id, "operator", o.Name, o.ShortName, o.Status.ToString(), null, null, null, null, null, null),
    };
}
