namespace Hearth.Web.Data;

/// <summary>
/// A signed-in browser session, held on the server so that it can be ended there (ADR 0026): signing out, a password
/// change, a disabled account or a suspended organisation ends it on the next request, whatever the browser still holds.
/// The cookie carries a random session id; only its SHA-256 is stored. Not audited (the changes that end sessions are).
/// </summary>
public sealed class SignInSession
{
    public long Id { get; set; }
    /// <summary>SHA-256 of the session id in the cookie, hex.</summary>
    public string TokenHash { get; set; } = "";
    public int UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The last request seen (updated at most once a minute): the idle timeout counts from here.</summary>
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    /// <summary>Why the session ended early: signed out, password changed, account disabled, organisation suspended.</summary>
    public string? RevokedReason { get; set; }
}
