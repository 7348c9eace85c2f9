using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

/// <summary>
/// Additional costs, the funding split and moves over the API: the same domain methods and scoping as the placement pages.
/// Send the placement's version; a stale one is 409, bad input 422 with the field, another organisation's placement 404.
/// </summary>
public static class PlacementCostsApi
{
    public sealed record AdditionalCostRequest(AdditionalCostKind Kind, string Description, FundingSource FundingSource, DateOnly From, DateOnly? To, long AmountPence, int Version);
    public sealed record AdditionalCostCorrectionRequest(DateOnly From, DateOnly? To, long AmountPence, string Reason, int Version);
    public sealed record FundingShareRequest(FundingSource FundingSource, DateOnly From, DateOnly? To, long? WeeklyAmountPence, int? ShareBasisPoints, int Version);
    public sealed record FundingShareCorrectionRequest(DateOnly From, DateOnly? To, long? WeeklyAmountPence, int? ShareBasisPoints, string Reason, int Version);
    public sealed record FundingShareRemovalRequest(string Reason, int Version);
    public sealed record MoveRequestDto(
        DateOnly MovedOn, string ReasonCode, bool Planned, EndingRequestedBy RequestedBy, PlacementRoute Route, int? ProviderId, int? HouseholdId,
        int? FrameworkId, long WeeklyFeePence, DateOnly? PlannedEndDate, int Version);

    public sealed record AdditionalCostDto(int Id, string Kind, string Description, string FundingSource, DateOnly From, DateOnly? To, long AmountPence);
    public sealed record FundingShareDto(int Id, string FundingSource, DateOnly From, DateOnly? To, long? WeeklyAmountPence, int? ShareBasisPoints);
    public sealed record CostsDto(int PlacementId, int Version, int? PreviousPlacementId, int? NextPlacementId, string MainFundingSource,
        IReadOnlyList<AdditionalCostDto> AdditionalCosts, IReadOnlyList<FundingShareDto> FundingSplit);
    public sealed record MoveResultDto(int EndedPlacementId, int NewPlacementId, int NewPlacementVersion);

    public static RouteGroupBuilder MapPlacementCostsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/placements").WithTags("Placements").RequireAuthorization(p => p.RequireRole(PlacementAccess.Viewers.Split(',')));
        group.MapGet("/{id:int}/costs", async Task<Results<Ok<CostsDto>, ProblemHttpResult>> (int id, HearthDb db, CancellationToken ct) =>
                await db.Placements.AsNoTracking().WithCosting().SingleOrDefaultAsync(p => p.Id == id, ct) is { } placement
                    ? TypedResults.Ok(await DtoAsync(db, placement, ct)) : NotFound(id))
            .WithName("GetPlacementCosts").WithSummary("A placement's additional costs, funding split and the placements it moved from and to.");
        group.MapPost("/{id:int}/additional-costs", async Task<Results<Ok<CostsDto>, ProblemHttpResult>> (int id, AdditionalCostRequest request, HearthDb db, TimeProvider clock, CancellationToken ct) =>
                await ChangeAsync(id, request.Version, db, ct, p =>
                {
                    if (request.Kind == AdditionalCostKind.OneOff)
                    {
                        if (request.To is not null) throw new DomainException("To", "A one-off cost has a date, not an end date");
                        p.AddOneOffCost(request.Description, request.FundingSource, request.From, Money.FromPence(request.AmountPence), London.Today(clock));
                    }
                    else if (request.Kind == AdditionalCostKind.Weekly)
                        p.AddWeeklyCost(request.Description, request.FundingSource, request.From, request.To, Money.FromPence(request.AmountPence), London.Today(clock));
                    else throw new DomainException("Kind", "The kind must be Weekly or OneOff");
                }))
            .RequireAuthorization(p => p.RequireRole(PlacementAccess.CostRecorders.Split(',')))
            .WithName("AddPlacementCost").WithSummary("An additional weekly cost (an amount a week from a date, optionally to a date) or a one-off cost (an amount on a date).");
        group.MapPost("/{id:int}/additional-costs/{costId:int}/correction", async Task<Results<Ok<CostsDto>, ProblemHttpResult>> (int id, int costId, AdditionalCostCorrectionRequest request, HearthDb db, TimeProvider clock, CancellationToken ct) =>
                await ChangeAsync(id, request.Version, db, ct, p =>
                    p.CorrectAdditionalCost(costId, Money.FromPence(request.AmountPence), request.From, request.To, request.Reason, London.Today(clock))))
            .RequireAuthorization(p => p.RequireRole(PlacementAccess.FundingEditors))
            .WithName("CorrectPlacementCost").WithSummary("Correct an additional cost recorded wrongly; kept as a correction, the affected years re-cost.");
        group.MapPost("/{id:int}/funding-split", async Task<Results<Ok<CostsDto>, ProblemHttpResult>> (int id, FundingShareRequest request, HearthDb db, TimeProvider clock, CancellationToken ct) =>
                await ChangeAsync(id, request.Version, db, ct, p =>
                    p.AddFundingShare(request.FundingSource, request.From, request.To,
                        request.WeeklyAmountPence is { } pence ? Money.FromPence(pence) : null, request.ShareBasisPoints, London.Today(clock))))
            .RequireAuthorization(p => p.RequireRole(PlacementAccess.FundingEditors))
            .WithName("AddPlacementFundingShare").WithSummary("Another source pays part of the fee for a period: an amount a week or a share in basis points (2500 = 25%). The rest falls to the main source.");
        group.MapPost("/{id:int}/funding-split/{shareId:int}/correction", async Task<Results<Ok<CostsDto>, ProblemHttpResult>> (int id, int shareId, FundingShareCorrectionRequest request, HearthDb db, TimeProvider clock, CancellationToken ct) =>
                await ChangeAsync(id, request.Version, db, ct, p =>
                    p.CorrectFundingShare(shareId, request.From, request.To,
                        request.WeeklyAmountPence is { } pence ? Money.FromPence(pence) : null, request.ShareBasisPoints, request.Reason, London.Today(clock))))
            .RequireAuthorization(p => p.RequireRole(PlacementAccess.FundingEditors))
            .WithName("CorrectPlacementFundingShare").WithSummary("Correct a part of the funding split (dates, an amount a week or a share in basis points; end it with an end date): kept as a correction old → new, the affected years re-cost.");
        group.MapPost("/{id:int}/funding-split/{shareId:int}/removal", async Task<Results<Ok<CostsDto>, ProblemHttpResult>> (int id, int shareId, FundingShareRemovalRequest request, HearthDb db, TimeProvider clock, CancellationToken ct) =>
                await ChangeAsync(id, request.Version, db, ct, p => p.RemoveFundingShare(shareId, request.Reason, London.Today(clock))))
            .RequireAuthorization(p => p.RequireRole(PlacementAccess.FundingEditors))
            .WithName("RemovePlacementFundingShare").WithSummary("Remove a part of the funding split recorded in error: its pence go back to the main source; kept as a correction with the reason.");
        group.MapPost("/{id:int}/move", async Task<Results<Ok<MoveResultDto>, ProblemHttpResult>> (int id, MoveRequestDto request, HearthDb db, CancellationToken ct) =>
            {
                var placement = await db.Placements.WithCosting().SingleOrDefaultAsync(p => p.Id == id, ct);
                if (placement is null) return NotFound(id);
                var next = await PlacementMoves.MoveAsync(db, placement, request.Version, new PlacementMoves.MoveRequest(
                    request.MovedOn, request.ReasonCode, request.Planned, request.RequestedBy, request.Route, request.ProviderId, request.HouseholdId,
                    request.FrameworkId, Money.FromPence(request.WeeklyFeePence), request.PlannedEndDate), ct);
                return TypedResults.Ok(new MoveResultDto(id, next.Id, next.Version));
            })
            .RequireAuthorization(p => p.RequireRole(PlacementAccess.Enders.Split(',')))
            .WithName("MovePlacement").WithSummary("Move the child: ends this placement (reason, planned or not, who asked) and starts a linked one the same day elsewhere, in one transaction.");
        return api;
    }

    private static async Task<Results<Ok<CostsDto>, ProblemHttpResult>> ChangeAsync(int id, int version, HearthDb db, CancellationToken ct, Action<Placement> change)
    {
        var placement = await db.Placements.WithCosting().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (placement is null) return NotFound(id);
        db.Entry(placement).Property(p => p.Version).OriginalValue = version;
        change(placement);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DtoAsync(db, placement, ct));
    }

    private static async Task<CostsDto> DtoAsync(HearthDb db, Placement p, CancellationToken ct)
    {
        var next = await db.Placements.Where(n => n.PreviousPlacementId == p.Id).Select(n => (int?)n.Id).FirstOrDefaultAsync(ct);
        return new CostsDto(p.Id, p.Version, p.PreviousPlacementId, next, p.FundingSource.ToString(),
            p.AdditionalCosts.OrderBy(c => c.From).ThenBy(c => c.Id).Select(c => new AdditionalCostDto(c.Id, c.Kind.ToString(), c.Description, c.FundingSource.ToString(), c.From, c.To, c.Amount.Pence)).ToList(),
            p.FundingShares.OrderBy(s => s.From).ThenBy(s => s.Id).Select(s => new FundingShareDto(s.Id, s.FundingSource.ToString(), s.From, s.To, s.WeeklyAmount?.Pence, s.ShareBasisPoints)).ToList());
    }

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no placement {id} that you can see.");
}
