using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Features.Tenders;

/// <summary>Change a draft tender's particulars (a published tender is frozen).</summary>
[Authorize(Roles = TenderRoles.Managers)]
public sealed class EditModel(TenderWorkflow workflow, HearthDb db, OrganisationScope scope) : TenderFormModel(db, scope)
{
    public Tender Tender { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await workflow.FindAsync(id, ct) is not { } tender) return NotFound();
        if (!workflow.CanManage(tender)) return Forbid();
        if (tender.Status != TenderStatus.Draft) return Redirect($"/tenders/{id}");
        Tender = tender;
        Input = TenderInput.From(tender);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await workflow.FindAsync(id, ct) is not { } tender) return NotFound();
        if (!workflow.CanManage(tender)) return Forbid();
        if (tender.Status != TenderStatus.Draft) return Redirect($"/tenders/{id}");
        Tender = tender;
        await LoadChoicesAsync(ct);
        if (!ModelState.IsValid) return Page();
        await workflow.UpdateAsync(tender, Input, ct);
        return Redirect($"/tenders/{id}?saved=" + Uri.EscapeDataString("Tender details saved"));
    }
}
