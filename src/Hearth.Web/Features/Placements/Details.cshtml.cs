using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

[Authorize(Roles = PlacementAccess.Viewers)]
public sealed class DetailsModel(HearthDb db, TimeProvider clock) : PageModel
{
    public Placement Placement { get; private set; } = null!;
    public Child Child { get; private set; } = null!;
    public string Provider { get; private set; } = "In-house";
    public string? Household { get; private set; }
    public string? Framework { get; private set; }
    public IReadOnlyList<YearCost> Costs { get; private set; } = [];
    public DateOnly CostedTo { get; private set; }
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? saved, CancellationToken ct)
    {
        var placement = await db.Placements.AsNoTracking().Include(p => p.FeePeriods).Include(p => p.Corrections)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (placement is null) return NotFound();
        Placement = placement;
        Child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == placement.ChildId, ct);
        if (placement.ProviderId is { } providerId) Provider = await db.Organisations.Where(o => o.Id == providerId).Select(o => o.Name).SingleAsync(ct);
        // The household and framework of a placement this user may see, looked up by id alone: an authority sees which
        // agency household its child lives in, a provider which framework its placement was called off.
        if (placement.HouseholdId is { } householdId)
            Household = await db.CarerHouseholds.IgnoreQueryFilters().Where(h => h.Id == householdId).Select(h => h.Reference + " (" + h.PostcodeDistrict + ")").SingleOrDefaultAsync(ct);
        if (placement.FrameworkId is { } frameworkId)
            Framework = await db.Frameworks.IgnoreQueryFilters().Where(f => f.Id == frameworkId).Select(f => f.Reference).SingleOrDefaultAsync(ct);
        var tomorrow = London.Today(clock).AddDays(1);
        CostedTo = placement.EndDate is { } end && end < tomorrow ? end : tomorrow;
        Costs = NightCosting.CostByYear(placement.StartDate, placement.EndDate, tomorrow, placement.ToFeePeriods());
        Saved = saved;
        return Page();
    }
}
