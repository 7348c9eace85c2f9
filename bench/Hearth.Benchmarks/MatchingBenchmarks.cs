using BenchmarkDotNet.Attributes;
using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Matching;
using Hearth.Web.Features.Matching;

namespace Hearth.Benchmarks;

/// <summary>
/// Ranks the national generator's 50,000 carer households (in-house and providers') against one referral with
/// <see cref="MatchScorer.Rank"/> (every hard constraint and factor, the top 50 explained), beside a bare linear scan of
/// the same candidates that only tests approval, age and places, and the allocation-free totals alone.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private MatchCandidate[] _candidates = [];
    private MatchRequest _request = null!;
    private readonly MatchWeights _weights = MatchWeights.Default;

    [GlobalSetup]
    public void Setup()
    {
        var (households, authorities, providers) = new NationalDataGenerator(20260401, 1.0).GenerateHouseholds();
        var rng = new Random(20220401);
        var shipped = DistrictCentroids.Shipped;
        var languages = new[] { "Polish", "Urdu", "Arabic", "Romanian", "Bengali" };
        _candidates = new MatchCandidate[households.Length];
        for (var i = 0; i < households.Length; i++)
        {
            var h = households[i];
            var inHouse = h.OwnerOrganisationId <= authorities.Count;
            var skills = (HouseholdSkills)(rng.Next(0, 8192) & rng.Next(0, 8192));
            var others = Enumerable.Range(0, rng.Next(0, 3)).Select(_ => rng.Next(0, 18)).ToArray();
            _candidates[i] = new MatchCandidate
            {
                HouseholdId = i + 1, Reference = h.Reference, OwnerOrganisationId = h.OwnerOrganisationId, InHouse = inHouse,
                Approvals = HouseholdApprovals.ShortTerm | (rng.Next(100) < 70 ? HouseholdApprovals.LongTerm : 0) | (rng.Next(100) < 25 ? HouseholdApprovals.Emergency : 0),
                AgeFrom = h.AgeFrom, AgeTo = h.AgeTo, VacantPlaces = rng.Next(0, h.ApprovedPlaces + 1), Skills = skills,
                Languages = rng.Next(100) < 15 ? [languages[rng.Next(languages.Length)]] : [], Religion = rng.Next(100) < 40 ? "Christian" : "",
                HasPets = rng.Next(100) < 45, OtherChildrenAges = others, PostcodeDistrict = h.PostcodeDistrict,
                Location = shipped.TryGetValue(h.PostcodeDistrict, out var p) ? p : Synthetic(h.PostcodeDistrict), Stale = rng.Next(100) < 30,
                ProviderOfsted = inHouse ? null : providers[h.OwnerOrganisationId - authorities.Count - 1].OfstedGrade,
                EndingsCount = rng.Next(0, 200), UnplannedEndingsCount = rng.Next(0, 30),
            };
        }
        _request = new MatchRequest
        {
            PlacementType = PlacementTypeSought.ShortTerm, ChildAges = [9], SkillsNeeded = HouseholdSkills.SelfHarm | HouseholdSkills.TraumaInformed,
            AreasToAvoid = ["ME4", "ME5"], Home = shipped["ME14"], School = shipped["ME16"], FirstLanguage = "Polish", Religion = "Christian",
            LivingAlongside = LivingAlongside.OnlyYoungerChildren, Pets = PetsTolerance.NotKnown,
            // Stay in Kent's area (ADR 0022): households outside it get no distance points, so the area test runs for all.
            StayInArea = true, AreaDistricts = new HashSet<string>(Hearth.Web.Data.Demo.DemoAreas.Kent, StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>A district outside the shipped list gets a made-up but stable point in England (hash of its name).</summary>
    private static GeoPoint Synthetic(string district)
    {
        var hash = 2166136261u; // FNV-1a: stable across runs, unlike string.GetHashCode
        foreach (var ch in district) hash = (hash ^ ch) * 16777619u;
        return new GeoPoint(50.5 + hash % 4000 / 1000.0, -3 + (hash / 4000) % 4000 / 1000.0);
    }

    [Benchmark(Baseline = true)]
    public int LinearScan()
    {
        var count = 0;
        var approval = HouseholdApproval.For(_request.PlacementType);
        var age = _request.ChildAges[0];
        foreach (var c in _candidates)
            if ((c.Approvals & approval) != 0 && age >= c.AgeFrom && age <= c.AgeTo && c.VacantPlaces >= 1) count++;
        return count;
    }

    [Benchmark]
    public double TotalsOnly()
    {
        var sum = 0.0;
        foreach (var c in _candidates)
            if (MatchScorer.TryTotal(_request, c, _weights, out var total)) sum += total;
        return sum;
    }

    [Benchmark]
    public int RankAndExplainTop50() => MatchScorer.Rank(_request, _candidates, _weights, take: 50).Passed;
}
