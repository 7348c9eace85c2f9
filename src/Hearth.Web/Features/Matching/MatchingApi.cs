using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Matching;
using Hearth.Web.Data;
using Hearth.Web.Platform;

namespace Hearth.Web.Features.Matching;

/// <summary>The in-house search over the API: the same scoring and the same data as the page.</summary>
public static class MatchingApi
{
    public sealed record FactorDto(string Name, double Points, int MaxPoints, string Explanation);
    public sealed record ExclusionDto(string Constraint, string Reason);
    public sealed record MatchDto(int HouseholdId, string Reference, string PostcodeDistrict, double? MilesFromHome, bool Stale, double Total,
        IReadOnlyList<FactorDto> Factors, IReadOnlyList<ExclusionDto> Exclusions);
    public sealed record MatchesDto(int ReferralId, IReadOnlyDictionary<string, int> Weights, int Households, int FilteredOut,
        IReadOnlyList<MatchDto> Ranked, IReadOnlyList<MatchDto> Excluded);

    public static RouteGroupBuilder MapMatchingApi(this RouteGroupBuilder api)
    {
        api.MapGet("/referrals/{id:int}/in-house-matches", async (int id, HearthDb db, TimeProvider clock, PlacementTypeSought? placementType,
                int? age, int? minimumVacantPlaces, string? skills, int? maximumMiles, CancellationToken ct) =>
            {
                var skillFlags = string.IsNullOrWhiteSpace(skills) ? HouseholdSkills.None
                    : Enum.TryParse<HouseholdSkills>(skills, true, out var s) && !skills.Any(char.IsDigit) ? s
                    : throw new DomainException("Skills", $"'{skills}' is not a list of skill names");
                var search = await MatchingData.InHouseAsync(db, id, new InHouseFilters(placementType, age, minimumVacantPlaces, skillFlags, maximumMiles),
                    London.Today(clock), ct);
                if (search is null)
                    return Results.Problem(statusCode: 404, title: "Not found", detail: $"There is no referral {id} that you can see.");
                var w = search.Weights;
                return Results.Ok(new MatchesDto(id, new Dictionary<string, int>
                    {
                        [MatchScorer.NeedsFactor] = w.Needs, [MatchScorer.DistanceFactor] = w.Distance, [MatchScorer.CultureFactor] = w.LanguageAndCulture,
                        [MatchScorer.OtherChildrenFactor] = w.OtherChildren, [MatchScorer.PetsFactor] = w.Pets, [MatchScorer.StabilityFactor] = w.Stability,
                        [MatchScorer.PriceFactor] = w.Price,
                    }, search.Households, search.FilteredOut, [.. search.Ranked.Select(Dto)], [.. search.Excluded.Select(Dto)]));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Broker))
            .WithTags("Matching").WithName("InHouseMatches")
            .WithSummary("Score the authority's own carer households against a signed-off referral: ranked with each factor's points, and excluded with reasons.");
        return api;
    }

    private static MatchDto Dto(MatchRow r) => new(r.Candidate.HouseholdId, r.Candidate.Reference, r.Candidate.PostcodeDistrict,
        r.HomeMiles is { } m ? Math.Round(m, 1) : null, r.Candidate.Stale, r.Result.Total,
        [.. r.Result.Factors.Select(f => new FactorDto(f.Name, f.Points, f.MaxPoints, f.Explanation))],
        [.. r.Result.Exclusions.Select(e => new ExclusionDto(e.Constraint, e.Reason))]);
}
