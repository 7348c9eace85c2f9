using Hearth.Web.Data.Demo;

namespace Hearth.Web.Tests.Scoping;

/// <summary>How an endpoint treats another organisation's ids.</summary>
public enum CrossOrganisation
{
    /// <summary>The address holds no organisation's id: nothing to try.</summary>
    NoIds,
    /// <summary>Another organisation's record must not be found: 404 (or 403), and nothing changes.</summary>
    Hidden,
    /// <summary>Shared by design (the directory of organisations): another organisation's id is answered.</summary>
    Shared,
}

/// <summary>
/// One endpoint in the scoping matrix: who may use it, and how to build its address with the signer's own ids and with
/// another organisation's. Every page and API endpoint must have a case (EndpointCoverageTests checks).
/// </summary>
public sealed record ScopeCase(
    string Name,
    string Method,
    string Route,
    Func<DemoSignIn, bool> Allowed,
    CrossOrganisation Cross,
    Func<ScopeContext, Task<string>> OwnUrl,
    Func<ScopeContext, Task<string>>? OtherUrl = null,
    Func<ScopeContext, Task<bool>>? OtherUnchanged = null)
{
    public override string ToString() => Name;
}
