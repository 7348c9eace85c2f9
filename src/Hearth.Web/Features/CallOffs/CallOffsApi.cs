using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.CallOffs;

/// <summary>
/// Call-offs for brokers (/api/v1/call-offs) and referrals for providers (/api/v1/provider/referrals), calling the same
/// <see cref="CallOffRecords"/> methods as the pages. A provider's answers carry the anonymised profile only.
/// </summary>
public static class CallOffsApi
{
    public sealed record InHouseOutcomeRequest(string? Reason, string? Details, bool ManagerOverride = false);
    public sealed record InHouseOutcomeDto(int Id, string Reason, string Details, string RecordedBy, DateTimeOffset RecordedAt);
    public sealed record SendRequest(int ReferralId, int? LotNumber, string? LotChoiceReason, int? FrameworkId = null);
    public sealed record RecipientDto(int ProviderId, string ProviderName, int? Rank, int Order, string Status, DateTimeOffset? AskedAt, DateTimeOffset? Deadline,
        string? DeclineReason, string? DeclineDetails);
    public sealed record OfferDto(int Id, int ProviderId, int HouseholdId, string HouseholdReference, decimal WeeklyFee, decimal AdditionalCosts,
        string AdditionalCostsDescription, DateOnly EarliestStart, string Status, decimal? FrameworkWeeklyPrice, decimal DifferenceFromFramework,
        bool IsAbovePrice, bool NeedsManagerApproval, DateTimeOffset SubmittedAt);
    public sealed record CallOffDto(int Id, int ReferralId, int Version, string Status, int FrameworkId, int LotNumber, string LotName, int SuggestedLotNumber,
        string LotChoiceReason, string Rule, string Window, DateTimeOffset SentAt, string SentBy, IReadOnlyList<RecipientDto> Recipients, IReadOnlyList<OfferDto> Offers);
    public sealed record ProviderReferralDto(int Id, int Version, string Status, DateTimeOffset? AskedAt, DateTimeOffset? Deadline, bool CanAnswer,
        AnonymisedReferralProfile Profile, OfferDto? Offer, IReadOnlyList<ReleasedChildDto> ReleasedChildren);
    /// <summary>A child's identity, released only to the provider whose offer was accepted (empty for everyone else).</summary>
    public sealed record ReleasedChildDto(string Name, DateOnly DateOfBirth, string CaseReference);
    public sealed record OfferRequest(int Version, int? HouseholdId, decimal? WeeklyFee, decimal? AdditionalCosts, string? AdditionalCostsDescription, DateOnly? EarliestStart);
    public sealed record DeclineRequest(int Version, string? Reason, string? Details);
    public sealed record VersionRequest(int Version);

    public static RouteGroupBuilder MapCallOffsApi(this RouteGroupBuilder api)
    {
        var brokers = api.MapGroup("/call-offs").WithTags("Call-offs").RequireAuthorization(p => p.RequireRole(Roles.Broker));
        brokers.MapGet("/", async (HearthDb db, CancellationToken ct) => Results.Ok(await db.CallOffs.AsNoTracking().OrderByDescending(c => c.Id).Take(200)
                .Select(c => new { c.Id, c.ReferralId, Status = c.Status.ToString(), c.LotName, c.SentAt, Offers = c.Offers.Count(o => o.Status == OfferStatus.Active) })
                .ToListAsync(ct)))
            .WithName("ListCallOffs").WithSummary("The authority's call-offs, newest first (200).");
        brokers.MapGet("/{id:int}", async (int id, CallOffRecords records, TimeProvider clock, CancellationToken ct) =>
                await records.FindAsync(id, ct) is { } c ? Results.Ok(Dto(c, clock.GetUtcNow())) : NotFound(id))
            .WithName("GetCallOff").WithSummary("A call-off: who was asked, deadlines, answers and offers with their price check.");
        brokers.MapPost("/", async (SendRequest request, CallOffRecords records, TimeProvider clock, CancellationToken ct) =>
            {
                if (await records.ReleasedReferralAsync(request.ReferralId, ct) is not { } referral)
                    throw new DomainException(nameof(SendRequest.ReferralId), "Select a signed-off referral of your authority");
                var callOff = await records.SendAsync(referral, request.FrameworkId, request.LotNumber, request.LotChoiceReason, ct);
                return Results.Created($"/api/v1/call-offs/{callOff.Id}", Dto(callOff, clock.GetUtcNow()));
            })
            .WithName("SendCallOff").WithSummary("Send a signed-off referral to the eligible providers of a lot (after the in-house search outcome is recorded); frameworkId chooses among the frameworks in force (default: the call-off route).");
        brokers.MapGet("/in-house-outcomes/{referralId:int}", async (int referralId, CallOffRecords records, CancellationToken ct) =>
                await records.ReleasedReferralAsync(referralId, ct) is null ? NotFound(referralId)
                    : Results.Ok((await records.InHouseHistoryAsync(referralId, ct)).Select(OutcomeDto)))
            .WithName("InHouseOutcomes").WithSummary("The in-house search outcomes recorded for a referral, latest first.");
        api.MapPost("/call-offs/in-house-outcomes/{referralId:int}", async (int referralId, InHouseOutcomeRequest request, CallOffRecords records,
                OrganisationScope scope, CancellationToken ct) =>
            {
                if (await records.ReleasedReferralAsync(referralId, ct) is not { } referral) return NotFound(referralId);
                if (request.ManagerOverride)
                {
                    if (!Referrals.ReferralAccess.CanSignOff(scope)) return Results.Problem(statusCode: 403, title: "Forbidden", detail: "Only a manager may override the in-house search.");
                    return Results.Ok(OutcomeDto(await records.OverrideInHouseSearchAsync(referral, request.Details, ct)));
                }
                if (!scope.IsInRole(Roles.Broker)) return Results.Problem(statusCode: 403, title: "Forbidden", detail: "Only the placement finding team records the in-house search.");
                var reason = Enum.TryParse<InHouseSearchReason>(request.Reason, true, out var r) && r != InHouseSearchReason.ManagerOverride ? r : (InHouseSearchReason?)null;
                return Results.Ok(OutcomeDto(await records.RecordInHouseOutcomeAsync(referral, reason, request.Details, ct)));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Broker, Roles.SocialWorker)).WithTags("Call-offs")
            .WithName("RecordInHouseOutcome").WithSummary("Record why no in-house carer fits (broker), or a manager's emergency override (ManagerOverride true).");

        var providers = api.MapGroup("/provider/referrals").WithTags("Provider referrals").RequireAuthorization(p => p.RequireRole(Roles.ProviderUser));
        providers.MapGet("/", async (HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                var list = await db.CallOffs.AsNoTracking().Include(c => c.Recipients).Include(c => c.Offers).AsSplitQuery()
                    .OrderByDescending(c => c.Id).Take(200).ToListAsync(ct);
                return Results.Ok(list.Select(c => ProviderDto(c, scope.FilterOrganisationId, clock.GetUtcNow())));
            })
            .WithName("ProviderReferrals").WithSummary("Referrals sent to your organisation, anonymised.");
        providers.MapGet("/{id:int}", async (int id, CallOffRecords records, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
                await FindForProviderAsync(records, scope, id, ct) is { } c
                    ? Results.Ok(ProviderDto(c, scope.FilterOrganisationId, clock.GetUtcNow(), await records.ReleasedChildrenAsync(c, ct)))
                    : NotFound(id))
            .WithName("ProviderReferral").WithSummary("A referral sent to you: the anonymised profile, your deadline and your offer.");
        providers.MapPost("/{id:int}/offer", async (int id, OfferRequest request, CallOffRecords records, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                if (await FindForProviderAsync(records, scope, id, ct) is not { } c) return NotFound(id);
                await records.OfferAsync(c, request.Version, request.HouseholdId, Pounds(request.WeeklyFee, "WeeklyFee"), Pounds(request.AdditionalCosts, "AdditionalCosts"),
                    request.AdditionalCostsDescription, request.EarliestStart, ct);
                return Results.Ok(ProviderDto(c, scope.FilterOrganisationId, clock.GetUtcNow()));
            })
            .WithName("OfferForReferral").WithSummary("Offer (or revise your offer of) one of your households before the deadline.");
        providers.MapPost("/{id:int}/decline", async (int id, DeclineRequest request, CallOffRecords records, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                if (await FindForProviderAsync(records, scope, id, ct) is not { } c) return NotFound(id);
                var reason = Enum.TryParse<DeclineReason>(request.Reason, true, out var r) ? r : (DeclineReason?)null;
                await records.DeclineAsync(c, request.Version, reason, request.Details, ct);
                return Results.Ok(ProviderDto(c, scope.FilterOrganisationId, clock.GetUtcNow()));
            })
            .WithName("DeclineReferral").WithSummary("Decline a referral with a reason from the list and your own words.");
        providers.MapPost("/{id:int}/withdraw", async (int id, VersionRequest request, CallOffRecords records, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                if (await FindForProviderAsync(records, scope, id, ct) is not { } c) return NotFound(id);
                await records.WithdrawAsync(c, request.Version, ct);
                return Results.Ok(ProviderDto(c, scope.FilterOrganisationId, clock.GetUtcNow()));
            })
            .WithName("WithdrawOffer").WithSummary("Withdraw your offer before the deadline.");
        return api;
    }

    /// <summary>A call-off the signed-in provider was asked to answer (the query filter hides any other: 404).</summary>
    public static async Task<CallOff?> FindForProviderAsync(CallOffRecords records, OrganisationScope scope, int id, CancellationToken ct) =>
        scope.IsProvider && await records.FindAsync(id, ct) is { } c && c.WasAsked(scope.FilterOrganisationId) ? c : null;

    private static Money? Pounds(decimal? value, string field)
    {
        if (value is null) return null;
        if (decimal.Round(value.Value, 2) != value.Value) throw new DomainException(field, "Enter an amount in pounds and pence");
        return Money.FromPounds(value.Value);
    }

    public static ProviderReferralDto ProviderDto(CallOff c, int providerId, DateTimeOffset now, IReadOnlyList<Child>? released = null)
    {
        var recipient = c.RecipientFor(providerId);
        var offer = c.Offers.Where(o => o.ProviderId == providerId).OrderByDescending(o => o.Id).FirstOrDefault();
        return new ProviderReferralDto(c.Id, c.Version, recipient?.StatusAt(now).ToString() ?? "", recipient?.AskedAt, recipient?.Deadline,
            recipient?.CanAnswerAt(now) == true && c.Status == CallOffStatus.Open, c.Profile, offer is null ? null : ToOfferDto(offer),
            [.. (released ?? []).Select(ch => new ReleasedChildDto(ch.FullName, ch.DateOfBirth, ch.CaseReference))]);
    }

    private static CallOffDto Dto(CallOff c, DateTimeOffset now) => new(c.Id, c.ReferralId, c.Version, c.Status.ToString(), c.FrameworkId, c.LotNumber, c.LotName, c.SuggestedLotNumber,
        c.LotChoiceReason, c.Rule.ToString(), c.Window.Describe(), c.SentAt, c.SentByName,
        c.Recipients.OrderBy(r => r.Order).Select(r => new RecipientDto(r.ProviderId, r.ProviderName, r.Rank, r.Order, r.StatusAt(now).ToString(),
            r.AskedAt, r.Deadline, r.DeclineReason?.ToString(), r.DeclineDetails.Length == 0 ? null : r.DeclineDetails)).ToList(),
        c.Offers.OrderBy(o => o.Id).Select(ToOfferDto).ToList());

    private static OfferDto ToOfferDto(Offer o) => new(o.Id, o.ProviderId, o.HouseholdId, o.HouseholdReference, o.WeeklyFee.Pounds, o.AdditionalCosts.Pounds,
        o.AdditionalCostsDescription, o.EarliestStart, o.Status.ToString(), o.FrameworkWeeklyPrice?.Pounds, o.DifferenceFromFramework.Pounds, o.IsAbovePrice,
        o.NeedsManagerApproval, o.SubmittedAt);

    private static InHouseOutcomeDto OutcomeDto(InHouseSearchOutcome o) => new(o.Id, o.Reason.ToString(), o.Details, o.RecordedByName, o.RecordedAt);

    private static IResult NotFound(int id) => Results.Problem(statusCode: 404, title: "Not found", detail: $"There is nothing with id {id} that you can see.");
}
