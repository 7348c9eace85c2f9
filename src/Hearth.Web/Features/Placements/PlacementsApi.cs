using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Hearth.Web.Platform.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

/// <summary>Placements under the same scoping as the pages; fee changes and endings call the same domain methods.</summary>
public static class PlacementsApi
{
    public sealed record FeePeriodDto(DateOnly EffectiveFrom, long WeeklyFeePence);
    public sealed record PlacementDto(
        int Id, int AuthorityId, string ChildCaseReference, int? ProviderId, int? FrameworkId, string Route, string Category, string PlaceCode,
        string KeyServiceLine, string FundingSource, DateOnly StartDate, DateOnly? EndDate, DateOnly? PlannedEndDate,
        string? EndReasonCode, bool? EndPlanned, string? EndRequestedBy, int Version, IReadOnlyList<FeePeriodDto> FeePeriods);
    public sealed record FeeChangeRequest(DateOnly EffectiveFrom, long WeeklyFeePence, int Version);
    public sealed record EndingRequest(DateOnly LeftOn, string ReasonCode, bool Planned, EndingRequestedBy RequestedBy, int Version);

    public static RouteGroupBuilder MapPlacementsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/placements").WithTags("Placements").RequireAuthorization(p => p.RequireRole(PlacementAccess.Viewers.Split(',')));
        group.MapGet("/", async (HearthDb db, string? status, int? page, CancellationToken ct) =>
            {
                var query = db.VisiblePlacements.AsNoTracking();
                if (string.Equals(status, "live", StringComparison.OrdinalIgnoreCase)) query = query.Where(p => p.EndDate == null);
                else if (string.Equals(status, "ended", StringComparison.OrdinalIgnoreCase)) query = query.Where(p => p.EndDate != null);
                else if (!string.IsNullOrEmpty(status)) return Results.Problem(statusCode: 400, title: "Bad request", detail: "status must be 'live' or 'ended'.");
                var number = Math.Max(1, page ?? 1);
                var list = await Project(db, query.OrderBy(p => p.Id).Skip((number - 1) * 100).Take(100)).ToListAsync(ct);
                await SensitiveReads.RecordPlacementChildrenAsync(db, list.Select(p => p.Id).ToList(), "Case reference", "API: placements", ct);
                return Results.Ok(list);
            })
            .WithName("ListPlacements").WithSummary("Placements, 100 a page, optionally only live or ended ones.");
        group.MapGet("/{id:int}", async Task<Results<Ok<PlacementDto>, ProblemHttpResult>> (int id, HearthDb db, CancellationToken ct) =>
            {
                if (await Project(db, db.Placements.AsNoTracking().Where(p => p.Id == id)).SingleOrDefaultAsync(ct) is not { } dto) return NotFound(id);
                await SensitiveReads.RecordPlacementChildrenAsync(db, [id], "Case reference", "API: placement", ct);
                return TypedResults.Ok(dto);
            })
            .WithName("GetPlacement");
        group.MapPost("/{id:int}/fee-changes", async Task<Results<Ok<PlacementDto>, ProblemHttpResult>> (int id, FeeChangeRequest request, HearthDb db, CancellationToken ct) =>
            {
                var placement = await db.Placements.WithCosting().SingleOrDefaultAsync(p => p.Id == id, ct);
                if (placement is null) return NotFound(id);
                db.Entry(placement).Property(p => p.Version).OriginalValue = request.Version;
                placement.ChangeFee(request.EffectiveFrom, Money.FromPence(request.WeeklyFeePence));
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(await Project(db, db.Placements.AsNoTracking().Where(p => p.Id == id)).SingleAsync(ct));
            })
            .RequireAuthorization(p => p.RequireRole(PlacementAccess.FeeEditors))
            .WithName("ChangePlacementFee").WithSummary("A new weekly fee from a date (a new fee period). Send the placement's version.");
        group.MapPost("/{id:int}/ending", async Task<Results<Ok<PlacementDto>, ProblemHttpResult>> (int id, EndingRequest request, HearthDb db, CancellationToken ct) =>
            {
                var placement = await db.Placements.WithCosting().SingleOrDefaultAsync(p => p.Id == id, ct);
                if (placement is null) return NotFound(id);
                db.Entry(placement).Property(p => p.Version).OriginalValue = request.Version;
                placement.End(request.LeftOn, request.ReasonCode, request.Planned, request.RequestedBy);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(await Project(db, db.Placements.AsNoTracking().Where(p => p.Id == id)).SingleAsync(ct));
            })
            .RequireAuthorization(p => p.RequireRole(PlacementAccess.Enders.Split(',')))
            .WithName("EndPlacement").WithSummary("End a placement: the day the child left, the SSDA903 reason, planned or not, who asked.");
        group.MapPost("/import", async Task<IResult> (HttpRequest request, PlacementImporter importer, ImportJobs jobs, HearthDb db, CancellationToken ct) =>
            {
                if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "text/csv", StringComparison.OrdinalIgnoreCase))
                    return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                        detail: "Send the placements as a CSV file in the template's format, with Content-Type: text/csv.");
                if (request.ContentLength > PlacementImporter.MaximumFileBytes)
                    return TooLarge();
                if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                    limit.MaxRequestBodySize = PlacementImporter.MaximumFileBytes + 1;
                using var body = new MemoryStream();
                try
                {
                    await request.Body.CopyToAsync(body, ct);
                }
                catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
                {
                    return TooLarge();
                }
                if (body.Length > PlacementImporter.MaximumFileBytes) return TooLarge();
                body.Position = 0;
                if (body.Length > PlacementImporter.BackgroundFromBytes || ImportJobsApi.PrefersAsync(request))
                {
                    var id = await jobs.EnqueueAsync(db, "placements.csv", isXlsx: false, body.ToArray(), ct);
                    return Results.Accepted(ImportJobsApi.Location(id), await ImportJobsApi.FindAsync(db, id, ct));
                }
                var result = await importer.ImportCsvAsync(body, ct);
                if (result.Succeeded) return Results.Ok(new ImportResultDto(result.Created, result.Updated));
                return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The file has errors: nothing was imported",
                    detail: $"{result.Errors.Count} problem{(result.Errors.Count == 1 ? "" : "s")} found. Fix every row listed and send the whole file again.",
                    extensions: new Dictionary<string, object?> { ["errors"] = result.Errors.Select(e => new ImportErrorDto(e.Row, e.Column, e.Message)).ToList() });
            })
            .RequireAuthorization(p => p.RequireRole(PlacementAccess.Importers))
            .Accepts<string>("text/csv")
            .Produces<ImportResultDto>()
            .Produces<ImportJobsApi.ImportJobDto>(StatusCodes.Status202Accepted)
            .WithName("ImportPlacements")
            .WithSummary("Import placements from the template CSV: all rows or none. 200 with the counts created and updated, or 422 with every error by row and column. "
                + "A file over 1MB, or any file sent with 'Prefer: respond-async', is imported in the background: 202 with a Location to follow.");
        return api;
    }

    public sealed record ImportResultDto(int Created, int Updated);
    public sealed record ImportErrorDto(int Row, string Column, string Message);

    private static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large",
            detail: $"The file must be smaller than {PlacementImporter.MaximumFileBytes / 1024 / 1024}MB. Split it and send each part.");

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no placement {id} that you can see.");

    private static IQueryable<PlacementDto> Project(HearthDb db, IQueryable<Placement> placements) =>
        from p in placements
        join c in db.Children on p.ChildId equals c.Id
        select new PlacementDto(p.Id, p.AuthorityId, c.CaseReference, p.ProviderId, p.FrameworkId, p.Route.ToString(), p.Category.ToString(), p.PlaceCode,
            p.KeyServiceLine.ToString(), p.FundingSource.ToString(), p.StartDate, p.EndDate, p.PlannedEndDate, p.EndReasonCode, p.EndPlanned,
            p.EndRequestedBy == null ? null : p.EndRequestedBy.ToString(), p.Version,
            p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => new FeePeriodDto(f.EffectiveFrom, f.WeeklyFee.Pence)).ToList());
}
