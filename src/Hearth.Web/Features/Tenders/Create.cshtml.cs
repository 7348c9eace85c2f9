using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Tenders;

/// <summary>A commissioner starts a tender as a draft: its particulars first, then lots and the panel.</summary>
[Authorize(Roles = TenderRoles.Managers)]
public sealed class CreateModel(TenderWorkflow workflow, HearthDb db, OrganisationScope scope) : TenderFormModel(db, scope)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Scope.IsAuthority) return Forbid();
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Scope.IsAuthority) return Forbid();
        await LoadChoicesAsync(ct);
        if (!ModelState.IsValid) return Page();
        var tender = await workflow.CreateAsync(Input, ct);
        return Redirect($"/tenders/{tender.Id}?saved=" + Uri.EscapeDataString("Tender created as a draft. Add its lots and evaluation panel, then publish it."));
    }
}
