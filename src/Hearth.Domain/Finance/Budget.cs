using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>
/// An authority's budget for one key service line in one financial year. Finance officers set and change it; two people
/// changing it at once are told apart by <see cref="Version"/>.
/// </summary>
public sealed class Budget
{
    /// <summary>No budget line may exceed this: a guard against a mistyped amount (an extra nought or two).</summary>
    public static readonly Money MaximumAmount = Money.FromPounds(100_000_000m);

    private Budget() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public KeyServiceLine KeyServiceLine { get; private set; }
    public FinancialYear Year { get; private set; }
    public Money Amount { get; private set; }
    public int Version { get; private set; }

    /// <summary>A new budget line.</summary>
    public static Budget Set(int authorityId, KeyServiceLine keyServiceLine, FinancialYear year, Money amount)
    {
        if (!Enum.IsDefined(keyServiceLine)) throw new DomainException(nameof(KeyServiceLine), "Select the key service line");
        CheckAmount(amount);
        return new Budget { AuthorityId = authorityId, KeyServiceLine = keyServiceLine, Year = year, Amount = amount };
    }

    /// <summary>A new amount for the line. Changing it to the amount it already has changes nothing.</summary>
    public void Change(Money amount)
    {
        CheckAmount(amount);
        if (amount == Amount) return;
        Amount = amount;
        Version++;
    }

    private static void CheckAmount(Money amount)
    {
        if (amount.IsNegative) throw new DomainException(nameof(Amount), "The budget must be £0 or more");
        if (amount > MaximumAmount) throw new DomainException(nameof(Amount), $"The budget must be {MaximumAmount} or less");
    }
}
