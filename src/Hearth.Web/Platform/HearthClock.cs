using Hearth.Domain.Common;

namespace Hearth.Web.Platform;

/// <summary>
/// Hearth's one clock (ADR 0027): every read of the time in the application, its workers and its demo data goes through
/// this <see cref="TimeProvider"/>. It tells the time of its source — the system clock in a running Hearth, a test's clock
/// in the tests — except inside <see cref="Pin"/>, where the code that runs in that flow sees a chosen instant. The demo
/// data is written that way, so that the same seed and as-of date give the same records whatever the real date.
/// "Today" is always <see cref="London.Today(TimeProvider)"/> of this clock.
/// </summary>
public sealed class HearthClock(TimeProvider source) : TimeProvider
{
    private readonly AsyncLocal<DateTimeOffset?> _pinned = new();

    /// <summary>The clock this one tells the time of outside a pin.</summary>
    public TimeProvider Source { get; } = source ?? throw new ArgumentNullException(nameof(source));

    public override DateTimeOffset GetUtcNow() => _pinned.Value ?? Source.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => London.Zone;

    public override long GetTimestamp() => Source.GetTimestamp();

    public override long TimestampFrequency => Source.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Source.CreateTimer(callback, state, dueTime, period);

    /// <summary>
    /// Until the returned handle is disposed, this flow (and the work it awaits) reads <paramref name="instant"/> as now.
    /// Other flows — requests, workers — keep reading the source.
    /// </summary>
    public Pinned Pin(DateTimeOffset instant)
    {
        var previous = _pinned.Value;
        _pinned.Value = instant.ToUniversalTime();
        return new Pinned(this, previous);
    }

    /// <summary>Moves the pinned instant of this flow (inside <see cref="Pin"/>), as the demo's story moves from day to day.</summary>
    public void MovePinTo(DateTimeOffset instant)
    {
        if (_pinned.Value is null) throw new InvalidOperationException("The clock is not pinned in this flow.");
        _pinned.Value = instant.ToUniversalTime();
    }

    /// <summary>Ends a <see cref="Pin"/>.</summary>
    public readonly struct Pinned(HearthClock clock, DateTimeOffset? previous) : IDisposable
    {
        public void Dispose() => clock._pinned.Value = previous;
    }
}
