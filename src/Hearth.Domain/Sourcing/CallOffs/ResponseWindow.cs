using Hearth.Domain.Common;
using Hearth.Domain.Procurement;

namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>
/// How long a provider has to answer a call-off: a number of hours (emergency, urgent) or of working days (planned; the
/// deadline is the same London clock time that many working days later, skipping weekends and bank holidays).
/// </summary>
public sealed record ResponseWindow(int? Hours, int? WorkingDays)
{
    public static ResponseWindow OfHours(int hours) => new(hours, null);
    public static ResponseWindow OfWorkingDays(int days) => new(null, days);

    /// <summary>The deadline for a provider asked at <paramref name="askedAt"/>, as a UTC instant.</summary>
    public DateTimeOffset DeadlineFrom(DateTimeOffset askedAt, IReadOnlySet<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        if (Hours is { } hours) return askedAt.ToUniversalTime().AddHours(hours);
        var local = London.ToLondon(askedAt);
        var date = DateOnly.FromDateTime(local.DateTime);
        for (var added = 0; added < (WorkingDays ?? 0);)
        {
            date = date.AddDays(1);
            if (Procurement.WorkingDays.IsWorkingDay(date, bankHolidays)) added++;
        }
        var wall = date.ToDateTime(TimeOnly.FromDateTime(local.DateTime));
        // Convert the London wall-clock time back to an instant (a time skipped by the clocks going forward moves on an hour).
        if (London.Zone.IsInvalidTime(wall)) wall = wall.AddHours(1);
        return new DateTimeOffset(wall, London.Zone.GetUtcOffset(wall)).ToUniversalTime();
    }

    public string Describe() => Hours is { } h ? $"{h} hour{(h == 1 ? "" : "s")}" : $"{WorkingDays} working day{(WorkingDays == 1 ? "" : "s")}";
}
