using System.Globalization;
using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// A period providers are paid for: the nights from <see cref="Start"/> (inclusive) to <see cref="EndExclusive"/>. A
/// four-weekly period is 28 nights from any date; a monthly one runs from the 1st of a month to the 1st of the next.
/// </summary>
public readonly record struct PaymentPeriod
{
    private PaymentPeriod(PaymentPeriodKind kind, DateOnly start, DateOnly endExclusive)
    {
        Kind = kind;
        Start = start;
        EndExclusive = endExclusive;
    }

    public PaymentPeriodKind Kind { get; }
    public DateOnly Start { get; }
    public DateOnly EndExclusive { get; }
    public DateOnly Last => EndExclusive.AddDays(-1);
    public int Nights => EndExclusive.DayNumber - Start.DayNumber;

    /// <exception cref="DomainException">The kind is unknown (field "Kind") or a monthly period does not start on the 1st (field "Start").</exception>
    public static PaymentPeriod Create(PaymentPeriodKind kind, DateOnly start)
    {
        if (start >= new DateOnly(9999, 11, 1)) throw new DomainException(nameof(Start), "The start date is too late");
        return kind switch
        {
            PaymentPeriodKind.FourWeekly => new PaymentPeriod(kind, start, start.AddDays(28)),
            PaymentPeriodKind.Monthly when start.Day != 1 => throw new DomainException(nameof(Start), "A monthly period starts on the 1st of a month"),
            PaymentPeriodKind.Monthly => new PaymentPeriod(kind, start, start.AddMonths(1)),
            _ => throw new DomainException(nameof(Kind), "Select four-weekly or monthly"),
        };
    }

    public PaymentPeriod Next => Create(Kind, EndExclusive);

    public PaymentPeriod Previous => Create(Kind, Kind == PaymentPeriodKind.Monthly ? Start.AddMonths(-1) : Start.AddDays(-28));

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start:d MMM yyyy} to {Last:d MMM yyyy}");
}
