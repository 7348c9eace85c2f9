using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Tenders;

/// <summary>The tenders the user's authority runs or takes part in.</summary>
[Authorize(Roles = TenderRoles.Readers)]
public sealed class IndexModel(HearthDb db, OrganisationScope scope) : PageModel
{
    public sealed record Row(int Id, string Reference, string Title, TenderStatus Status, DateTimeOffset SubmissionDeadline, int Lots, bool Lead);

    public List<Row> Tenders { get; private set; } = [];

    public bool CanCreate => scope.IsInRole(Roles.Commissioner);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var org = scope.FilterOrganisationId;
        var rows = await db.Tenders.AsNoTracking()
            .OrderByDescending(t => t.TermStart).ThenBy(t => t.Reference)
            .Select(t => new { t.Id, t.Reference, t.Title, t.Status, t.Timeline, Lots = t.Lots.Count, Lead = t.LeadAuthorityId == org })
            .ToListAsync(ct);
        Tenders = rows.Select(r => new Row(r.Id, r.Reference, r.Title, r.Status, r.Timeline.SubmissionDeadline, r.Lots, r.Lead)).ToList();
    }
}
