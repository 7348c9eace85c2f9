using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// Simulates each authority's fostering placements as arrivals over time (in-house and external streams, each with a
/// target number of children in placement at once), with realistic durations, categories and weekly fees, then keeps
/// those live on or after 1 April 2018 and started by the as-of date. Every random draw happens whatever the as-of date,
/// so the as-of date only decides where the story is cut.
/// </summary>
internal sealed class DemoPlacementGenerator(Random rng, DateOnly asOf)
{
    private static readonly DateOnly SimulationStart = new(2008, 4, 1);
    private static readonly DateOnly SimulationEnd = new(2035, 3, 31); // past DemoStory.LatestAsOf
    private static readonly DateOnly KeepFrom = new(2018, 4, 1);
    private const double MeanDurationDays = 671; // the mixture in DrawDuration

    private sealed record Stream(Authority Authority, bool External, int Concurrent, string CasePrefix, string[] Districts);

    private sealed class Draft
    {
        public required Authority Authority { get; init; }
        public required bool External { get; init; }
        public required DateOnly Start { get; init; }
        public required DateOnly NaturalEnd { get; init; }
        public required DateOnly DateOfBirth { get; init; }
        public required string Sex { get; init; }
        public required string Ethnicity { get; init; }
        public required PlacementCategory Category { get; init; }
        public required Money WeeklyFee { get; init; }
        public required string HomeDistrict { get; init; }
        public required string GivenName { get; init; }
        public required string FamilyName { get; init; }
        public (DateOnly On, Money Fee)? NeedsChange { get; init; }
        public int ProviderPick { get; init; }
        public int HouseholdPick { get; init; }
        public bool Spot { get; init; }
        public string CaseReference { get; set; } = "";
    }

    public async Task GenerateAsync(
        HearthDb db, Authority kent, Authority medway, List<Provider> providers,
        List<(Framework Framework, List<Provider> Members)> frameworks, CancellationToken cancellationToken)
    {
        var households = CreateHouseholds(kent, medway, providers);
        DemoHouseholdProfiles.Apply(households, DemoData.DefaultSeed); // its own stream: the main stream's draws are unchanged
        foreach (var chunk in households.Chunk(2000))
        {
            db.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
        }
        db.ChangeTracker.Clear();

        Stream[] streams =
        [
            new(kent, External: true, 282, "KCC", DemoNames.KentDistricts),
            new(kent, External: false, 930, "KCC", DemoNames.KentDistricts),
            new(medway, External: true, 64, "MDW", DemoNames.MedwayDistricts),
            new(medway, External: false, 215, "MDW", DemoNames.MedwayDistricts),
        ];
        var drafts = new List<Draft>();
        var caseNumbers = new Dictionary<string, int> { ["KCC"] = 300_000, ["MDW"] = 60_000 };
        foreach (var stream in streams)
        {
            var perDay = stream.Concurrent / MeanDurationDays;
            var day = (double)SimulationStart.DayNumber;
            while (true)
            {
                day += -Math.Log(1 - rng.NextDouble()) / perDay;
                var start = DateOnly.FromDayNumber((int)day);
                if (start > SimulationEnd) break;
                var draft = Draw(stream, start);
                draft.CaseReference = $"{stream.CasePrefix}{++caseNumbers[stream.CasePrefix]}";
                drafts.Add(draft);
            }
        }

        var kept = drafts.Where(d => d.Start <= asOf && d.NaturalEnd > KeepFrom).OrderBy(d => d.Start).ToList();
        var occupancy = households.ToDictionary(h => h, h => new DateOnly[h.ApprovedPlaces]);
        var householdsByOwner = households.GroupBy(h => h.OwnerOrganisationId).ToDictionary(g => g.Key, g => g.ToArray());

        foreach (var batch in kept.Chunk(1500))
        {
            var children = batch.Select(d => Child.Register(d.Authority.Id, d.CaseReference, d.GivenName, d.FamilyName,
                d.DateOfBirth, d.Sex, d.Ethnicity, d.Category == PlacementCategory.SeparatedChildren,
                d.Category == PlacementCategory.DisabilityOrComplexHealth, d.HomeDistrict, asOf)).ToList();
            db.AddRange(children);
            await db.SaveChangesAsync(cancellationToken);

            var placements = new List<Placement>(batch.Length);
            for (var i = 0; i < batch.Length; i++)
                placements.Add(ToPlacement(batch[i], children[i], providers, frameworks, householdsByOwner, occupancy));
            db.AddRange(placements);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private List<CarerHousehold> CreateHouseholds(Authority kent, Authority medway, List<Provider> providers)
    {
        var list = new List<CarerHousehold>();
        void Add(int owner, string prefix, int count, string[] districts)
        {
            for (var i = 1; i <= count; i++)
            {
                var places = rng.Next(100) switch { < 45 => 1, < 80 => 2, < 95 => 3, _ => 4 };
                var ageFrom = rng.Next(100) < 70 ? 0 : rng.Next(5, 12);
                var ageTo = Math.Max(ageFrom, rng.Next(100) < 70 ? 17 : rng.Next(ageFrom, 18));
                var approved = new DateOnly(2008, 1, 1).AddDays(rng.Next(0, 5500));
                var household = CarerHousehold.Approve(owner, $"{prefix}-{i:D4}", districts[rng.Next(districts.Length)], places, ageFrom, ageTo, approved);
                household.ConfirmVacancies(asOf.AddDays(-rng.Next(0, 60)));
                list.Add(household);
            }
        }
        Add(kent.Id, "KCC-H", 700, DemoNames.KentDistricts);
        Add(medway.Id, "MDW-H", 150, DemoNames.MedwayDistricts);
        foreach (var provider in providers)
            Add(provider.Id, $"{provider.ShortName.ToUpperInvariant()[..Math.Min(4, provider.ShortName.Length)]}-H",
                rng.Next(14, 40), rng.Next(100) < 80 ? DemoNames.KentDistricts : DemoNames.MedwayDistricts);
        return list;
    }

    private Draft Draw(Stream stream, DateOnly start)
    {
        var ageBand = rng.Next(100);
        var ageYears = ageBand < 25 ? rng.Next(0, 5) : ageBand < 55 ? rng.Next(5, 11) : ageBand < 90 ? rng.Next(11, 16) : rng.Next(16, 18);
        var category = PlacementCategory.Standard;
        if (stream.External)
        {
            var roll = rng.Next(100);
            category = roll switch
            {
                < 18 => PlacementCategory.SeparatedChildren,
                < 23 => PlacementCategory.ParentAndChild,
                < 29 => PlacementCategory.DisabilityOrComplexHealth,
                < 41 => PlacementCategory.ComplexNeeds,
                < 45 => PlacementCategory.EnhancedOrStepDown,
                _ => PlacementCategory.Standard,
            };
        }
        else if (rng.Next(100) < 4)
        {
            category = PlacementCategory.SeparatedChildren;
        }
        if (category == PlacementCategory.SeparatedChildren) ageYears = rng.Next(14, 18);
        if (category == PlacementCategory.ParentAndChild) ageYears = rng.Next(16, 18);
        var dob = start.AddYears(-ageYears).AddDays(-rng.Next(0, 365));
        var sex = category == PlacementCategory.SeparatedChildren ? (rng.Next(100) < 92 ? "M" : "F") : (rng.Next(100) < 52 ? "M" : "F");
        if (category == PlacementCategory.ParentAndChild) sex = rng.Next(100) < 90 ? "F" : "M";
        var duration = DrawDuration();
        var naturalEnd = start.AddDays(duration);
        var eighteenth = dob.AddYears(18);
        if (naturalEnd > eighteenth) naturalEnd = eighteenth > start ? eighteenth : start.AddDays(1);

        var fee = stream.External ? ExternalFee(category, start) : InHouseFee(start);
        (DateOnly, Money)? change = null;
        if (duration > 180 && rng.Next(100) < 15)
        {
            var on = start.AddDays(rng.Next(60, duration - 30));
            var factor = 0.9 + rng.NextDouble() * 0.25;
            change = (on, Money.FromPounds(Math.Round(fee.Pounds * (decimal)factor)));
        }
        var female = sex == "F";
        var names = female ? DemoNames.GivenNamesF : DemoNames.GivenNamesM;
        return new Draft
        {
            Authority = stream.Authority, External = stream.External, Start = start, NaturalEnd = naturalEnd, DateOfBirth = dob,
            Sex = sex, Ethnicity = Weighted(category == PlacementCategory.SeparatedChildren ? DemoNames.UascEthnicities : DemoNames.Ethnicities),
            Category = category, WeeklyFee = fee, HomeDistrict = stream.Districts[rng.Next(stream.Districts.Length)],
            GivenName = names[rng.Next(names.Length)], FamilyName = DemoNames.FamilyNames[rng.Next(DemoNames.FamilyNames.Length)],
            NeedsChange = change, ProviderPick = rng.Next(1_000_000), HouseholdPick = rng.Next(1_000_000), Spot = rng.Next(100) < 9,
        };
    }

    /// <summary>Short (emergency and respite), medium and long-term placements.</summary>
    private int DrawDuration() => rng.Next(100) switch
    {
        < 30 => 1 + (int)(-Math.Log(1 - rng.NextDouble()) * 59),
        < 75 => rng.Next(150, 701),
        _ => rng.Next(700, 3001),
    };

    private Money ExternalFee(PlacementCategory category, DateOnly start)
    {
        var (low, high) = category switch
        {
            PlacementCategory.ComplexNeeds => (950, 1250),
            PlacementCategory.DisabilityOrComplexHealth => (1000, 1400),
            PlacementCategory.ParentAndChild => (1500, 1750),
            PlacementCategory.SeparatedChildren => (700, 900),
            PlacementCategory.EnhancedOrStepDown => (1200, 1600),
            _ => (750, 1000),
        };
        var pounds = low + rng.Next(0, high - low + 1);
        // Prices drift with each year's new placements and step up with the 2022 and 2027 frameworks' prices.
        var years = (start.DayNumber - new DateOnly(2018, 4, 1).DayNumber) / 365.25;
        var index = Math.Pow(1.01, years) * (start >= new DateOnly(2022, 4, 1) ? 1.04 : 1.0) * (start >= DemoTender.FrameworkStart ? 1.03 : 1.0);
        return Money.FromPounds(Math.Round((decimal)(pounds * index)));
    }

    private Money InHouseFee(DateOnly start)
    {
        var pounds = 360 + rng.Next(0, 160);
        var years = (start.DayNumber - new DateOnly(2018, 4, 1).DayNumber) / 365.25;
        return Money.FromPounds(Math.Round((decimal)(pounds * Math.Pow(1.03, years))));
    }

    private string Weighted((string Code, int Weight)[] options)
    {
        var total = options.Sum(o => o.Weight);
        var roll = rng.Next(total);
        foreach (var (code, weight) in options)
        {
            if (roll < weight) return code;
            roll -= weight;
        }
        return options[^1].Code;
    }

    private Placement ToPlacement(
        Draft d, Child child, List<Provider> providers, List<(Framework Framework, List<Provider> Members)> frameworks,
        Dictionary<int, CarerHousehold[]> householdsByOwner, Dictionary<CarerHousehold, DateOnly[]> occupancy)
    {
        var ksl = d.Category switch
        {
            PlacementCategory.SeparatedChildren => KeyServiceLine.Asylum,
            PlacementCategory.DisabilityOrComplexHealth => KeyServiceLine.LookedAfterChildrenWithDisability,
            _ => KeyServiceLine.LookedAfterChildren,
        };
        var funding = d.Category == PlacementCategory.SeparatedChildren ? FundingSource.UascGrant : FundingSource.BaseBudget;
        var placeCode = d.NaturalEnd.DayNumber - d.Start.DayNumber > 700 ? "U4" : "U6";
        var open = d.NaturalEnd > asOf;
        DateOnly? plannedEnd = open ? (d.NaturalEnd > d.Start ? d.NaturalEnd : null) : null;

        PlacementRoute route;
        int? providerId = null;
        int? frameworkId = null;
        int ownerId;
        if (d.External)
        {
            var live = frameworks.FirstOrDefault(f => f.Framework.IsLiveOn(d.Start));
            var pool = live.Framework is not null && !d.Spot ? live.Members : providers;
            var provider = pool[d.ProviderPick % pool.Count];
            providerId = provider.Id;
            ownerId = provider.Id;
            if (live.Framework is not null && !d.Spot && live.Members.Contains(provider))
            {
                route = PlacementRoute.Framework;
                frameworkId = live.Framework.Id;
            }
            else
            {
                route = PlacementRoute.Spot;
            }
        }
        else
        {
            route = PlacementRoute.InHouse;
            ownerId = d.Authority.Id;
        }

        var household = PickHousehold(householdsByOwner[ownerId], d, occupancy, ChildAge(d));
        var placement = Placement.Start(d.Authority.Id, child.Id, route, providerId, household.Id, frameworkId, d.Category,
            placeCode, ksl, funding, d.Start, d.WeeklyFee, plannedEnd);

        var end = open ? asOf : d.NaturalEnd;
        if (!d.External)
        {
            // In-house allowances rise each 1 April.
            var fee = d.WeeklyFee;
            for (var april = new DateOnly(d.Start.Month >= 4 ? d.Start.Year + 1 : d.Start.Year, 4, 1); april < end; april = april.AddYears(1))
            {
                fee = Money.FromPounds(Math.Round(fee.Pounds * 1.03m));
                placement.ChangeFee(april, fee);
            }
        }
        else if (d.NeedsChange is { } change && change.On < end && change.On > d.Start)
        {
            placement.ChangeFee(change.On, change.Fee);
        }
        if (!open) DemoEndings.Apply(placement, d.NaturalEnd, d.HouseholdPick / 7);
        return placement;
    }

    private static int ChildAge(Draft d) => Child.AgeOn(d.DateOfBirth, d.Start);

    /// <summary>A household with a free place of the right age range on the start date; failing that, any of the owner's.</summary>
    private static CarerHousehold PickHousehold(CarerHousehold[] candidates, Draft d, Dictionary<CarerHousehold, DateOnly[]> occupancy, int age)
    {
        for (var attempt = 0; attempt < candidates.Length; attempt++)
        {
            var household = candidates[(d.HouseholdPick + attempt * 7919) % candidates.Length];
            if (age < household.AgeFrom || age > household.AgeTo) continue;
            var places = occupancy[household];
            for (var p = 0; p < places.Length; p++)
            {
                if (places[p] > d.Start) continue;
                places[p] = d.NaturalEnd;
                return household;
            }
        }
        return candidates[d.HouseholdPick % candidates.Length];
    }
}
