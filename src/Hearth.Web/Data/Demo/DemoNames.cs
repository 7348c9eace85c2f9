namespace Hearth.Web.Data.Demo;

/// <summary>
/// Invented names for the demo data. The provider names are coined (made-up places and words) so that none is a real
/// fostering agency; people's names are common given names and surnames combined at random.
/// </summary>
internal static class DemoNames
{
    public static readonly string[] Providers =
    [
        "Brackenfold Fostering", "Larchwick Family Placements", "Oystermere Foster Care", "Tollbridge Fostering Partnership",
        "Hollowcombe Families", "Saltmarsh Lantern Fostering", "Wendlebury Foster Homes", "Ashcombe & Pell Fostering",
        "Kestrelmoor Fostering", "Fennick Vale Family Care", "Quillhaven Fostering", "Marrowdene Foster Families",
        "Thistlebrook Fostering Services", "Bramblecourt Family Placements", "Coldharbour Reach Fostering", "Elderwick Foster Care",
        "Greywether Fostering", "Hazelmere Lane Families", "Ivybridge Marsh Fostering", "Juniperfold Family Care",
        "Knollbury Fostering", "Lowmeadow Foster Homes", "Mossgate Fostering Trust", "Nettlecombe Family Fostering",
        "Orchardsend Fostering", "Pebblewick Family Care", "Rookhurst Fostering", "Sedgecombe Foster Families",
        "Teasel Down Fostering", "Underhill Reach Foster Care", "Vetchfield Fostering", "Wyvernholt Family Placements",
        "Yarrowby Fostering", "Alderwyn Foster Care", "Blackthorn Quay Fostering", "Cowslip Hollow Families",
        "Dunlin Shore Fostering", "Emberlea Family Fostering", "Foxglove Rise Foster Care", "Gorsebank Fostering Trust",
    ];

    public static readonly string[] Towns =
    [
        "Maidstone ME14", "Canterbury CT1", "Ashford TN23", "Dartford DA1", "Gravesend DA11", "Folkestone CT20",
        "Tunbridge Wells TN1", "Sevenoaks TN13", "Margate CT9", "Ramsgate CT11", "Dover CT16", "Sittingbourne ME10",
        "Chatham ME4", "Gillingham ME7", "Rochester ME1", "Faversham ME13", "Herne Bay CT6", "Tonbridge TN9",
    ];

    public static readonly string[] Streets =
    [
        "Station Road", "Church Lane", "Mill Street", "High Street", "London Road", "Park Avenue", "Victoria Road",
        "The Parade", "Oak Way", "Meadow Close", "Orchard Place", "Market Square",
    ];

    public static readonly string[] KentDistricts =
    [
        "ME14", "ME15", "ME16", "ME17", "ME10", "ME12", "ME13", "CT1", "CT2", "CT3", "CT5", "CT6", "CT9", "CT10", "CT11",
        "CT12", "CT14", "CT16", "CT17", "CT19", "CT20", "CT21", "TN1", "TN2", "TN4", "TN9", "TN10", "TN11", "TN12",
        "TN13", "TN15", "TN16", "TN17", "TN18", "TN23", "TN24", "TN25", "TN26", "TN27", "TN28", "TN29", "TN30",
        "DA1", "DA2", "DA3", "DA4", "DA10", "DA11", "DA12", "DA13", "BR8", "ME6", "ME18", "ME19", "ME20",
    ];

    public static readonly string[] MedwayDistricts = ["ME1", "ME2", "ME3", "ME4", "ME5", "ME7", "ME8"];

    public static readonly string[] GivenNamesF =
    [
        "Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Freya", "Evie",
        "Poppy", "Ella", "Ruby", "Chloe", "Maya", "Zara", "Amira", "Hannah", "Leah", "Phoebe", "Millie", "Aisha", "Nadia",
    ];

    public static readonly string[] GivenNamesM =
    [
        "Noah", "Oliver", "George", "Arthur", "Leo", "Harry", "Oscar", "Archie", "Jack", "Charlie", "Freddie", "Theo",
        "Alfie", "Jacob", "Thomas", "Riley", "Tyler", "Kai", "Mason", "Ethan", "Yusuf", "Ahmed", "Dawit", "Omar", "Bilal",
        "Samuel", "Daniel", "Reuben", "Lewis", "Connor",
    ];

    public static readonly string[] FamilyNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes", "Edwards",
        "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "Baker", "Harris", "Lewis", "Mitchell", "Bennett",
        "Khan", "Ali", "Begum", "Okafor", "Mensah", "Kaya", "Nowak", "Kowalski", "Haile", "Tesfaye", "Rahimi", "Ahmadi",
    ];

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
