using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Frameworks;

/// <summary>
/// One framework as its page and the API show it, read under the user's scope: HearthDb only finds frameworks the user's
/// authority is party to or the user's provider is a member of; a provider sees only its own membership line, and
/// authorising decisions show their reference only to the authority whose register holds them.
/// </summary>
public sealed record FrameworkView(
    int Id, string Reference, string Title, ProcurementRegime Regime, DateOnly StartDate, DateOnly OriginalEndDate, DateOnly EndDate,
    FrameworkView.DecisionLink? Decision, IReadOnlyList<FrameworkView.Party> Parties, IReadOnlyList<FrameworkView.Extension> Extensions,
    IReadOnlyList<FrameworkView.Member> Members)
{
    /// <summary>A decision that authorised the framework or an extension; Reference is null when it is another authority's.</summary>
    public sealed record DecisionLink(int Id, string? Reference);

    public sealed record Party(int AuthorityId, string Name, bool IsLead);

    public sealed record Extension(DateOnly PreviousEndDate, DateOnly NewEndDate, string Route, string Reason, DecisionLink Decision);

    public sealed record Member(int ProviderId, string Name, OfstedGrade? OfstedGrade, DateOnly JoinedOn);

    public bool ExceedsMaximumTerm => Framework.ExceedsMaximumTerm(Regime, StartDate, EndDate);

    public DateOnly MaximumEndDate => Framework.MaximumEndDate(Regime, StartDate);

    public static async Task<FrameworkView?> LoadAsync(HearthDb db, OrganisationScope scope, int id, CancellationToken ct)
    {
        var framework = await db.Frameworks.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new { f.Id, f.Reference, f.Title, f.Regime, f.StartDate, f.OriginalEndDate, f.EndDate, f.KeyDecisionId })
            .SingleOrDefaultAsync(ct);
        if (framework is null) return null;

        var inScope = db.Frameworks.AsNoTracking().Where(f => f.Id == id);
        var parties = await inScope.SelectMany(f => f.Parties)
            .Join(db.Authorities, p => p.AuthorityId, a => a.Id, (p, a) => new Party(a.Id, a.Name, p.IsLead))
            .ToListAsync(ct);
        var extensions = await inScope.SelectMany(f => f.Extensions)
            .Select(e => new { e.PreviousEndDate, e.NewEndDate, e.Route, e.Reason, e.KeyDecisionId }).ToListAsync(ct);
        var providerOnly = scope.IsProvider;
        var ownProvider = scope.FilterOrganisationId;
        var members = await inScope.SelectMany(f => f.Members)
            .Where(m => !providerOnly || m.ProviderId == ownProvider)
            .Join(db.Providers, m => m.ProviderId, p => p.Id, (m, p) => new Member(p.Id, p.Name, p.OfstedGrade, m.JoinedOn))
            .ToListAsync(ct);

        var decisionIds = extensions.Select(e => e.KeyDecisionId).Append(framework.KeyDecisionId ?? 0).Distinct().ToList();
        // Scoped by HearthDb: only the user's own authority's register answers.
        var references = await db.KeyDecisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Reference, ct);
        DecisionLink Link(int decisionId) => new(decisionId, references.GetValueOrDefault(decisionId));

        return new FrameworkView(framework.Id, framework.Reference, framework.Title, framework.Regime, framework.StartDate,
            framework.OriginalEndDate, framework.EndDate, framework.KeyDecisionId is { } k ? Link(k) : null,
            parties.OrderByDescending(p => p.IsLead).ThenBy(p => p.Name).ToList(),
            extensions.OrderBy(e => e.NewEndDate).Select(e => new Extension(e.PreviousEndDate, e.NewEndDate, e.Route, e.Reason, Link(e.KeyDecisionId))).ToList(),
            members.OrderBy(m => m.Name).ToList());
    }
}
