namespace Hearth.Domain.Common;

/// <summary>
/// Europe/London time. "Today" in Hearth is the London calendar date, so a placement starting at 00:30 BST on 1 April is a
/// 1 April start even though it is still 31 March in UTC.
/// </summary>
public static class London
{
    /// <summary>The Europe/London time zone (GMT in winter, BST in summer), found by its IANA id.</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>The Europe/London calendar date at the clock's current instant.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>The London calendar date of an instant (23:30 UTC on a BST evening is already the next day).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLondon(instant).DateTime);

    /// <summary>
    /// The instant a London clock shows <paramref name="time"/> on <paramref name="date"/>. In the hour the clocks go back
    /// (01:00–02:00 on the last Sunday of October, shown twice) it is the first, BST, one; a time the clocks skip
    /// (01:00–02:00 on the last Sunday of March) is read as the same time an hour later, as a clock put forward would show.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The same instant expressed in London local time (offset +00:00 in GMT, +01:00 in BST).</summary>
    public static DateTimeOffset ToLondon(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private static TimeZoneInfo FindZone()
    {
        const string ianaId = "Europe/London";
        if (TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone))
        {
            return zone;
        }

        // Windows without ICU time-zone support knows the zone only by its Windows id.
        return TimeZoneInfo.TryConvertIanaIdToWindowsId(ianaId, out var windowsId)
            ? TimeZoneInfo.FindSystemTimeZoneById(windowsId)
            : throw new TimeZoneNotFoundException("The Europe/London time zone is not installed");
    }
}
