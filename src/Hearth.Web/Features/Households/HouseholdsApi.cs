using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Households;

/// <summary>The vacancy register over the API, with the same scoping and the same domain methods as the pages.</summary>
public static class HouseholdsApi
{
    public sealed record HouseholdDto(int Id, string Reference, string PostcodeDistrict, string Approvals, int AgeFrom, int AgeTo,
        int ApprovedPlaces, int VacantPlaces, string Skills, IReadOnlyList<string> Languages, string Religion, bool HasPets,
        IReadOnlyList<int> OtherChildrenAges, DateOnly? ConfirmedOn, bool Stale, int Version);

    /// <summary>Approvals and skills are comma-separated flag names, e.g. "ShortTerm, LongTerm" and "SelfHarm, Uasc".</summary>
    public sealed record HouseholdUpdate(string Approvals, int ApprovedPlaces, int VacantPlaces, int AgeFrom, int AgeTo, string? Skills,
        string? Languages, string? Religion, bool HasPets, string? OtherChildrenAges, string PostcodeDistrict, int Version);

    /// <summary>A new household: the owner is always the signed-in organisation. Vacant places default to the approved places.</summary>
    public sealed record HouseholdCreate(string Reference, string Approvals, int ApprovedPlaces, int? VacantPlaces, int AgeFrom, int AgeTo, string? Skills,
        string? Languages, string? Religion, bool HasPets, string? OtherChildrenAges, string PostcodeDistrict);

    public sealed record ConfirmRequest(IReadOnlyList<int> HouseholdIds);
    public sealed record ConfirmResult(int Confirmed);

    public static RouteGroupBuilder MapHouseholdsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/households").WithTags("Vacancy register").RequireAuthorization(p => p.RequireRole(HouseholdRegister.Keepers.Split(',')));
        group.MapGet("/", async (HearthDb db, TimeProvider clock, bool? stale, int? page, CancellationToken ct) =>
            {
                var today = London.Today(clock);
                var number = Math.Max(1, page ?? 1);
                var list = await HouseholdRegister.Query(db, stale == true, false, today).OrderBy(h => h.Reference).Skip((number - 1) * 100).Take(100).ToListAsync(ct);
                return TypedResults.Ok(list.Select(h => Dto(h, today)));
            })
            .WithName("ListHouseholds").WithSummary("Your organisation's carer households, 100 a page; stale=true for those not confirmed for 30 days.");
        group.MapGet("/{id:int}", async Task<Results<Ok<HouseholdDto>, ProblemHttpResult>> (int id, HearthDb db, TimeProvider clock, CancellationToken ct) =>
                await HouseholdRegister.FindAsync(db, id, ct) is { } h ? TypedResults.Ok(Dto(h, London.Today(clock))) : NotFound(id))
            .WithName("GetHousehold");
        group.MapPut("/{id:int}", async Task<Results<Ok<HouseholdDto>, ProblemHttpResult>> (int id, HouseholdUpdate body, HearthDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var today = London.Today(clock);
                var profile = new HouseholdProfile(ParseFlags<HouseholdApprovals>(body.Approvals, nameof(CarerHousehold.Approvals)), body.ApprovedPlaces,
                    body.VacantPlaces, body.AgeFrom, body.AgeTo, ParseFlags<HouseholdSkills>(body.Skills, nameof(CarerHousehold.Skills)), body.Languages,
                    body.Religion, body.HasPets, body.OtherChildrenAges, body.PostcodeDistrict);
                var h = await HouseholdRegister.UpdateAsync(db, id, profile, body.Version, today, ct);
                return h is null ? NotFound(id) : TypedResults.Ok(Dto(h, today));
            })
            .WithName("UpdateHousehold").WithSummary("Update a household's register entry; saving confirms its vacancies today. Send the version you read (409 if it changed).");
        group.MapPost("/", async Task<Created<HouseholdDto>> (HouseholdCreate body, HearthDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var today = London.Today(clock);
                var profile = new HouseholdProfile(ParseFlags<HouseholdApprovals>(body.Approvals, nameof(CarerHousehold.Approvals)), body.ApprovedPlaces,
                    body.VacantPlaces ?? body.ApprovedPlaces, body.AgeFrom, body.AgeTo, ParseFlags<HouseholdSkills>(body.Skills, nameof(CarerHousehold.Skills)),
                    body.Languages, body.Religion, body.HasPets, body.OtherChildrenAges, body.PostcodeDistrict);
                var h = await HouseholdRegister.AddAsync(db, body.Reference, profile, today, ct);
                return TypedResults.Created($"/api/v1/households/{h.Id}", Dto(h, today));
            })
            .WithName("AddHousehold")
            .WithSummary("Add a household to your organisation's register (201 with its location); 422 for bad input or a reference you already use.");
        group.MapPost("/confirm", async Task<Results<Ok<ConfirmResult>, ProblemHttpResult>> (ConfirmRequest body, HearthDb db, TimeProvider clock, CancellationToken ct) =>
                await HouseholdRegister.ConfirmAsync(db, body.HouseholdIds ?? [], London.Today(clock), ct) is { } count
                    ? TypedResults.Ok(new ConfirmResult(count))
                    : TypedResults.Problem(statusCode: 404, title: "Not found", detail: "One or more of those households is not one you can see: nothing was confirmed."))
            .WithName("ConfirmHouseholds").WithSummary("Confirm that the listed households' vacancies are current (all or nothing: 404 if any id is not yours).");
        return api;
    }

    private static T ParseFlags<T>(string? text, string field) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return default;
        return Enum.TryParse<T>(text, ignoreCase: true, out var value) && !text.Any(char.IsDigit)
            ? value : throw new DomainException(field, $"'{text}' is not a list of {typeof(T).Name} names");
    }

    private static HouseholdDto Dto(CarerHousehold h, DateOnly today) => new(h.Id, h.Reference, h.PostcodeDistrict, h.Approvals.ToString(),
        h.AgeFrom, h.AgeTo, h.ApprovedPlaces, h.VacantPlaces, h.Skills.ToString(), h.LanguageList, h.Religion, h.HasPets, h.OtherChildrenAgeList,
        h.ConfirmedOn, h.IsStale(today), h.Version);

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no household {id} that you can see.");
}
