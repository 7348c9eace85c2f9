using Hearth.Domain.Common;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Frameworks;

/// <summary>One framework: parties, term and extensions, members, and per lot the ranked members and their contracted prices (a provider sees only its own membership).</summary>
[Authorize(Roles = FrameworkRoles.Readers)]
public sealed class DetailsModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public FrameworkView? Framework { get; private set; }
    public FrameworkLotsView? Lots { get; private set; }
    public DateOnly Today { get; private set; }
    public bool IsProvider => scope.IsProvider;
    public bool CanOpenDecisions => scope.IsAuthority && (scope.IsInRole(Roles.Commissioner) || scope.IsInRole(Roles.Auditor));

    /// <param name="prices">The price list to show: prices effective from this date (the latest when absent).</param>
    public async Task<IActionResult> OnGetAsync(int id, DateOnly? prices, CancellationToken ct)
    {
        Framework = await FrameworkView.LoadAsync(db, scope, id, ct);
        if (Framework is null) return NotFound();
        Lots = await FrameworkLotsView.LoadAsync(db, scope, id, ct, prices);
        Today = London.Today(clock);
        return Page();
    }
}
