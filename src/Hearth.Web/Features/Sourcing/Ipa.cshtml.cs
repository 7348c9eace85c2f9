using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Sourcing;

/// <summary>Downloads the Individual Placement Agreement (authority staff, or the chosen provider).</summary>
[Authorize(Roles = SourcingAccess.IpaReaders)]
public sealed class IpaModel(HearthDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await IpaDocument.BuildAsync(db, id, ct) is { } pdf ? File(pdf, "application/pdf", $"individual-placement-agreement-{id}.pdf") : NotFound();
}
