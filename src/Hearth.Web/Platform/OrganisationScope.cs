using System.Globalization;
using System.Security.Claims;
using Hearth.Domain.Organisations;

namespace Hearth.Web.Platform;

/// <summary>
/// Who is asking, for the one place where data is scoped (ARCHITECTURE §5): HearthDb's query filters read it, and so does
/// every page that decides what a user may manage. Read from the signed-in user (cookie or API token); code that runs
/// for the system itself (demo data, background jobs, benchmarks) enters the system scope explicitly.
/// </summary>
public sealed class OrganisationScope
{
    private readonly IHttpContextAccessor? _http;
    private bool _system;
    private ClaimsPrincipal? _actingFor;

    public OrganisationScope(IHttpContextAccessor http) => _http = http;

    private OrganisationScope(bool system) => _system = system;

    /// <summary>A scope that sees everything: only for system code, never for a request.</summary>
    public static OrganisationScope System() => new(system: true);

    public void EnterSystemScope() => _system = true;

    public bool IsSystem => _system;

    /// <summary>
    /// Background work done for a person (a placement import job): from now on this scope is that person's, as if they had
    /// made the request, so their organisation's query filters and the audit trail's actor apply.
    /// </summary>
    public void ActFor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (_system) throw new InvalidOperationException("A system scope cannot act for a person.");
        _actingFor = user;
    }

    private ClaimsPrincipal? User => _actingFor ?? _http?.HttpContext?.User;

    public int? OrganisationId =>
        User?.FindFirstValue(HearthClaims.OrganisationId) is { } id && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    public OrganisationKind? Kind =>
        Enum.TryParse<OrganisationKind>(User?.FindFirstValue(HearthClaims.OrganisationKind), out var kind) ? kind : null;

    public bool IsAuthority => !_system && Kind == OrganisationKind.Authority && OrganisationId is not null;
    public bool IsProvider => !_system && Kind == OrganisationKind.Provider && OrganisationId is not null;

    /// <summary>The service operator's staff (ADR 0024): neither an authority nor a provider, so every query filter hides their records.</summary>
    public bool IsOperator => !_system && Kind == OrganisationKind.Operator && OrganisationId is not null;

    /// <summary>A service operator: may add providers with their first administrator, and suspend or close organisations.</summary>
    public bool CanOperate => IsOperator && IsInRole(Roles.ServiceOperator);

    /// <summary>The organisation id to filter by; -1 (matches nothing) when nobody is signed in.</summary>
    public int FilterOrganisationId => OrganisationId ?? -1;

    public int? UserId =>
        User?.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    public string ActorName => _system ? "System" : User?.FindFirstValue(HearthClaims.DisplayName) ?? User?.Identity?.Name ?? "Anonymous";

    public bool IsInRole(string role) => User?.IsInRole(role) == true;

    public bool HasClaim(string type, string value) => User?.HasClaim(type, value) == true;

    /// <summary>
    /// Whether this user may manage an organisation's people, tokens and details: its own administrators only (ADR 0024).
    /// Nobody manages another organisation's accounts; the service operator's powers over other organisations (adding a
    /// provider with its first administrator, suspending, closing) are separate and checked with <see cref="CanOperate"/>.
    /// </summary>
    public bool CanManageOrganisation(int organisationId) =>
        _system || (IsInRole(Roles.Administrator) && OrganisationId == organisationId);
}
