using Hearth.Domain.Sourcing;

namespace Hearth.Domain.Finance;

/// <summary>Which UASC grant age band a child is in on a night, by <see cref="Child.AgeOn"/> (so a 29 February birthday falls on 1 March in common years).</summary>
public static class UascAgeBands
{
    /// <summary>The age at which the UASC grant stops: from the night of the 18th birthday a care leaver's grant applies instead.</summary>
    public const int GrantEndsAtAge = 18;

    /// <summary>The band for a child of <paramref name="age"/>, or null at 18 and over (no UASC grant for that night).</summary>
    public static UascAgeBand? ForAge(int age) => age switch
    {
        < 16 => UascAgeBand.Under16,
        < GrantEndsAtAge => UascAgeBand.Aged16To17,
        _ => null,
    };

    /// <summary>The band on a night, or null when the child is 18 or over that night.</summary>
    public static UascAgeBand? On(DateOnly dateOfBirth, DateOnly night) => ForAge(Child.AgeOn(dateOfBirth, night));

    /// <summary>The first date on which the child is <paramref name="age"/>, by the one age rule (<see cref="Child.AgeOn"/>).</summary>
    public static DateOnly Birthday(DateOnly dateOfBirth, int age)
    {
        var date = dateOfBirth.AddYears(age); // 29 February in a common year gives 28 February
        while (Child.AgeOn(dateOfBirth, date) < age) date = date.AddDays(1);
        return date;
    }

    public static string Name(UascAgeBand band) => band switch
    {
        UascAgeBand.Under16 => "Under 16",
        UascAgeBand.Aged16To17 => "16 to 17",
        _ => band.ToString(),
    };
}
