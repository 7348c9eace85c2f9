using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Features.Placements;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Scoping;

/// <summary>Additional costs for the scoping matrix: one per organisation's first live placement, made once.</summary>
public static class ScopeContextCosts
{
    public const string Description = "Scope matrix cost";

    /// <summary>
    /// "/placements/{id}/additional-costs/{costId}" for a one-off £1 cost ten years ahead on the organisation's last live
    /// placement not created by an import (the import tests give theirs funding splits; the tests that change placements take
    /// the first ones): it never counts in spend to date, so Kent's spend
    /// fingerprints are untouched.
    /// </summary>
    public static async Task<string> MatrixCostPathAsync(this ScopeContext c, int organisationId) => await c.App.WithDbAsync(async db =>
    {
        var placementId = await db.Placements.Where(p => p.EndDate == null && p.CallOffDecisionId == null && p.ExternalReference == null && (p.AuthorityId == organisationId || p.ProviderId == organisationId))
            .OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync();
        return $"/placements/{placementId}/additional-costs/{await c.MatrixCostInAsync(placementId)}";
    });

    private static readonly SemaphoreSlim Creating = new(1, 1);

    private static async Task<int> MatrixCostInAsync(this ScopeContext c, int placementId)
    {
        await Creating.WaitAsync();
        try
        {
            return await CreateAsync(c, placementId);
        }
        finally
        {
            Creating.Release();
        }
    }

    private static async Task<int> CreateAsync(ScopeContext c, int placementId)
    {
        return await c.App.WithDbAsync(async db =>
        {
            var placement = await db.Placements.WithCosting().SingleAsync(p => p.Id == placementId);
            if (placement.AdditionalCosts.FirstOrDefault(x => x.Description == Description) is { } existing) return existing.Id;
            var cost = placement.AddOneOffCost(Description, placement.FundingSource, TestClock.Today.AddYears(10), Money.FromPence(100),
                TestClock.Today);
            await db.SaveChangesAsync();
            return cost.Id;
        });
    }

    /// <summary>
    /// "/placements/{id}/funding-split/{shareId}" for a 1p-a-week education contribution ten years ahead on the same placement
    /// as <see cref="MatrixCostPathAsync"/> (made under the same lock, so the two never race for its version).
    /// </summary>
    public static async Task<string> MatrixSharePathAsync(this ScopeContext c, int organisationId)
    {
        var placementId = await c.App.WithDbAsync(db => db.Placements.Where(p => p.EndDate == null && p.CallOffDecisionId == null && p.ExternalReference == null && (p.AuthorityId == organisationId || p.ProviderId == organisationId))
            .OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());
        await Creating.WaitAsync();
        try
        {
            var shareId = await c.App.WithDbAsync(async db =>
            {
                var placement = await db.Placements.WithCosting().SingleAsync(p => p.Id == placementId);
                var from = TestClock.Today.AddYears(10);
                if (placement.FundingShares.FirstOrDefault(x => x.FundingSource == FundingSource.EducationContribution && x.From >= from.AddDays(-30)) is { } existing)
                    return existing.Id;
                var share = placement.AddFundingShare(FundingSource.EducationContribution, from, null, Money.FromPence(1), null, TestClock.Today);
                await db.SaveChangesAsync();
                return share.Id;
            });
            return $"/placements/{placementId}/funding-split/{shareId}";
        }
        finally
        {
            Creating.Release();
        }
    }

    /// <summary>Whether the organisation's matrix share is still there at 1p a week (a trespassing correction or removal changed nothing).</summary>
    public static async Task<bool> MatrixShareUnchangedAsync(this ScopeContext c, int organisationId)
    {
        var path = await c.MatrixSharePathAsync(organisationId);
        var shareId = int.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return await c.App.WithDbAsync(db => db.Set<PlacementFundingShare>().AnyAsync(x => x.Id == shareId && x.WeeklyAmount == Money.FromPence(1)));
    }

    /// <summary>Whether the organisation's matrix cost still has its £1 (a trespassing correction changed nothing).</summary>
    public static async Task<bool> MatrixCostUnchangedAsync(this ScopeContext c, int organisationId)
    {
        var path = await c.MatrixCostPathAsync(organisationId);
        var costId = int.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return await c.App.WithDbAsync(db => db.Set<PlacementAdditionalCost>().AnyAsync(x => x.Id == costId && x.Amount == Money.FromPence(100)));
    }
}
