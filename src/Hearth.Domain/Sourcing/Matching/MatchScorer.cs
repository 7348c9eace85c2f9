using System.Globalization;
using System.Numerics;
using Hearth.Domain.Organisations;

namespace Hearth.Domain.Sourcing.Matching;

/// <summary>
/// The explainable match score of a household for a referral (ADR 0016). Hard constraints exclude, each with a reason;
/// seven weighted factors each give points out of their weight with a one-line explanation; the total is out of 100.
/// <see cref="TryTotal"/> is the allocation-free ranking path; <see cref="Score"/> adds the explanations.
/// </summary>
public static class MatchScorer
{
    public const string ApprovalConstraint = "Approval type";
    public const string AgeConstraint = "Age range";
    public const string PlacesConstraint = "Places";
    public const string AreaConstraint = "Area to avoid";
    public const string OfstedConstraint = "Ofsted";
    public const string DistanceConstraint = "Maximum distance";

    public const string NeedsFactor = "Needs";
    public const string DistanceFactor = "Distance";
    public const string CultureFactor = "Language and culture";
    public const string OtherChildrenFactor = "Other children";
    public const string PetsFactor = "Pets";
    public const string StabilityFactor = "Stability";
    public const string PriceFactor = "Price";

    /// <summary>Full distance points up to this many miles.</summary>
    public const double NearMiles = 5;
    /// <summary>No distance points from this many miles.</summary>
    public const double FarMiles = 50;
    /// <summary>Fewer endings than this are too few to judge a record: half the stability points.</summary>
    public const int MinimumEndings = 5;
    /// <summary>An unplanned-ending rate at or above this gives no stability points.</summary>
    public const double WorstUnplannedRate = 0.4;
    /// <summary>A fee this far above the framework price (20%) gives no price points.</summary>
    public const double WorstOverPrice = 0.2;

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>What the factors need from the request, worked out once per request rather than once per candidate.</summary>
    private readonly struct Facts(MatchRequest r)
    {
        public readonly bool LanguageToMatch = !IsEnglishOrNone(r.FirstLanguage.Trim());
        public readonly string Language = r.FirstLanguage.Trim();
        public readonly bool ReligionToMatch = !IsNoReligion(r.Religion.Trim());
        public readonly string Religion = r.Religion.Trim();
    }

    /// <summary>Miles from the child's home and school to the household (null when either end is unknown).</summary>
    private readonly record struct Trip(double? Home, double? School);

    private static Trip MilesFor(MatchRequest r, MatchCandidate c) => c.Location is not { } at ? default
        : new Trip(r.Home is { } h ? h.MilesTo(at) : null, r.School is { } s ? s.MilesTo(at) : null);

    /// <summary>The full, explained score.</summary>
    public static MatchResult Score(MatchRequest request, MatchCandidate candidate, MatchWeights weights)
    {
        Check(request, candidate, weights);
        var exclusions = Exclusions(request, candidate);
        if (exclusions.Count > 0) return new MatchResult(true, exclusions, [], 0);
        var facts = new Facts(request);
        var miles = MilesFor(request, candidate);
        var factors = new MatchFactor[7];
        var total = 0.0;
        for (var i = 0; i < factors.Length; i++)
        {
            var (fraction, explanation) = Factor(i, request, candidate, in facts, miles, explain: true);
            var (name, weight) = NameAndWeight(i, weights);
            var points = Points(weight, fraction);
            total += points;
            factors[i] = new MatchFactor(name, points, weight, explanation!);
        }
        return new MatchResult(false, [], factors, Math.Round(total, 1));
    }

    /// <summary>The total only, without explanations or allocation: false when a hard constraint excludes the candidate.</summary>
    public static bool TryTotal(MatchRequest request, MatchCandidate candidate, MatchWeights weights, out double total)
    {
        Check(request, candidate, weights);
        var facts = new Facts(request);
        return TryTotal(request, candidate, weights, in facts, MilesFor(request, candidate), out total);
    }

    private static bool TryTotal(MatchRequest request, MatchCandidate candidate, MatchWeights weights, in Facts facts, Trip miles, out double total)
    {
        total = 0;
        if (!Passes(request, candidate, miles)) return false;
        for (var i = 0; i < 7; i++)
            total += Points(NameAndWeight(i, weights).Weight, Factor(i, request, candidate, in facts, miles, explain: false).Fraction);
        total = Math.Round(total, 1);
        return true;
    }

    /// <summary>
    /// Scores every candidate and returns how many passed the hard constraints and the best <paramref name="take"/> of
    /// them, best first (total, then reference), each explained in full. Distances are computed once per distinct
    /// household location; only the returned results allocate.
    /// </summary>
    public static MatchRanking Rank(MatchRequest request, IReadOnlyList<MatchCandidate> candidates, MatchWeights weights, int take = 50)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        if (request.ChildAges.Count == 0) throw new ArgumentException("A request has at least one child", nameof(request));
        var facts = new Facts(request);
        var distances = new Dictionary<GeoPoint, Trip>();
        var top = new (int Index, double Total)[take];
        var kept = 0;
        var passed = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var miles = default(Trip);
            if (c.Location is { } at && !distances.TryGetValue(at, out miles))
                distances[at] = miles = MilesFor(request, c);
            if (!TryTotal(request, c, weights, in facts, miles, out var total)) continue;
            passed++;
            if (take == 0 || (kept == take && !Better(total, c, top[kept - 1], candidates))) continue;
            var at2 = kept == take ? take - 1 : kept++;
            while (at2 > 0 && Better(total, c, top[at2 - 1], candidates)) { top[at2] = top[at2 - 1]; at2--; }
            top[at2] = (i, total);
        }
        var list = new (MatchCandidate, MatchResult)[kept];
        for (var i = 0; i < kept; i++) list[i] = (candidates[top[i].Index], Score(request, candidates[top[i].Index], weights));
        return new MatchRanking(passed, list);
    }

    private static bool Better(double total, MatchCandidate c, (int Index, double Total) than, IReadOnlyList<MatchCandidate> candidates) =>
        total > than.Total || (total == than.Total && string.CompareOrdinal(c.Reference, candidates[than.Index].Reference) < 0);

    private static void Check(MatchRequest request, MatchCandidate candidate, MatchWeights weights)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(weights);
        if (request.ChildAges.Count == 0) throw new ArgumentException("A request has at least one child", nameof(request));
    }

    private static double Points(int weight, double fraction) => Math.Round(weight * Math.Clamp(fraction, 0, 1), 1, MidpointRounding.AwayFromZero);

    private static (string Name, int Weight) NameAndWeight(int factor, MatchWeights w) => factor switch
    {
        0 => (NeedsFactor, w.Needs),
        1 => (DistanceFactor, w.Distance),
        2 => (CultureFactor, w.LanguageAndCulture),
        3 => (OtherChildrenFactor, w.OtherChildren),
        4 => (PetsFactor, w.Pets),
        5 => (StabilityFactor, w.Stability),
        _ => (PriceFactor, w.Price),
    };

    private static (double Fraction, string? Explanation) Factor(int factor, MatchRequest r, MatchCandidate c, in Facts facts, Trip miles, bool explain) => factor switch
    {
        0 => Needs(r, c, explain),
        1 => Distance(r, c, miles, explain),
        2 => Culture(r, c, in facts, explain),
        3 => OtherChildren(r, c, explain),
        4 => Pets(r, c, explain),
        5 => Stability(c, explain),
        _ => Price(c, explain),
    };

    /// <summary>True when every hard constraint passes (the ranking path: no allocation, stops at the first failure).</summary>
    private static bool Passes(MatchRequest r, MatchCandidate c, Trip miles)
    {
        if ((c.Approvals & HouseholdApproval.For(r.PlacementType)) == 0) return false;
        var ages = r.ChildAges;
        for (var i = 0; i < ages.Count; i++) if (ages[i] < c.AgeFrom || ages[i] > c.AgeTo) return false;
        if (c.VacantPlaces < ages.Count) return false;
        var avoid = r.AreasToAvoid;
        for (var i = 0; i < avoid.Count; i++) if (string.Equals(avoid[i], c.PostcodeDistrict, StringComparison.OrdinalIgnoreCase)) return false;
        if (!c.InHouse && c.ProviderOfsted == OfstedGrade.Inadequate) return false;
        return !(r.MaximumDistanceMiles is { } max && miles.Home is { } home && home > max);
    }

    /// <summary>Every hard constraint the candidate fails, with its reason (the same rules as <see cref="Passes"/>).</summary>
    private static List<MatchExclusion> Exclusions(MatchRequest r, MatchCandidate c)
    {
        var list = new List<MatchExclusion>();
        var approval = HouseholdApproval.For(r.PlacementType);
        if ((c.Approvals & approval) == 0)
            list.Add(new(ApprovalConstraint, $"Not approved for {HouseholdApproval.Name(approval)} placements (approved for {HouseholdApproval.Names(c.Approvals)})"));
        var outside = r.ChildAges.Where(a => a < c.AgeFrom || a > c.AgeTo).Select(a => a.ToString(Uk)).ToList();
        if (outside.Count > 0)
            list.Add(new(AgeConstraint, $"Approved for ages {c.AgeFrom} to {c.AgeTo}: " + (outside.Count == 1
                ? $"the child aged {outside[0]} is outside that range"
                : $"children aged {string.Join(" and ", outside)} are outside that range")));
        var children = r.ChildAges.Count;
        if (c.VacantPlaces < children)
            list.Add(new(PlacesConstraint, children == 1 ? "No vacant place"
                : $"{(c.VacantPlaces == 0 ? "No" : c.VacantPlaces.ToString(Uk))} vacant place{(c.VacantPlaces == 1 ? "" : "s")} for {children} children to be placed together"));
        if (r.AreasToAvoid.Any(a => string.Equals(a, c.PostcodeDistrict, StringComparison.OrdinalIgnoreCase)))
            list.Add(new(AreaConstraint, $"In {c.PostcodeDistrict}, an area to avoid for safeguarding"));
        if (!c.InHouse && c.ProviderOfsted == OfstedGrade.Inadequate)
            list.Add(new(OfstedConstraint, "The provider's Ofsted grade is Inadequate"));
        if (r.MaximumDistanceMiles is { } max && r.Home is { } home && c.Location is { } at && home.MilesTo(at) > max)
            list.Add(new(DistanceConstraint, $"{Miles(home.MilesTo(at))} miles from home, more than the {max}-mile maximum"));
        return list;
    }

    private static (double, string?) Needs(MatchRequest r, MatchCandidate c, bool explain)
    {
        var needed = r.SkillsNeeded;
        if (needed == HouseholdSkills.None) return (1, explain ? "No particular skills needed" : null);
        var n = BitOperations.PopCount((uint)needed);
        var covered = BitOperations.PopCount((uint)(needed & c.Skills));
        var fraction = (double)covered / n;
        if (!explain) return (fraction, null);
        return (fraction, covered == n
            ? $"Covers {(n == 1 ? "the need" : $"all {n} needs")}: {HouseholdSkill.Names(needed)}"
            : $"Covers {covered} of {n} needs; missing {HouseholdSkill.Names(needed & ~c.Skills)}");
    }

    /// <summary>1 up to <see cref="NearMiles"/>, falling in a straight line to 0 at <see cref="FarMiles"/>.</summary>
    public static double DistanceFraction(double miles) =>
        miles <= NearMiles ? 1 : miles >= FarMiles ? 0 : (FarMiles - miles) / (FarMiles - NearMiles);

    /// <summary>
    /// True when the referral asks for the child to stay in the authority's area, the authority has set its area and the
    /// household's district is not in it (ADR 0022): the distance factor then gives no points, whatever the miles.
    /// </summary>
    public static bool OutOfArea(MatchRequest r, MatchCandidate c)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(c);
        return r.StayInArea && r.AreaDistricts.Count > 0 && !r.AreaDistricts.Contains(c.PostcodeDistrict);
    }

    private static (double, string?) Distance(MatchRequest r, MatchCandidate c, Trip m, bool explain)
    {
        if (OutOfArea(r, c))
        {
            if (!explain) return (0, null);
            var where = c.PostcodeDistrict.Length == 0 ? "No postcode district, so not known to be" : $"{c.PostcodeDistrict} is";
            var miles = new List<string>(2);
            if (m.Home is { } oh) miles.Add($"{Miles(oh)} miles from home");
            if (m.School is { } os) miles.Add($"{Miles(os)} miles from school");
            return (0, $"{where} outside the authority's area, and the child should stay in the area (no distance points)"
                + (miles.Count > 0 ? "; " + string.Join(", ", miles) : ""));
        }
        if (c.Location is not { } at)
            return (0.5, explain ? $"Distance unknown: no centroid for {(c.PostcodeDistrict.Length == 0 ? "the household's district" : c.PostcodeDistrict)} (half points)" : null);
        if (r.Home is null && r.School is null)
            return (0.5, explain ? "Distance unknown: the child's home district is not known (half points)" : null);
        _ = at;
        var home = m.Home;
        var school = m.School;
        var fraction = home is { } hm && school is { } sm ? (DistanceFraction(hm) + DistanceFraction(sm)) / 2
            : DistanceFraction(home ?? school!.Value);
        if (!explain) return (fraction, null);
        var parts = new List<string>(2);
        if (home is { } hx) parts.Add($"{Miles(hx)} miles from home");
        if (school is { } sx) parts.Add($"{Miles(sx)} miles from school");
        return (fraction, string.Join(", ", parts) + $" ({c.PostcodeDistrict}{(r.StayInArea && r.AreaDistricts.Count > 0 ? ", in the authority's area" : "")})");
    }

    private static bool IsEnglishOrNone(string language) =>
        language.Length == 0 || language.Equals("English", StringComparison.OrdinalIgnoreCase) || language.Equals("ENG", StringComparison.OrdinalIgnoreCase);

    private static bool IsNoReligion(string religion) =>
        religion.Length == 0 || religion.Equals("None", StringComparison.OrdinalIgnoreCase) || religion.Equals("No religion", StringComparison.OrdinalIgnoreCase)
        || religion.Equals("Not known", StringComparison.OrdinalIgnoreCase);

    private static (double, string?) Culture(MatchRequest r, MatchCandidate c, in Facts f, bool explain)
    {
        var language = f.Language;
        var languageMet = !f.LanguageToMatch;
        if (!languageMet)
            for (var i = 0; i < c.Languages.Count && !languageMet; i++)
                languageMet = c.Languages[i].Equals(language, StringComparison.OrdinalIgnoreCase);
        var religion = f.Religion;
        var religionMet = !f.ReligionToMatch || religion.Equals(c.Religion.Trim(), StringComparison.OrdinalIgnoreCase);
        var religionFraction = religionMet ? 1 : r.CulturalNeedsRequired ? 0 : 0.5;
        var fraction = ((languageMet ? 1 : 0) + religionFraction) / 2;
        if (!explain) return (fraction, null);
        var languageText = IsEnglishOrNone(language) ? "No other first language to match"
            : languageMet ? $"Speaks {language}" : $"Does not speak {language}";
        var religionText = IsNoReligion(religion) ? "no religion to match"
            : religionMet ? $"{religion} household"
            : $"not a {religion} household{(r.CulturalNeedsRequired ? " (cultural needs required)" : "")}";
        return (fraction, $"{languageText}; {religionText}");
    }

    private static (double, string?) OtherChildren(MatchRequest r, MatchCandidate c, bool explain)
    {
        var others = c.OtherChildrenAges;
        var n = others.Count;
        switch (r.LivingAlongside)
        {
            case LivingAlongside.SoloPlacement:
                return (n == 0 ? 1 : 0, !explain ? null : n == 0
                    ? "No other children, as the child needs a solo placement"
                    : $"{n} other {(n == 1 ? "child" : "children")}; the child needs a solo placement");
            case LivingAlongside.OnlyOlderChildren or LivingAlongside.OnlyYoungerChildren:
            {
                var older = r.LivingAlongside == LivingAlongside.OnlyOlderChildren;
                var pivot = older ? int.MinValue : int.MaxValue;
                for (var i = 0; i < r.ChildAges.Count; i++) pivot = older ? Math.Max(pivot, r.ChildAges[i]) : Math.Min(pivot, r.ChildAges[i]);
                var fitting = 0;
                for (var i = 0; i < n; i++) if (older ? others[i] > pivot : others[i] < pivot) fitting++;
                var word = older ? "older" : "younger";
                if (n == 0) return (1, explain ? $"No other children (the child can live only with {word} children)" : null);
                return ((double)fitting / n, explain ? $"{fitting} of {n} other {(n == 1 ? "child is" : "children are")} {word}, as the child needs" : null);
            }
            default:
                return (1, explain ? $"{(n == 0 ? "No" : n.ToString(Uk))} other {(n == 1 ? "child" : "children")}; the child can live with other children" : null);
        }
    }

    private static (double, string?) Pets(MatchRequest r, MatchCandidate c, bool explain) => (r.Pets, c.HasPets) switch
    {
        (PetsTolerance.YesMust, true) => (1, explain ? "Has pets, as the child needs" : null),
        (PetsTolerance.YesMust, false) => (0, explain ? "No pets; the child needs to live with pets" : null),
        (PetsTolerance.No, true) => (0, explain ? "Has pets; the child cannot live with pets" : null),
        (PetsTolerance.No, false) => (1, explain ? "No pets, as the child needs" : null),
        (PetsTolerance.NotKnown, true) => (0.5, explain ? "Has pets; whether the child can live with pets is not known (half points)" : null),
        (_, var pets) => (1, explain ? (pets ? "Has pets; the child can live with pets" : "No pets") : null),
    };

    private static (double, string?) Stability(MatchCandidate c, bool explain)
    {
        var owner = c.InHouse ? "In-house" : "The provider's";
        if (c.EndingsCount < MinimumEndings)
            return (0.5, explain ? $"{owner} record: {c.EndingsCount} ending{(c.EndingsCount == 1 ? "" : "s")}, too few to judge (half points)" : null);
        var rate = (double)c.UnplannedEndingsCount / c.EndingsCount;
        var fraction = 1 - rate / WorstUnplannedRate;
        return (fraction, explain ? $"{owner} record: {rate.ToString("P0", Uk)} of {c.EndingsCount:N0} endings unplanned" : null);
    }

    private static (double, string?) Price(MatchCandidate c, bool explain)
    {
        if (c.OfferedWeeklyFee is not { } fee)
            return (1, explain ? (c.InHouse ? "In-house: no fee to compare with a band" : "No fee offered yet") : null);
        if (c.FrameworkWeeklyPrice is not { } band || band.Pence <= 0)
            return (0.5, explain ? $"{fee} a week; no framework price to compare (half points)" : null);
        if (fee.Pence <= band.Pence) return (1, explain ? $"{fee} a week, within the framework price of {band}" : null);
        var over = (double)(fee.Pence - band.Pence) / band.Pence;
        return (1 - over / WorstOverPrice, explain ? $"{fee} a week, {over.ToString("P0", Uk)} above the framework price of {band}" : null);
    }

    private static string Miles(double miles) => miles.ToString("0.0", Uk);
}
