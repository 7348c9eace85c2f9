using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing;

namespace Hearth.Benchmarks;

/// <summary>
/// Builds a national-scale, entirely invented data set: 153 authorities in the nine English regions (Kent and Medway are
/// two of them, as in the demo data), 400 independent fostering providers, regional framework agreements (three
/// generations per region), 50,000 carer households (60% the authorities' own, 40% the providers') and 1,000,000
/// placements, each with its child, started from January 2018 up to <see cref="AsOf"/>, with one to three fee periods.
/// Deterministic: the same seed and scale give the same data, row for row (one seeded <see cref="Random"/>, drawn in a
/// fixed order, and a fixed as-of date rather than today).
/// </summary>
internal sealed class NationalDataGenerator(int seed, double scale)
{
    /// <summary>The "today" of the generated data: placements start before it, and those still running are open.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 1);

    public const int AuthorityCount = 153;
    public const int ProviderCount = 400;
    public const int HouseholdCount = 50_000;
    public const int PlacementCount = 1_000_000;
    public const double InHouseHouseholdShare = 0.6;

    private static readonly DateOnly FirstStart = new(2018, 1, 1);

    private static readonly (DateOnly Start, DateOnly End, ProcurementRegime Regime)[] FrameworkGenerations =
    [
        (new(2017, 4, 1), new(2021, 3, 31), ProcurementRegime.Pcr2015LightTouch),
        (new(2021, 4, 1), new(2025, 3, 31), ProcurementRegime.Pcr2015LightTouch),
        (new(2025, 4, 1), new(2029, 3, 31), ProcurementRegime.Pa2023ClosedFramework),
    ];

    private readonly Random _rng = new(seed);
    private readonly HashSet<string> _organisationNames = new(StringComparer.OrdinalIgnoreCase);

    public int PlacementTarget => Math.Max(1, (int)Math.Round(PlacementCount * scale));

    public int HouseholdTarget => Math.Max(2, (int)Math.Round(HouseholdCount * scale));

    /// <summary>
    /// Only the carer households (with the authorities and providers they belong to), drawn exactly as
    /// <see cref="Generate"/> draws them, without the million placements: for benchmarks of matching.
    /// </summary>
    public (CarerHousehold[] Households, List<Authority> Authorities, List<Provider> Providers) GenerateHouseholds()
    {
        var (authorities, authorityRegion, authorityWeight, authorityArea) = CreateAuthorities();
        var (providers, providerRegion, providerWeight) = CreateProviders();
        var providerIdBase = authorities.Count + 1;
        _ = CreateFrameworks(authorities, authorityRegion, providerRegion, providerIdBase);
        var (households, _) = CreateHouseholds(authorities, authorityWeight, authorityArea, providers,
            providerWeight, providerRegion, authorityRegion, providerIdBase);
        return (households, authorities, providers);
    }

    public NationalDataSet Generate(Action<string>? progress = null)
    {
        var (authorities, authorityRegion, authorityWeight, authorityArea) = CreateAuthorities();
        var (providers, providerRegion, providerWeight) = CreateProviders();
        var providerIdBase = authorities.Count + 1;
        var frameworks = CreateFrameworks(authorities, authorityRegion, providerRegion, providerIdBase);
        progress?.Invoke($"{authorities.Count} authorities, {providers.Count} providers, {frameworks.Count} frameworks");

        var (households, householdsByOwner) = CreateHouseholds(authorities, authorityWeight, authorityArea, providers,
            providerWeight, providerRegion, authorityRegion, providerIdBase);
        progress?.Invoke($"{households.Length:N0} carer households");

        var (children, placements) = CreatePlacements(authorities, authorityRegion, authorityWeight, authorityArea,
            providerRegion, providerIdBase, frameworks, householdsByOwner, progress);
        return new NationalDataSet
        {
            Authorities = authorities, Providers = providers, Frameworks = frameworks.Select(f => f.Framework).ToList(),
            Households = households, Children = children, Placements = placements,
        };
    }

    private (List<Authority>, int[] Region, double[] Weight, string[] Area) CreateAuthorities()
    {
        var authorities = new List<Authority>(AuthorityCount);
        var regions = new List<int>(AuthorityCount);
        var weights = new List<double>(AuthorityCount);
        var nextUnitary = 101;
        var nextCounty = 101;
        for (var r = 0; r < NationalNames.Regions.Length; r++)
        {
            var (_, code, count) = NationalNames.Regions[r];
            for (var k = 0; k < count; k++)
            {
                Authority authority;
                double weight;
                if (code == "SE" && k == 0)
                {
                    authority = Authority.Create("Kent County Council", "Kent", "E10000016", 81, "#0b4f6c");
                    weight = 4.0;
                }
                else if (code == "SE" && k == 1)
                {
                    authority = Authority.Create("Medway Council", "Medway", "E06000035", 22, "#1d4b2c");
                    weight = 0.9;
                }
                else
                {
                    var county = code != "LN" && _rng.Next(100) < 14;
                    var place = UniquePlace(county ? " County Council" : " Council");
                    authority = Authority.Create(
                        county ? $"{place} County Council" : $"{place} Council", place,
                        county ? $"E10000{nextCounty++:D3}" : $"E06000{nextUnitary++:D3}",
                        county ? _rng.Next(50, 90) : _rng.Next(20, 70),
                        $"#{_rng.Next(0x1000000):x6}");
                    weight = LogNormal(0.5) * (county ? 2.5 : code == "LN" ? 0.7 : 1.0);
                }
                _organisationNames.Add(authority.Name);
                authorities.Add(authority);
                regions.Add(r);
                weights.Add(weight);
            }
        }

        // Invented two-letter postcode areas, one per authority (Kent and Medway keep their real ones).
        var areas = new string[authorities.Count];
        for (var i = 0; i < areas.Length; i++)
            areas[i] = i switch { _ when authorities[i].ShortName == "Kent" => "CT", _ when authorities[i].ShortName == "Medway" => "ME",
                _ => $"{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)}" };
        return (authorities, regions.ToArray(), weights.ToArray(), areas);
    }

    private (List<Provider>, int[] Region, double[] Weight) CreateProviders()
    {
        var providers = new List<Provider>(ProviderCount);
        var regions = new int[ProviderCount];
        var weights = new double[ProviderCount];
        var urns = new HashSet<string>();
        var regionWeights = NationalNames.Regions.Select(r => (double)r.Authorities).ToArray();
        for (var i = 0; i < ProviderCount; i++)
        {
            var kind = NationalNames.ProviderKinds[_rng.Next(NationalNames.ProviderKinds.Length)];
            var privateSector = _rng.Next(100) < 70;
            string shortName;
            do
            {
                shortName = _rng.Next(100) < 50
                    ? $"{NationalNames.ProviderWords[_rng.Next(NationalNames.ProviderWords.Length)]} {kind}"
                    : $"{Place()} {kind}";
            }
            while (!_organisationNames.Add(shortName) || !_organisationNames.Add(shortName + " Ltd"));
            var name = privateSector ? shortName + " Ltd" : shortName;

            string urn;
            do urn = $"SC{_rng.Next(100_000, 1_000_000)}";
            while (!urns.Add(urn));

            var office = $"{_rng.Next(1, 200)} {NationalNames.Streets[_rng.Next(NationalNames.Streets.Length)]}, {Place()}";
            var provider = Provider.Create(name, shortName.Length > 40 ? shortName[..40] : shortName, urn,
                privateSector ? ProviderSector.Private : ProviderSector.Voluntary, office);
            var gradeRoll = _rng.Next(100);
            var grade = gradeRoll < 18 ? OfstedGrade.Outstanding : gradeRoll < 82 ? OfstedGrade.Good
                : gradeRoll < 96 ? OfstedGrade.RequiresImprovement : OfstedGrade.Inadequate;
            provider.RecordInspection(grade, new DateOnly(2021, 1, 4).AddDays(_rng.Next(0, 2000)), AsOf);
            providers.Add(provider);
            regions[i] = Pick(regionWeights);
            weights[i] = LogNormal(0.8);
        }
        return (providers, regions, weights);
    }

    private List<(Framework Framework, int Region, int[] Members)> CreateFrameworks(
        List<Authority> authorities, int[] authorityRegion, int[] providerRegion, int providerIdBase)
    {
        var frameworks = new List<(Framework, int, int[])>();
        for (var r = 0; r < NationalNames.Regions.Length; r++)
        {
            var (regionName, code, _) = NationalNames.Regions[r];
            var parties = Enumerable.Range(0, authorities.Count).Where(a => authorityRegion[a] == r).Select(a => a + 1).ToArray();
            foreach (var (start, end, regime) in FrameworkGenerations)
            {
                var framework = Framework.Establish(
                    $"{code}-IFP-{start.Year}", $"{regionName} Independent Fostering Framework Agreement {start.Year}",
                    regime, start, end, parties[0], parties[1..], keyDecisionId: null);
                var members = new List<int>();
                for (var p = 0; p < providerRegion.Length; p++)
                {
                    var chance = providerRegion[p] == r ? 75 : 3;
                    if (_rng.Next(100) < chance) members.Add(providerIdBase + p);
                }
                foreach (var member in members) framework.Admit(member, start);
                frameworks.Add((framework, r, members.ToArray()));
            }
        }
        return frameworks;
    }

    private (CarerHousehold[], Dictionary<int, int[]> ByOwner) CreateHouseholds(
        List<Authority> authorities, double[] authorityWeight, string[] authorityArea, List<Provider> providers,
        double[] providerWeight, int[] providerRegion, int[] authorityRegion, int providerIdBase)
    {
        var inHouse = (int)Math.Round(HouseholdTarget * InHouseHouseholdShare);
        var perAuthority = Allocate(Math.Max(inHouse, authorities.Count), authorityWeight);
        var perProvider = Allocate(Math.Max(HouseholdTarget - inHouse, providers.Count), providerWeight);
        var households = new List<CarerHousehold>(HouseholdTarget);
        var byOwner = new Dictionary<int, int[]>();

        void Add(int ownerId, int count, string area)
        {
            var ids = new int[count];
            for (var n = 0; n < count; n++)
            {
                var places = _rng.Next(100) switch { < 45 => 1, < 80 => 2, < 95 => 3, _ => 4 };
                var ageFrom = _rng.Next(100) < 70 ? 0 : _rng.Next(5, 12);
                var ageTo = Math.Max(ageFrom, _rng.Next(100) < 70 ? 17 : _rng.Next(ageFrom, 18));
                var approved = new DateOnly(2008, 1, 1).AddDays(_rng.Next(0, 6200));
                var household = CarerHousehold.Approve(ownerId, $"H{n + 1:D5}", $"{area}{_rng.Next(1, 30)}", places, ageFrom, ageTo, approved);
                household.ConfirmVacancies(AsOf.AddDays(-_rng.Next(0, 60)));
                households.Add(household);
                ids[n] = households.Count;
            }
            byOwner[ownerId] = ids;
        }

        for (var a = 0; a < authorities.Count; a++) Add(a + 1, perAuthority[a], authorityArea[a]);
        for (var p = 0; p < providers.Count; p++)
        {
            // A provider's carers live around one of the authorities of its home region.
            var local = Enumerable.Range(0, authorities.Count).Where(a => authorityRegion[a] == providerRegion[p]).ToArray();
            Add(providerIdBase + p, perProvider[p], authorityArea[local[_rng.Next(local.Length)]]);
        }
        return (households.ToArray(), byOwner);
    }

    private (Child[], Placement[]) CreatePlacements(
        List<Authority> authorities, int[] authorityRegion, double[] authorityWeight, string[] authorityArea,
        int[] providerRegion, int providerIdBase, List<(Framework Framework, int Region, int[] Members)> frameworks,
        Dictionary<int, int[]> householdsByOwner, Action<string>? progress)
    {
        var count = PlacementTarget;
        var children = new Child[count];
        var placements = new Placement[count];
        var cumulative = Cumulative(authorityWeight);
        var inHouseShare = authorityWeight.Select(_ => 0.45 + _rng.NextDouble() * 0.3).ToArray();
        var caseNumbers = new int[authorities.Count];
        var providersByRegion = Enumerable.Range(0, NationalNames.Regions.Length)
            .Select(r => Enumerable.Range(0, providerRegion.Length).Where(p => providerRegion[p] == r).Select(p => providerIdBase + p).ToArray())
            .ToArray();
        var span = AsOf.DayNumber - FirstStart.DayNumber;

        for (var i = 0; i < count; i++)
        {
            // Arrivals spread evenly over the years, so ids follow start dates as they would in a live system.
            var start = DateOnly.FromDayNumber(FirstStart.DayNumber + (int)((long)i * span / count));
            var a = Array.BinarySearch(cumulative, _rng.NextDouble() * cumulative[^1]);
            a = a < 0 ? Math.Min(~a, authorities.Count - 1) : a;
            var authorityId = a + 1;
            var external = _rng.NextDouble() >= inHouseShare[a];

            var category = DrawCategory(external);
            var ageYears = category switch
            {
                PlacementCategory.SeparatedChildren => _rng.Next(14, 18),
                PlacementCategory.ParentAndChild => _rng.Next(16, 18),
                _ => _rng.Next(100) switch { < 25 => _rng.Next(0, 5), < 55 => _rng.Next(5, 11), < 90 => _rng.Next(11, 16), _ => _rng.Next(16, 18) },
            };
            var dob = start.AddYears(-ageYears).AddDays(-_rng.Next(0, 365));
            var sex = category switch
            {
                PlacementCategory.SeparatedChildren => _rng.Next(100) < 92 ? "M" : "F",
                PlacementCategory.ParentAndChild => _rng.Next(100) < 90 ? "F" : "M",
                _ => _rng.Next(100) < 52 ? "M" : "F",
            };
            var duration = DrawDuration();
            var naturalEnd = start.AddDays(duration);
            var eighteenth = dob.AddYears(18);
            if (naturalEnd > eighteenth) naturalEnd = eighteenth > start ? eighteenth : start.AddDays(1);
            var open = naturalEnd > AsOf;

            var names = sex == "F" ? NationalNames.GivenNamesF : NationalNames.GivenNamesM;
            var child = Child.Register(authorityId, $"{authorities[a].OnsCode}-{++caseNumbers[a]:D7}",
                names[_rng.Next(names.Length)], NationalNames.FamilyNames[_rng.Next(NationalNames.FamilyNames.Length)], dob, sex,
                Weighted(category == PlacementCategory.SeparatedChildren ? NationalNames.UascEthnicities : NationalNames.Ethnicities),
                category == PlacementCategory.SeparatedChildren, category == PlacementCategory.DisabilityOrComplexHealth,
                $"{authorityArea[a]}{_rng.Next(1, 30)}", AsOf);

            PlacementRoute route;
            int? providerId = null;
            int? frameworkId = null;
            if (external)
            {
                var region = authorityRegion[a];
                var f = frameworks.FindIndex(x => x.Region == region && x.Framework.IsLiveOn(start));
                if (f >= 0 && frameworks[f].Members.Length > 0 && _rng.Next(100) < 85)
                {
                    route = PlacementRoute.Framework;
                    frameworkId = f + 1;
                    providerId = frameworks[f].Members[_rng.Next(frameworks[f].Members.Length)];
                }
                else
                {
                    route = PlacementRoute.Spot;
                    var local = providersByRegion[region];
                    providerId = local.Length > 0 && _rng.Next(100) < 70
                        ? local[_rng.Next(local.Length)]
                        : providerIdBase + _rng.Next(providerRegion.Length);
                }
            }
            else
            {
                route = PlacementRoute.InHouse;
            }
            var owned = householdsByOwner[providerId ?? authorityId];
            var householdId = owned[_rng.Next(owned.Length)];

            var fee = external ? ExternalFee(category, start) : InHouseFee(start);
            var placement = Placement.Start(authorityId, i + 1, route, providerId, householdId, frameworkId, category,
                naturalEnd.DayNumber - start.DayNumber > 700 ? "U4" : "U6",
                category switch
                {
                    PlacementCategory.SeparatedChildren => KeyServiceLine.Asylum,
                    PlacementCategory.DisabilityOrComplexHealth => KeyServiceLine.LookedAfterChildrenWithDisability,
                    _ => KeyServiceLine.LookedAfterChildren,
                },
                category == PlacementCategory.SeparatedChildren ? FundingSource.UascGrant : FundingSource.BaseBudget,
                start, fee, open ? naturalEnd : null);
            AddFeeChanges(placement, external, category, start, open ? AsOf : naturalEnd, fee);
            if (!open) Hearth.Web.Data.Demo.DemoEndings.Apply(placement, naturalEnd, i * 37 + start.DayNumber);

            children[i] = child;
            placements[i] = placement;
            if (progress is not null && (i + 1) % 250_000 == 0) progress($"{i + 1:N0} placements built");
        }
        return (children, placements);
    }

    /// <summary>
    /// Up to two fee changes, so one to three fee periods: in-house allowances rise on 1 April; an agency fee changes on a
    /// date of its own when the child's needs change.
    /// </summary>
    private void AddFeeChanges(Placement placement, bool external, PlacementCategory category, DateOnly start, DateOnly until, Money fee)
    {
        if (!external)
        {
            var april = new DateOnly(start.Month >= 4 ? start.Year + 1 : start.Year, 4, 1);
            for (var n = 0; n < 2 && april < until; n++, april = april.AddYears(1))
            {
                fee = Money.FromPounds(Math.Round(fee.Pounds * (1.02m + _rng.Next(0, 3) / 100m)));
                placement.ChangeFee(april, fee);
            }
            return;
        }

        var days = until.DayNumber - start.DayNumber;
        if (days < 120 || _rng.Next(100) >= 30) return;
        var changes = _rng.Next(100) < 70 ? 1 : 2;
        var (_, high) = ExternalRange(category);
        var from = start.AddDays(30);
        for (var n = 0; n < changes; n++)
        {
            var room = until.DayNumber - from.DayNumber;
            if (room < 2) break;
            var on = from.AddDays(_rng.Next(1, Math.Min(room, 400)));
            var factor = 0.92m + _rng.Next(0, 21) / 100m;
            fee = Money.FromPounds(Math.Min(high, Math.Round(fee.Pounds * factor)));
            placement.ChangeFee(on, fee);
            from = on;
        }
    }

    private PlacementCategory DrawCategory(bool external)
    {
        if (!external) return _rng.Next(100) < 4 ? PlacementCategory.SeparatedChildren : PlacementCategory.Standard;
        return _rng.Next(100) switch
        {
            < 18 => PlacementCategory.SeparatedChildren,
            < 23 => PlacementCategory.ParentAndChild,
            < 29 => PlacementCategory.DisabilityOrComplexHealth,
            < 41 => PlacementCategory.ComplexNeeds,
            < 45 => PlacementCategory.EnhancedOrStepDown,
            _ => PlacementCategory.Standard,
        };
    }

    /// <summary>Short (emergency and respite), medium and long-term placements.</summary>
    private int DrawDuration() => _rng.Next(100) switch
    {
        < 30 => 1 + (int)(-Math.Log(1 - _rng.NextDouble()) * 59),
        < 75 => _rng.Next(150, 701),
        _ => _rng.Next(700, 3001),
    };

    private static (int Low, int High) ExternalRange(PlacementCategory category) => category switch
    {
        PlacementCategory.ComplexNeeds => (950, 1250),
        PlacementCategory.DisabilityOrComplexHealth => (1000, 1400),
        PlacementCategory.ParentAndChild => (1500, 1750),
        PlacementCategory.SeparatedChildren => (700, 900),
        PlacementCategory.EnhancedOrStepDown => (1200, 1600),
        _ => (750, 1000),
    };

    /// <summary>Agency weekly fees by category, drifting up about 1% a year from 2018 within the category's range.</summary>
    private Money ExternalFee(PlacementCategory category, DateOnly start)
    {
        var (low, high) = ExternalRange(category);
        var years = (start.DayNumber - FirstStart.DayNumber) / 365.25;
        var pounds = Math.Min(high, (low + _rng.Next(0, high - low + 1)) * Math.Pow(1.01, years));
        return Money.FromPounds(Math.Round((decimal)pounds));
    }

    /// <summary>In-house fostering allowances plus fees, £350 to £500 at the start (uplifts add a few per cent).</summary>
    private Money InHouseFee(DateOnly start)
    {
        var years = (start.DayNumber - FirstStart.DayNumber) / 365.25;
        var pounds = Math.Min(500, (350 + _rng.Next(0, 121)) * Math.Pow(1.015, years));
        return Money.FromPounds(Math.Round((decimal)pounds));
    }

    private string UniquePlace(string suffix)
    {
        string place;
        do place = Place();
        while (!_organisationNames.Add(place + suffix));
        return place;
    }

    private string Place() =>
        NationalNames.PlacePrefixes[_rng.Next(NationalNames.PlacePrefixes.Length)] +
        NationalNames.PlaceSuffixes[_rng.Next(NationalNames.PlaceSuffixes.Length)];

    private double LogNormal(double sigma)
    {
        // Box–Muller: one standard normal draw.
        var u1 = 1.0 - _rng.NextDouble();
        var u2 = _rng.NextDouble();
        return Math.Exp(sigma * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    private int Pick(double[] weights)
    {
        var roll = _rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            if (roll < weights[i]) return i;
            roll -= weights[i];
        }
        return weights.Length - 1;
    }

    private string Weighted((string Code, int Weight)[] options)
    {
        var roll = _rng.Next(options.Sum(o => o.Weight));
        foreach (var (code, weight) in options)
        {
            if (roll < weight) return code;
            roll -= weight;
        }
        return options[^1].Code;
    }

    private static double[] Cumulative(double[] weights)
    {
        var result = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++) result[i] = sum += weights[i];
        return result;
    }

    /// <summary>Splits <paramref name="total"/> in proportion to the weights (largest remainder), at least one each.</summary>
    private static int[] Allocate(int total, double[] weights)
    {
        var spare = total - weights.Length;
        var sum = weights.Sum();
        var exact = weights.Select(w => spare * w / sum).ToArray();
        var result = exact.Select(e => 1 + (int)Math.Floor(e)).ToArray();
        var left = total - result.Sum();
        foreach (var i in Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).Take(left))
            result[i]++;
        return result;
    }
}
