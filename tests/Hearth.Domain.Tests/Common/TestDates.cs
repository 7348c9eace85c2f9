using System.Globalization;

namespace Hearth.Domain.Tests.Common;

internal static class TestDates
{
    /// <summary>An ISO date ("2025-03-31") as a <see cref="DateOnly"/>, for readable theory data.</summary>
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An ISO date or null.</summary>
    public static DateOnly? OptionalD(string? iso) => iso is null ? null : D(iso);

    /// <summary>An ISO instant ("2025-03-30T00:59:00Z") as a <see cref="DateTimeOffset"/>.</summary>
    public static DateTimeOffset Instant(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
