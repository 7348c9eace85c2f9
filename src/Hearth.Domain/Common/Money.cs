namespace Hearth.Domain.Common;

public readonly record struct Money(long Pence) : IComparable<Money>
{
    public static Money Zero => default;
    public static Money FromPence(long pence) => new(pence);
    public decimal Pounds => Pence / 100m;
    public static Money operator +(Money a, Money b) => new(checked(a.Pence + b.Pence));
    public static Money operator -(Money a, Money b) => new(checked(a.Pence - b.Pence));
    public static bool operator <(Money a, Money b) => a.Pence < b.Pence;
    public static bool operator >(Money a, Money b) => a.Pence > b.Pence;
    public static bool operator <=(Money a, Money b) => a.Pence <= b.Pence;
    public static bool operator >=(Money a, Money b) => a.Pence >= b.Pence;
    public int CompareTo(Money other) => Pence.CompareTo(other.Pence);
    public override string ToString() => (Pence < 0 ? "-" : "") + "£" + (Math.Abs(Pence) / 100m).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}
