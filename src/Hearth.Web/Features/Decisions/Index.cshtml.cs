using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Decisions;

/// <summary>The authority's register of executive decisions; whether each is key is computed from the authority's threshold.</summary>
[Authorize(Roles = Roles.Commissioner + "," + Roles.Auditor)]
public sealed class IndexModel(HearthDb db, OrganisationScope scope) : PageModel
{
    public sealed record Row(int Id, string Reference, string Title, Money Value, int Divisions, KeyDecisionStatus Status, IReadOnlyList<string> KeyReasons);

    public List<Row> Rows { get; private set; } = [];
    public string AuthorityName { get; private set; } = "";
    public bool CanCreate => scope.IsInRole(Roles.Commissioner);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!scope.IsAuthority) return Forbid();
        var authority = await db.Authorities.AsNoTracking().SingleAsync(a => a.Id == scope.FilterOrganisationId, ct);
        AuthorityName = authority.Name;
        var decisions = await db.KeyDecisions.AsNoTracking().OrderByDescending(d => d.Reference)
            .Select(d => new { d.Id, d.Reference, d.Title, d.Value, d.DivisionsAffected, d.Status }).ToListAsync(ct);
        Rows = decisions.Select(d => new Row(d.Id, d.Reference, d.Title, d.Value, d.DivisionsAffected, d.Status,
            KeyDecision.KeyDecisionReasons(d.Value, d.DivisionsAffected, authority.KeyDecisionThreshold))).ToList();
        return Page();
    }
}
