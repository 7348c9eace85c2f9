using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing.Matching;

/// <summary>
/// How many of the 100 points each factor is worth. Non-negative whole numbers that add up to 100; an authority sets its own,
/// otherwise <see cref="Default"/> (ADR 0016 gives the reasons).
/// </summary>
public sealed record MatchWeights
{
    public const int TotalPoints = 100;

    public int Needs { get; }
    public int Distance { get; }
    public int LanguageAndCulture { get; }
    public int OtherChildren { get; }
    public int Pets { get; }
    public int Stability { get; }
    public int Price { get; }

    private MatchWeights(int needs, int distance, int languageAndCulture, int otherChildren, int pets, int stability, int price)
    {
        Needs = needs; Distance = distance; LanguageAndCulture = languageAndCulture; OtherChildren = otherChildren;
        Pets = pets; Stability = stability; Price = price;
    }

    /// <summary>Needs 30, distance 20, language and culture 15, other children 10, pets 5, stability 10, price 10.</summary>
    public static MatchWeights Default { get; } = new(30, 20, 15, 10, 5, 10, 10);

    public static MatchWeights Create(int needs, int distance, int languageAndCulture, int otherChildren, int pets, int stability, int price)
    {
        void NotNegative(int value, string field)
        {
            if (value < 0) throw new DomainException(field, "Each weight must be 0 or more");
        }
        NotNegative(needs, nameof(Needs));
        NotNegative(distance, nameof(Distance));
        NotNegative(languageAndCulture, nameof(LanguageAndCulture));
        NotNegative(otherChildren, nameof(OtherChildren));
        NotNegative(pets, nameof(Pets));
        NotNegative(stability, nameof(Stability));
        NotNegative(price, nameof(Price));
        var sum = (long)needs + distance + languageAndCulture + otherChildren + pets + stability + price;
        if (sum != TotalPoints) throw new DomainException(nameof(Needs), $"The weights must add up to {TotalPoints}: they add up to {sum}");
        return new MatchWeights(needs, distance, languageAndCulture, otherChildren, pets, stability, price);
    }
}
