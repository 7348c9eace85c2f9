using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>Spot purchases, shared by the pages and the API: the framework band, opening one, a manager's approval, the review list.</summary>
public sealed class SpotWork(HearthDb db, OrganisationScope scope, TimeProvider clock)
{
    public sealed record SpotRow(int Id, int ReferralId, string Provider, string HouseholdReference, PlacementCategory Category, Money WeeklyFee,
        Money AdditionalCosts, Money? BandPrice, bool AboveBand, string Status, string OpenedBy, DateTimeOffset OpenedAt, string? ApprovedBy,
        DateTimeOffset? ApprovedAt, string Justification, int? DecisionId, bool Chosen);

    public DateOnly Today => London.Today(clock);

    /// <summary>The category the rule would give the referral's children (the eldest decides among siblings).</summary>
    public async Task<(PlacementCategory Category, int Age, DateOnly On)> DefaultsForAsync(Referral referral, CancellationToken ct)
    {
        var ids = referral.Children.Select(c => c.ChildId).ToList();
        var children = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.DateOfBirth).ToListAsync(ct);
        var on = PlacementFromDecision.StartFor(referral.NeededFrom, null, Today);
        var eldest = children[0];
        return (PlacementFromDecision.CategoryFor(eldest.IsUasc, eldest.HasDisability, referral.PlacementType), Child.AgeOn(eldest.DateOfBirth, on), on);
    }

    /// <summary>
    /// The band (docs/decisions/0018): the highest contracted price on the day among the active members of the lots that
    /// price the category, on the frameworks the authority is party to and that are live on the day, for the child's age.
    /// </summary>
    public async Task<SpotBand> BandAsync(PlacementCategory category, int age, DateOnly on, CancellationToken ct)
    {
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Uplifts).Where(f => f.StartDate <= on && f.EndDate >= on).ToListAsync(ct);
        var ids = frameworks.Select(f => f.Id).ToList();
        var members = await db.FrameworkLotMembers.AsNoTracking()
            .Where(m => ids.Contains(m.FrameworkId) && m.Category == category && m.Status == LotMembershipStatus.Active).ToListAsync(ct);
        var prices = members.Select(m =>
        {
            var f = frameworks.Single(x => x.Id == m.FrameworkId);
            return f.PriceOn(m, $"CAT-{(int)category}", age, on);
        }).ToList();
        var counted = prices.Count(p => p is not null);
        var band = members.FirstOrDefault()?.AgeBands.Bands.FirstOrDefault(b => b.Contains(age));
        return SpotBand.Highest(prices, $"Highest contracted price for {CategoryName(category)}, age {band?.ToString() ?? age.ToString(System.Globalization.CultureInfo.InvariantCulture)}, among {counted} active framework {(counted == 1 ? "member" : "members")} on {on:d MMM yyyy}");
    }

    public async Task<SpotPurchase> OpenAsync(Referral referral, int providerId, string? householdReference, PlacementCategory? category,
        Money weeklyFee, Money additionalCosts, DateOnly? earliestStart, string? justification, CancellationToken ct)
    {
        if (await db.CallOffDecisions.AnyAsync(d => d.ReferralId == referral.Id, ct))
            throw new DomainException("Justification", "A decision has already been recorded for this referral");
        if (!await db.Providers.AnyAsync(p => p.Id == providerId, ct)) throw new DomainException("ProviderId", "Select the provider");
        ProviderSuspension.EnsureNotSuspended(await db.ProviderSuspensions.Where(s => s.ProviderId == providerId && s.ReinstatedOn == null).ToListAsync(ct), providerId);
        var defaults = await DefaultsForAsync(referral, ct);
        var chosenCategory = category ?? defaults.Category;
        var band = await BandAsync(chosenCategory, defaults.Age, defaults.On, ct);
        var spot = SpotPurchase.Open(referral.AuthorityId, referral.Id, providerId, householdReference, chosenCategory, weeklyFee, additionalCosts,
            earliestStart, justification, band, scope.UserId ?? 0, scope.ActorName, clock.GetUtcNow(), Today);
        db.SpotPurchases.Add(spot);
        await db.SaveChangesAsync(ct);
        return spot;
    }

    public async Task ApproveAsync(SpotPurchase spot, int shownVersion, string? reason, CancellationToken ct)
    {
        db.Entry(spot).Property(s => s.Version).OriginalValue = shownVersion;
        spot.Approve(scope.UserId ?? 0, scope.ActorName, reason, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public Task<SpotPurchase?> FindAsync(int id, CancellationToken ct) => db.SpotPurchases.SingleOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>The review list, newest first, filtered by status ("awaiting", "approved", "within", "chosen") and provider.</summary>
    public async Task<List<SpotRow>> ListAsync(string? status, int? providerId, CancellationToken ct)
    {
        var query = db.SpotPurchases.AsNoTracking();
        if (providerId is { } p) query = query.Where(s => s.ProviderId == p);
        query = status switch
        {
            "awaiting" => query.Where(s => s.AboveBand && s.ApprovedAt == null),
            "approved" => query.Where(s => s.ApprovedAt != null),
            "within" => query.Where(s => !s.AboveBand),
            _ => query,
        };
        var spots = await query.OrderByDescending(s => s.Id).Take(1000).ToListAsync(ct);
        var providerIds = spots.Select(s => s.ProviderId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => providerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var referralIds = spots.Select(s => s.ReferralId).Distinct().ToList();
        var decisions = await db.CallOffDecisions.AsNoTracking().Where(d => referralIds.Contains(d.ReferralId))
            .Select(d => new { d.Id, d.ReferralId, d.ChosenKey }).ToListAsync(ct);
        var rows = spots.Select(s =>
        {
            var decision = decisions.FirstOrDefault(d => d.ReferralId == s.ReferralId);
            var chosen = decision?.ChosenKey == s.OptionKey;
            return new SpotRow(s.Id, s.ReferralId, names.GetValueOrDefault(s.ProviderId, ""), s.HouseholdReference, s.Category, s.WeeklyFee,
                s.AdditionalCosts, s.BandPrice, s.AboveBand, chosen ? "Chosen" : StatusOf(s), s.OpenedByName, s.OpenedAt, s.ApprovedByName, s.ApprovedAt,
                s.Justification, decision?.Id, chosen);
        }).ToList();
        return status == "chosen" ? [.. rows.Where(r => r.Chosen)] : rows;
    }

    public static string StatusOf(SpotPurchase s) => !s.AboveBand ? "Within band" : s.ApprovedAt is null ? "Awaiting approval" : "Approved";

    public static string CategoryName(PlacementCategory c) => c switch
    {
        PlacementCategory.Standard => "standard",
        PlacementCategory.ComplexNeeds => "complex needs",
        PlacementCategory.DisabilityOrComplexHealth => "disability or complex health",
        PlacementCategory.ParentAndChild => "parent and child",
        PlacementCategory.SeparatedChildren => "separated children",
        _ => "enhanced or step-down",
    };
}
