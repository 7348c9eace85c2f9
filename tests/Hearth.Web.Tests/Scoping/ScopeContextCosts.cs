using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Features.Placements;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Scoping;

/// <summary>Additional costs for the scoping matrix: one per organisation's first live placement, made once.</summary>
public static class ScopeContextCosts
{
    public const string Description = "Scope matrix cost";

    /// <summary>
    /// A one-off £1 cost ten years ahead on the organisation's first live placement: it never counts in spend to date, so
    /// Kent's spend fingerprints are untouched.
    /// </summary>
    public static async Task<int> MatrixCostInAsync(this ScopeContext c, int organisationId)
    {
        var placementId = await c.PlacementIdOfAsync(organisationId);
        return await c.App.WithDbAsync(async db =>
        {
            var placement = await db.Placements.WithCosting().SingleAsync(p => p.Id == placementId);
            if (placement.AdditionalCosts.FirstOrDefault(x => x.Description == Description) is { } existing) return existing.Id;
            var cost = placement.AddOneOffCost(Description, placement.FundingSource, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(10), Money.FromPence(100),
                DateOnly.FromDateTime(DateTime.UtcNow));
            await db.SaveChangesAsync();
            return cost.Id;
        });
    }

    /// <summary>Whether the matrix cost still has its £1 (a trespassing correction changed nothing).</summary>
    public static Task<bool> MatrixCostUnchangedAsync(this ScopeContext c, int costId) => c.App.WithDbAsync(db =>
        db.Set<PlacementAdditionalCost>().AnyAsync(x => x.Id == costId && x.Amount == Money.FromPence(100)));
}
