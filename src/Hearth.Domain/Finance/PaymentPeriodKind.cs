namespace Hearth.Domain.Finance;

/// <summary>How providers are paid: every four weeks (28 nights) or per calendar month.</summary>
public enum PaymentPeriodKind
{
    FourWeekly = 1,
    Monthly = 2,
}
