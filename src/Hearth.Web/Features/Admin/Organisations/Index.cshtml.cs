using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Organisations;

/// <summary>
/// The directory of organisations. An administrator opens their own organisation's details; a service operator opens any
/// other organisation's status, and adds providers (ADR 0024).
/// </summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.ServiceOperator)]
public sealed class IndexModel(HearthDb db, OrganisationScope scope) : PageModel
{
    public sealed record Row(int Id, string Name, string Code, string Status, string? Grade, string? Link);

    public List<Row> Authorities { get; private set; } = [];
    public List<Row> Providers { get; private set; } = [];
    public bool CanAddProvider => scope.CanOperate;
    public string? OwnLink => scope.IsInRole(Roles.Administrator) ? $"/admin/organisations/{scope.FilterOrganisationId}" : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Authorities = (await db.Authorities.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct))
            .Select(a => new Row(a.Id, a.Name, a.OnsCode, StatusText(a.Status), null, LinkFor(a.Id))).ToList();
        Providers = (await db.Providers.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct))
            .Select(p => new Row(p.Id, p.Name, p.OfstedUrn, StatusText(p.Status), Grade(p.OfstedGrade), LinkFor(p.Id))).ToList();
    }

    private string? LinkFor(int id) =>
        scope.CanManageOrganisation(id) ? $"/admin/organisations/{id}"
        : scope.CanOperate ? $"/admin/organisations/{id}/status"
        : null;

    public static string StatusText(OrganisationStatus status)
    {
        var text = Organisation.StatusText(status);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static string? Grade(OfstedGrade? grade) => grade switch
    {
        OfstedGrade.Outstanding => "Outstanding",
        OfstedGrade.Good => "Good",
        OfstedGrade.RequiresImprovement => "Requires improvement",
        OfstedGrade.Inadequate => "Inadequate",
        _ => null,
    };
}
