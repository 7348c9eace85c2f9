using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Organisations;

[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(HearthDb db, OrganisationScope scope) : PageModel
{
    public sealed record Row(int Id, string Name, string Code, string Status, string? Grade, bool CanManage);

    public List<Row> Authorities { get; private set; } = [];
    public List<Row> Providers { get; private set; } = [];
    public bool CanAddProvider => scope.IsAuthority;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Authorities = (await db.Authorities.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct))
            .Select(a => new Row(a.Id, a.Name, a.OnsCode, a.Status.ToString(), null, scope.CanManageOrganisation(a.Id, a.Kind))).ToList();
        Providers = (await db.Providers.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct))
            .Select(p => new Row(p.Id, p.Name, p.OfstedUrn, p.Status.ToString(), Grade(p.OfstedGrade), scope.CanManageOrganisation(p.Id, p.Kind))).ToList();
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
