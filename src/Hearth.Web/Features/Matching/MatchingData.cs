using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Matching;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Matching;

/// <summary>The broker's own filters on an in-house search (all optional); they narrow the households before scoring.</summary>
public sealed record InHouseFilters(PlacementTypeSought? PlacementType = null, int? Age = null, int? MinimumVacantPlaces = null,
    HouseholdSkills Skills = HouseholdSkills.None, int? MaximumMiles = null);

/// <summary>One scored household with its distance from the child's home (null when unknown).</summary>
public sealed record MatchRow(MatchCandidate Candidate, MatchResult Result, double? HomeMiles);

public sealed record InHouseSearch(Referral Referral, MatchRequest Request, MatchWeights Weights, IReadOnlyList<MatchRow> Ranked,
    IReadOnlyList<MatchRow> Excluded, int FilteredOut, int Households);

/// <summary>Loads what the scorer needs from the database; the page and the API both call <see cref="InHouseAsync"/>.</summary>
public static class MatchingData
{
    public static async Task<MatchWeights> WeightsAsync(HearthDb db, int authorityId, CancellationToken ct) =>
        (await db.MatchWeights.AsNoTracking().SingleOrDefaultAsync(w => w.AuthorityId == authorityId, ct))?.Weights ?? MatchWeights.Default;

    /// <summary>
    /// Scores the referral's authority's own households against a signed-off referral. Null when the referral is not
    /// visible; a referral not yet signed off is refused (DomainException on Status).
    /// </summary>
    public static async Task<InHouseSearch?> InHouseAsync(HearthDb db, int referralId, InHouseFilters filters, DateOnly today, CancellationToken ct)
    {
        if (!db.Scope.IsAuthority) return null;
        var referral = await db.Referrals.AsNoTracking().Include(r => r.Children).SingleOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is null) return null;
        if (referral.Status != ReferralStatus.SignedOff)
            throw new DomainException(nameof(Referral.Status), "Search for a placement once the referral has been signed off");
        var (request, centroidOf) = await RequestAsync(db, referral, today, ct);
        if (filters.PlacementType is { } type) request = request with { PlacementType = type };
        if (filters.MaximumMiles is { } miles) request = request with { MaximumDistanceMiles = miles };
        var weights = await WeightsAsync(db, referral.AuthorityId, ct);

        var endings = await db.VisiblePlacements.Where(p => p.Route == PlacementRoute.InHouse && p.EndDate != null)
            .GroupBy(_ => 1).Select(g => new { All = g.Count(), Unplanned = g.Count(p => p.EndPlanned == false) }).SingleOrDefaultAsync(ct);
        var households = await db.CarerHouseholds.AsNoTracking().Where(h => h.OwnerOrganisationId == referral.AuthorityId).ToListAsync(ct);
        var candidates = households.Select(h => CandidateFor(h, centroidOf, today, endings?.All ?? 0, endings?.Unplanned ?? 0)).ToList();

        var kept = candidates.Where(c => (filters.Age is not { } age || (age >= c.AgeFrom && age <= c.AgeTo))
            && (filters.MinimumVacantPlaces is not { } min || c.VacantPlaces >= min)
            && (c.Skills & filters.Skills) == filters.Skills).ToList();
        var ranked = new List<MatchRow>();
        var excluded = new List<MatchRow>();
        foreach (var c in kept)
        {
            var result = MatchScorer.Score(request, c, weights);
            var row = new MatchRow(c, result, request.Home is { } home && c.Location is { } at ? home.MilesTo(at) : null);
            (result.Excluded ? excluded : ranked).Add(row);
        }
        ranked.Sort((a, b) => b.Result.Total != a.Result.Total ? b.Result.Total.CompareTo(a.Result.Total)
            : string.CompareOrdinal(a.Candidate.Reference, b.Candidate.Reference));
        excluded.Sort((a, b) => string.CompareOrdinal(a.Candidate.Reference, b.Candidate.Reference));
        return new InHouseSearch(referral, request, weights, ranked, excluded, candidates.Count - kept.Count, candidates.Count);
    }

    /// <summary>
    /// The scorer's request for a referral (its children loaded in the referral's order) and the centroid lookup used for it:
    /// shared by the in-house search, the selection options and the offers' scores. It carries the referral's authority's area.
    /// </summary>
    public static async Task<(MatchRequest Request, Func<string, GeoPoint?> CentroidOf)> RequestAsync(HearthDb db, Referral referral, DateOnly today,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var ids = referral.Children.Select(c => c.ChildId).ToList();
        var children = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        children = [.. ids.Select(id => children.Single(c => c.Id == id))];
        var centroids = await DistrictCentroids.AllAsync(db, ct);
        GeoPoint? At(string district) => centroids.TryGetValue(district, out var p) ? p : null;
        var area = await Admin.Matching.AuthorityArea.DistrictsAsync(db, referral.AuthorityId, ct);
        return (MatchNeeds.RequestFor(referral, children, At, today, area), At);
    }

    /// <summary>
    /// A household as a candidate. Vacant places are the register's vacancies less any places already committed by a
    /// decision (ADR 0018). For a provider's household pass its Ofsted grade and, for an offer, the fees.
    /// </summary>
    public static MatchCandidate CandidateFor(CarerHousehold h, Func<string, GeoPoint?> centroidOf, DateOnly today, int endings, int unplannedEndings,
        bool inHouse = true, OfstedGrade? providerOfsted = null, Money? offeredWeeklyFee = null, Money? frameworkWeeklyPrice = null)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(centroidOf);
        var freshSince = CarerHousehold.FreshSince(today);
        return new MatchCandidate
        {
            HouseholdId = h.Id, Reference = h.Reference, OwnerOrganisationId = h.OwnerOrganisationId, InHouse = inHouse,
            Approvals = h.Approvals, AgeFrom = h.AgeFrom, AgeTo = h.AgeTo, VacantPlaces = Math.Min(h.VacantPlaces, h.FreePlaces), Skills = h.Skills,
            Languages = h.LanguageList, Religion = h.Religion, HasPets = h.HasPets, OtherChildrenAges = h.OtherChildrenAgeList,
            PostcodeDistrict = h.PostcodeDistrict, Location = centroidOf(h.PostcodeDistrict), Stale = h.ConfirmedOn is null || h.ConfirmedOn < freshSince,
            ProviderOfsted = providerOfsted, EndingsCount = endings, UnplannedEndingsCount = unplannedEndings,
            OfferedWeeklyFee = offeredWeeklyFee, FrameworkWeeklyPrice = frameworkWeeklyPrice,
        };
    }
}
