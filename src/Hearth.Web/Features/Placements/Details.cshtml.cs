using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform.Audit;
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
    public int? NextPlacementId { get; private set; }
    public bool PreviousHidden { get; private set; }
    public Dictionary<FinancialYear, Money> Additional { get; } = [];
    public List<SourceCost> BySource { get; } = [];

    public sealed record SourceCost(FinancialYear Year, FundingSource Source, Money Amount);

    public async Task<IActionResult> OnGetAsync(int id, string? saved, CancellationToken ct)
    {
        var placement = await db.Placements.AsNoTracking().WithCosting().Include(p => p.Corrections)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (placement is null) return NotFound();
        Placement = placement;
        Child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == placement.ChildId, ct);
        await db.RecordAccessAsync(SensitiveReads.ChildrenShownToProvider(db.Scope, [(Child.Id, Child.AuthorityId)], "Name and case reference", $"Placement {id}"), ct);
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
        NextPlacementId = await db.Placements.Where(p => p.PreviousPlacementId == id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (placement.PreviousPlacementId is { } previous && !await db.Placements.AnyAsync(p => p.Id == previous, ct)) PreviousHidden = true;
        // Everything charged to date by year and funding source, from the same cost lines the spend report sums (ADR 0014, 0019).
        var lines = PlacementCostLines.For(placement, London.Today(clock));
        if (Costs.Count > 0 || lines.Any(l => l.Kind == CostLineKind.OneOff))
        {
            var first = FinancialYear.Containing(lines.Min(l => l.FirstNight));
            var last = FinancialYear.Containing(tomorrow.AddDays(-1));
            for (var year = first; year <= last; year = year.Next)
            {
                var additional = lines.Where(l => l.Kind is CostLineKind.AdditionalWeekly or CostLineKind.OneOff)
                    .Aggregate(Money.Zero, (sum, l) => sum + l.CostIn(year, tomorrow));
                foreach (var source in Enum.GetValues<FundingSource>())
                {
                    var amount = lines.Where(l => l.FundingSource == source).Aggregate(Money.Zero, (sum, l) => sum + l.CostIn(year, tomorrow));
                    if (amount != Money.Zero) BySource.Add(new SourceCost(year, source, amount));
                }
                if (additional != Money.Zero) Additional[year] = additional;
            }
        }
        Saved = saved;
        return Page();
    }
}
