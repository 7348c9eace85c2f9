using System.Text.Json;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Features.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hearth.Web.Features.Sourcing;

/// <summary>Selection, the frozen decision record, the IPA and spot purchases: the same work classes as the pages.</summary>
public static class SourcingApi
{
    public sealed record OptionDto(string Key, string Kind, int? ProviderId, string ProviderName, int? HouseholdId, string HouseholdReference,
        long WeeklyFeePence, long AdditionalCostsPence, DateOnly? EarliestStart, long? ComparedPricePence, bool AbovePrice, string PriceBasis,
        int TotalScore, int MaximumScore, IReadOnlyList<FactorPoints> Factors, int? FrameworkId, int? LotNumber, bool NeedsApproval, ManagerApproval? Approval);
    public sealed record OptionsDto(IReadOnlyList<OptionDto> Options, IReadOnlyList<DecisionAsk> Asks);
    public sealed record ChooseRequest(string? ChosenKey, string? Rationale);
    public sealed record DecisionDto(int Id, int ReferralId, string ChosenKey, string ChosenKind, int? ChosenProviderId, long WeeklyFeePence,
        string DecidedByName, DateTimeOffset DecidedAt, string Sha256, bool Intact, IReadOnlyList<int> PlacementIds, JsonElement Record);
    public sealed record OpenSpotRequest(int? ProviderId, string? HouseholdReference, PlacementCategory? Category, string? WeeklyFee,
        string? AdditionalCosts, DateOnly? EarliestStart, string? Justification);
    public sealed record ApproveSpotRequest(int Version, string? Reason);
    public sealed record SpotDto(int Id, int ReferralId, int ProviderId, string HouseholdReference, string Category, long WeeklyFeePence,
        long AdditionalCostsPence, long? BandPricePence, string BandBasis, bool AboveBand, string Status, string OpenedByName, DateTimeOffset OpenedAt,
        string? ApprovedByName, DateTimeOffset? ApprovedAt, string? ApprovalReason, string Justification, int Version);

    public static RouteGroupBuilder MapSourcingApi(this RouteGroupBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Selection and award");
        referrals.MapGet("/{id:int}/options", async Task<IResult> (int id, DecisionWork work, CancellationToken ct) =>
                await work.SignedOffReferralAsync(id, ct) is { } r ? TypedResults.Ok(Dto(await work.OptionsAsync(r, ct))) : NotFound("referral", id))
            .RequireAuthorization(p => p.RequireRole(SourcingAccess.Choosers))
            .WithName("ListSelectionOptions").WithSummary("The options to compare for a signed-off referral (in-house households, offers, spot purchases) with their score breakdown.");
        referrals.MapPost("/{id:int}/decision", async Task<IResult> (int id, ChooseRequest request, DecisionWork work, HearthDb db, CancellationToken ct) =>
            {
                if (await work.SignedOffReferralAsync(id, ct) is not { } referral) return NotFound("referral", id);
                var decision = await work.ChooseAsync(referral, request.ChosenKey, request.Rationale, ct);
                var view = await DecisionRecords.FindAsync(db, decision.Id, ct);
                return TypedResults.Created($"/api/v1/call-off-decisions/{decision.Id}", Dto(view!));
            })
            .RequireAuthorization(p => p.RequireRole(SourcingAccess.Choosers))
            .WithName("ChooseOption")
            .WithSummary("Choose an option with a rationale: freezes the call-off decision record and creates the placement. 422 for a broken rule, 409 when someone else took the place first.");
        referrals.MapPost("/{id:int}/spot-purchases", async Task<IResult> (int id, OpenSpotRequest request, DecisionWork work, SpotWork spots, CancellationToken ct) =>
            {
                if (await work.SignedOffReferralAsync(id, ct) is not { } referral) return NotFound("referral", id);
                if (request.ProviderId is not { } providerId) throw new DomainException("ProviderId", "Select the provider");
                var fee = PlacementInput.ParseFee(request.WeeklyFee, "WeeklyFee");
                var extra = string.IsNullOrWhiteSpace(request.AdditionalCosts) ? Money.Zero : PlacementInput.ParseFee(request.AdditionalCosts, "AdditionalCosts");
                var spot = await spots.OpenAsync(referral, providerId, request.HouseholdReference, request.Category, fee, extra, request.EarliestStart,
                    request.Justification, ct);
                return TypedResults.Created($"/api/v1/spot-purchases/{spot.Id}", Dto(spot));
            })
            .RequireAuthorization(p => p.RequireRole(SourcingAccess.Choosers))
            .WithName("OpenSpotPurchase").WithSummary("Open a spot purchase on a signed-off referral, with a justification; compared with the framework band.");

        var decisions = api.MapGroup("/call-off-decisions").WithTags("Selection and award");
        decisions.MapGet("/{id:int}", async Task<IResult> (int id, HearthDb db, CancellationToken ct) =>
                await DecisionRecords.FindAsync(db, id, ct) is { } view ? TypedResults.Ok(Dto(view)) : NotFound("call-off decision", id))
            .RequireAuthorization(p => p.RequireRole(SourcingAccess.DecisionReaders.Split(',')))
            .WithName("GetCallOffDecision").WithSummary("A frozen call-off decision record: the canonical JSON, its SHA-256 and whether it still matches.");
        decisions.MapGet("/{id:int}/ipa", async Task<IResult> (int id, HearthDb db, CancellationToken ct) =>
                await IpaDocument.BuildAsync(db, id, ct) is { } pdf
                    ? TypedResults.File(pdf, "application/pdf", $"individual-placement-agreement-{id}.pdf")
                    : NotFound("call-off decision", id))
            .RequireAuthorization(p => p.RequireRole(SourcingAccess.IpaReaders.Split(',')))
            .WithName("GetIndividualPlacementAgreement").WithSummary("The Individual Placement Agreement (PDF): authority staff, or the chosen provider.");

        var spotsGroup = api.MapGroup("/spot-purchases").WithTags("Selection and award");
        spotsGroup.MapGet("/", async (string? status, int? provider, SpotWork spots, CancellationToken ct) =>
                TypedResults.Ok((await spots.ListAsync(status, provider, ct)).Select(SpotPurchasesModel.ToCsv).ToList()))
            .RequireAuthorization(p => p.RequireRole(SourcingAccess.SpotReviewers.Split(',')))
            .WithName("ListSpotPurchases").WithSummary("The authority's spot purchases for review; status = awaiting, approved, within or chosen.");
        spotsGroup.MapPost("/{id:int}/approve", async Task<IResult> (int id, ApproveSpotRequest request, SpotWork spots, CancellationToken ct) =>
            {
                if (await spots.FindAsync(id, ct) is not { } spot) return NotFound("spot purchase", id);
                await spots.ApproveAsync(spot, request.Version, request.Reason, ct);
                return TypedResults.Ok(Dto(spot));
            })
            .RequireAuthorization(p => p.RequireRole(SourcingAccess.SpotApprovers))
            .WithName("ApproveSpotPurchase").WithSummary("A commissioner approves a spot purchase above the framework band (not the one who opened it).");
        return api;
    }

    private static OptionsDto Dto(SelectionOptions found) => new(
        [.. found.Options.Select(o => new OptionDto(o.Key, o.Kind.ToString(), o.ProviderId, o.ProviderName, o.HouseholdId, o.HouseholdReference,
            o.WeeklyFee.Pence, o.AdditionalCosts.Pence, o.EarliestStart, o.PriceCheck.ComparedPrice?.Pence, o.PriceCheck.AbovePrice, o.PriceCheck.Basis,
            o.TotalScore, o.MaximumScore, o.Factors, o.FrameworkId, o.LotNumber, o.NeedsApproval, o.Approval))],
        found.Asks);

    private static DecisionDto Dto(DecisionView view)
    {
        using var record = JsonDocument.Parse(view.Decision.Snapshot);
        return new DecisionDto(view.Decision.Id, view.Decision.ReferralId, view.Decision.ChosenKey, view.Decision.ChosenKind.ToString(),
            view.Decision.ChosenProviderId, view.Decision.WeeklyFee.Pence, view.Decision.DecidedByName, view.Decision.DecidedAt, view.Decision.Sha256,
            view.Decision.IsIntact, [.. view.Placements.Select(p => p.Id)], record.RootElement.Clone());
    }

    private static SpotDto Dto(SpotPurchase s) => new(s.Id, s.ReferralId, s.ProviderId, s.HouseholdReference, s.Category.ToString(), s.WeeklyFee.Pence,
        s.AdditionalCosts.Pence, s.BandPrice?.Pence, s.BandBasis, s.AboveBand, SpotWork.StatusOf(s), s.OpenedByName, s.OpenedAt, s.ApprovedByName,
        s.ApprovedAt, s.ApprovalReason, s.Justification, s.Version);

    private static ProblemHttpResult NotFound(string what, int id) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no {what} {id} that you can see.");
}
