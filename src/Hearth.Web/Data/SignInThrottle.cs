namespace Hearth.Web.Data;

/// <summary>
/// Wrong passwords for one email address (ADR 0026), whether or not an account has that address, so that the delays
/// they cause say nothing about which addresses exist. Keyed by a hash of the address (and of the browser, for a
/// browser that has signed in to that account before), never the address itself. Not audited.
/// </summary>
public sealed class SignInThrottle
{
    /// <summary>SHA-256 of the normalised email address (and, for a known browser, its device id), hex.</summary>
    public string Key { get; set; } = "";
    public int Failures { get; set; }
    public DateTimeOffset LastFailureAt { get; set; }
    /// <summary>No attempt is checked before this instant: each wrong password after the first few doubles the wait.</summary>
    public DateTimeOffset NotBefore { get; set; }
}
