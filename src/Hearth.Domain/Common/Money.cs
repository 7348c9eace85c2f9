using System.Globalization;

namespace Hearth.Domain.Common;

/// <summary>
/// An amount of pounds sterling held as whole pence. Arithmetic is checked: an overflow throws
/// <see cref="OverflowException"/> rather than wrapping. Formatting never depends on the machine's culture.
/// </summary>
public readonly record struct Money(long Pence) : IComparable<Money>
{
    private const string AmountField = "Amount";

    /// <summary>No money.</summary>
    public static Money Zero => default;

    /// <summary>The largest amount that can be held (£92,233,720,368,547,758.07).</summary>
    public static Money MaxValue => new(long.MaxValue);

    /// <summary>The smallest (most negative) amount that can be held (-£92,233,720,368,547,758.08).</summary>
    public static Money MinValue => new(long.MinValue);

    /// <summary>The amount in pounds, exact, always with two decimal places (1.00, not 1).</summary>
    public decimal Pounds
    {
        get
        {
            var magnitude = Pence < 0 ? unchecked(0UL - (ulong)Pence) : (ulong)Pence;
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, Pence < 0, 2);
        }
    }

    /// <summary>True when the amount is below zero.</summary>
    public bool IsNegative => Pence < 0;

    /// <summary>An amount of whole pence.</summary>
    public static Money FromPence(long pence) => new(pence);

    /// <summary>
    /// An amount in pounds. Throws <see cref="DomainException"/> (field "Amount") when the amount is not a whole number of
    /// pence or is too large to hold.
    /// </summary>
    public static Money FromPounds(decimal pounds)
    {
        if (pounds > MaxValue.Pounds || pounds < MinValue.Pounds)
        {
            throw new DomainException(AmountField, "The amount is too large");
        }

        var pence = pounds * 100m;
        if (pence != decimal.Truncate(pence))
        {
            throw new DomainException(AmountField, "The amount must be a whole number of pence");
        }

        return new Money((long)pence);
    }

    /// <summary>
    /// Parses an amount typed by a person: "1234.56", "£1,234.56", "1,234", " 750 ", "-£12.50". Commas must separate
    /// groups of three digits; at most two decimal places; no other characters. Throws <see cref="DomainException"/>
    /// (field "Amount") when the text is not an amount.
    /// </summary>
    public static Money Parse(string text) =>
        TryParse(text, out var money)
            ? money
            : throw new DomainException(AmountField, "Enter an amount in pounds and pence, like £1,234.56");

    /// <summary>
    /// Tries to parse an amount typed by a person: "1234.56", "£1,234.56", "1,234", " 750 ", "-£12.50" (also "£-12.50").
    /// Surrounding white space is ignored. Commas must separate groups of three digits; there must be a digit before any
    /// decimal point and one or two digits after it. Letters, empty text, more than two decimal places and amounts too
    /// large to hold are rejected.
    /// </summary>
    public static bool TryParse(string? text, out Money money)
    {
        money = Zero;
        if (text is null)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        var negative = false;
        if (s.StartsWith('-'))
        {
            negative = true;
            s = s[1..];
        }

        if (s.StartsWith('£'))
        {
            s = s[1..];
        }

        if (!negative && s.StartsWith('-'))
        {
            negative = true;
            s = s[1..];
        }

        var point = s.IndexOf('.');
        var whole = point < 0 ? s : s[..point];
        var fraction = point < 0 ? ReadOnlySpan<char>.Empty : s[(point + 1)..];
        if (whole.IsEmpty || (point >= 0 && (fraction.IsEmpty || fraction.Length > 2)))
        {
            return false;
        }

        ulong magnitude = 0;
        var digitsInGroup = 0;
        var sawComma = false;
        foreach (var c in whole)
        {
            if (c == ',')
            {
                // The first group is one to three digits; every later group exactly three.
                if (digitsInGroup == 0 || (sawComma ? digitsInGroup != 3 : digitsInGroup > 3))
                {
                    return false;
                }

                sawComma = true;
                digitsInGroup = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c) || !TryAppendDigit(ref magnitude, c))
            {
                return false;
            }

            digitsInGroup++;
        }

        if (sawComma && digitsInGroup != 3)
        {
            return false;
        }

        for (var i = 0; i < 2; i++)
        {
            var c = i < fraction.Length ? fraction[i] : '0';
            if (!char.IsAsciiDigit(c) || !TryAppendDigit(ref magnitude, c))
            {
                return false;
            }
        }

        if (negative)
        {
            if (magnitude > 1UL << 63)
            {
                return false;
            }

            money = new Money(unchecked((long)(0UL - magnitude)));
            return true;
        }

        if (magnitude > long.MaxValue)
        {
            return false;
        }

        money = new Money((long)magnitude);
        return true;
    }

    private static bool TryAppendDigit(ref ulong value, char digit)
    {
        var d = (ulong)(digit - '0');
        if (value > (ulong.MaxValue - d) / 10)
        {
            return false;
        }

        value = (value * 10) + d;
        return true;
    }

    /// <summary>The amount as "£1,234.56" or "-£1,234.56", whatever the machine's culture.</summary>
    public override string ToString()
    {
        var magnitude = Math.Abs(Pounds).ToString("#,##0.00", CultureInfo.InvariantCulture);
        return Pence < 0 ? "-£" + magnitude : "£" + magnitude;
    }

    /// <inheritdoc />
    public int CompareTo(Money other) => Pence.CompareTo(other.Pence);

    public static Money operator +(Money left, Money right) => new(checked(left.Pence + right.Pence));

    public static Money operator -(Money left, Money right) => new(checked(left.Pence - right.Pence));

    public static Money operator -(Money value) => new(checked(-value.Pence));

    public static Money operator +(Money value) => value;

    public static Money operator *(Money money, long factor) => new(checked(money.Pence * factor));

    public static Money operator *(long factor, Money money) => new(checked(money.Pence * factor));

    public static Money operator *(Money money, int factor) => new(checked(money.Pence * factor));

    public static Money operator *(int factor, Money money) => new(checked(money.Pence * factor));

    public static bool operator <(Money left, Money right) => left.Pence < right.Pence;

    public static bool operator >(Money left, Money right) => left.Pence > right.Pence;

    public static bool operator <=(Money left, Money right) => left.Pence <= right.Pence;

    public static bool operator >=(Money left, Money right) => left.Pence >= right.Pence;
}
