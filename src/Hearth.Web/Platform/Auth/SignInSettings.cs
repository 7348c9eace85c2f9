namespace Hearth.Web.Platform.Auth;

/// <summary>
/// How hard Hearth makes guessing passwords, and how long a session lasts (section "SignIn", ADR 0026). The defaults are
/// the service's; the test hosts raise the rate limits so that hundreds of test sign-ins from one address can run.
/// </summary>
public sealed class SignInSettings
{
    public const string Section = "SignIn";

    /// <summary>Credential posts (sign in, change password, accept an invitation) one client address may make per minute.</summary>
    public int AttemptsPerAddressPerMinute { get; set; } = 30;

    /// <summary>Sign-in attempts for one email address per minute (from browsers that have not signed in to it before).</summary>
    public int AttemptsPerAccountPerMinute { get; set; } = 10;

    /// <summary>Wrong passwords for an address before Hearth starts to make people wait.</summary>
    public int FreeFailures { get; set; } = 4;

    /// <summary>The wait after the first wrong password past <see cref="FreeFailures"/>; it doubles with each one after.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts, however many wrong passwords.</summary>
    public TimeSpan MaximumDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wrong passwords are forgotten after this long without another.</summary>
    public TimeSpan FailureMemory { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A session ends after this long without a request (the timeout warning comes first).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after signing in, however active.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(10);

    /// <summary>How long before the idle timeout the "You’re about to be signed out" warning appears.</summary>
    public TimeSpan TimeoutWarning { get; set; } = TimeSpan.FromMinutes(2);

    public Hearth.Domain.Organisations.SignInDelays Delays => new(FreeFailures, FirstDelay, MaximumDelay);
}
