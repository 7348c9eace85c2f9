namespace Hearth.Domain.Sourcing.Matching;

/// <summary>An authority's own match weights (without a row, <see cref="MatchWeights.Default"/> applies).</summary>
public sealed class AuthorityMatchWeights
{
    private AuthorityMatchWeights() { }

    public int AuthorityId { get; private set; }
    public int Needs { get; private set; }
    public int Distance { get; private set; }
    public int LanguageAndCulture { get; private set; }
    public int OtherChildren { get; private set; }
    public int Pets { get; private set; }
    public int Stability { get; private set; }
    public int Price { get; private set; }
    public DateOnly ChangedOn { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public int Version { get; private set; }

    public MatchWeights Weights => MatchWeights.Create(Needs, Distance, LanguageAndCulture, OtherChildren, Pets, Stability, Price);

    public static AuthorityMatchWeights For(int authorityId, MatchWeights weights, string changedBy, DateOnly today)
    {
        var row = new AuthorityMatchWeights { AuthorityId = authorityId };
        row.Change(weights, changedBy, today);
        row.Version = 0;
        return row;
    }

    public void Change(MatchWeights weights, string changedBy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Needs = weights.Needs;
        Distance = weights.Distance;
        LanguageAndCulture = weights.LanguageAndCulture;
        OtherChildren = weights.OtherChildren;
        Pets = weights.Pets;
        Stability = weights.Stability;
        Price = weights.Price;
        ChangedBy = (changedBy ?? "").Trim();
        ChangedOn = today;
        Version++;
    }
}
