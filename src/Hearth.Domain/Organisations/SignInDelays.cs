namespace Hearth.Domain.Organisations;

/// <summary>
/// How long someone must wait after wrong passwords for one email address, instead of a lock anyone could trigger
/// (ADR 0026): the first <see cref="FreeFailures"/> cost nothing, the next waits <see cref="FirstDelay"/>, and each one after
/// doubles the wait up to <see cref="MaximumDelay"/>. The right password is always accepted once the wait is over.
/// </summary>
public sealed record SignInDelays(int FreeFailures, TimeSpan FirstDelay, TimeSpan MaximumDelay)
{
    /// <summary>The wait after <paramref name="failures"/> wrong passwords in a row.</summary>
    public TimeSpan After(int failures)
    {
        if (failures <= FreeFailures) return TimeSpan.Zero;
        var doublings = Math.Min(failures - FreeFailures - 1, 30);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay > MaximumDelay ? MaximumDelay : delay;
    }
}
