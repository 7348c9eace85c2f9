using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Tenders;

/// <summary>The create and edit pages of a tender's particulars: the same fields and choices.</summary>
public abstract class TenderFormModel(HearthDb db, OrganisationScope scope) : PageModel
{
    [BindProperty]
    public TenderInput Input { get; set; } = new();

    protected OrganisationScope Scope => scope;

    public List<SelectListItem> OtherAuthorities { get; private set; } = [];
    public List<SelectListItem> Decisions { get; private set; } = [];

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        var org = scope.FilterOrganisationId;
        OtherAuthorities = await db.Authorities.IgnoreQueryFilters().Where(a => a.Id != org).OrderBy(a => a.Name)
            .Select(a => new SelectListItem(a.Name, a.Id.ToString())).ToListAsync(ct);
        Decisions = [new("No decision yet", ""), .. await db.KeyDecisions.OrderByDescending(d => d.Reference)
            .Select(d => new SelectListItem(d.Reference + ": " + d.Title, d.Id.ToString())).ToListAsync(ct)];
    }
}
