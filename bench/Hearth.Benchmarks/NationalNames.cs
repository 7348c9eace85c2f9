namespace Hearth.Benchmarks;

/// <summary>
/// Word lists for the national-scale generator. Every place, provider and person is invented; none is meant to match a
/// real council, provider or child.
/// </summary>
internal static class NationalNames
{
    /// <summary>The nine English regions, with how many children's services authorities each has (153 in all).</summary>
    public static readonly (string Name, string Code, int Authorities)[] Regions =
    [
        ("North East", "NE", 12),
        ("North West", "NW", 24),
        ("Yorkshire and the Humber", "YH", 15),
        ("East Midlands", "EM", 10),
        ("West Midlands", "WM", 14),
        ("East of England", "EE", 11),
        ("London", "LN", 33),
        ("South East", "SE", 19),
        ("South West", "SW", 15),
    ];

    public static readonly string[] PlacePrefixes =
    [
        "Ash", "Bel", "Bram", "Carr", "Dun", "Elm", "Fen", "Gal", "Hal", "Ivy", "Kel", "Lang", "Mar", "Nor", "Oak",
        "Pen", "Quen", "Ros", "Stan", "Thorn", "Ul", "Wen", "Wyn", "Yar", "Cold", "Brack", "Hen", "Sel", "Tal", "Whit",
        "Alder", "Birch", "Cran", "Dray", "East", "Frith", "Glen", "Hart", "Kings", "Lox",
    ];

    public static readonly string[] PlaceSuffixes =
    [
        "bury", "ford", "ham", "ley", "mouth", "stead", "ton", "wick", "worth", "field", "minster", "borough", "dale",
        "combe", "thorpe", "by", "well", "bridge", "hurst", "mere",
    ];

    public static readonly string[] ProviderWords =
    [
        "Beacon", "Harbour", "Evergreen", "Kindred", "Open Door", "Little Oaks", "Compass", "Haven", "Lantern", "Meadow",
        "Northstar", "Orchard", "Riverside", "Safe Harbour", "Sunrise", "Willow", "Heartwood", "Keystone", "Rainbow",
        "Horizon", "Foundations", "Bluebell", "Cornerstone", "Hillside", "Lighthouse", "Oakleaf", "Pathways", "Rowan",
        "Skylark", "Starling", "Thistle", "Tidewater", "Wayfarer", "Greenhouse", "Hearthside", "Juniper", "Kestrel",
        "Larch", "Moorland", "Nest",
    ];

    public static readonly string[] ProviderKinds =
    [
        "Fostering", "Foster Care", "Family Placements", "Fostering Services", "Foster Families", "Care Partnership",
    ];

    public static readonly string[] Streets =
    [
        "High Street", "Station Road", "Church Lane", "Mill Road", "Victoria Street", "Market Place", "King Street",
        "Queen's Road", "Park View", "London Road", "Bridge Street", "The Parade",
    ];

    public static readonly string[] GivenNamesF =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Freya",
        "Willow", "Evie", "Poppy", "Ella", "Aisha", "Zara", "Maya", "Chloe", "Ruby", "Daisy", "Florence", "Hana",
    ];

    public static readonly string[] GivenNamesM =
    [
        "Noah", "Oliver", "George", "Arthur", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theo", "Jack", "Charlie",
        "Freddie", "Alfie", "Jacob", "Mohammed", "Isaac", "Ethan", "Lucas", "Tyler", "Reggie", "Ahmed", "Yusuf", "Kai",
    ];

    public static readonly string[] FamilyNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke", "Jackson", "Wood",
        "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore", "Clark", "King",
        "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott", "Watson", "Davis", "Parker", "James",
        "Bennett", "Young", "Phillips", "Richardson", "Mitchell", "Ahmed", "Begum", "Okafor", "Nowak", "Kaur",
    ];

    /// <summary>Ethnicity codes (as in the SSDA903 return) with rough weights for looked-after children.</summary>
    public static readonly (string Code, int Weight)[] Ethnicities =
    [
        ("WBRI", 62), ("WIRI", 1), ("WOTH", 5), ("WIRT", 1), ("WROM", 1), ("MWBC", 5), ("MWBA", 2), ("MWAS", 2),
        ("MOTH", 4), ("AIND", 1), ("APKN", 1), ("ABAN", 1), ("AOTH", 2), ("BCRB", 2), ("BAFR", 4), ("BOTH", 1),
        ("CHNE", 1), ("OOTH", 3), ("REFU", 1),
    ];

    public static readonly (string Code, int Weight)[] UascEthnicities =
    [
        ("OOTH", 30), ("BAFR", 35), ("AOTH", 25), ("BOTH", 5), ("MOTH", 5),
    ];
}
