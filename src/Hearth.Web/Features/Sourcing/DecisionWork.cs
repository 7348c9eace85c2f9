using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>
/// Selection and award, shared by the pages and the API: the options for a signed-off referral, and the choice that
/// freezes the decision record, creates the placements by rule, commits the household's places and lists the
/// unsuccessful providers to be told — all in one transaction, so a refused or conflicting choice stores nothing.
/// </summary>
public sealed class DecisionWork(HearthDb db, OrganisationScope scope, TimeProvider clock, IEnumerable<ISelectionOptionsSource> sources)
{
    public DateOnly Today => London.Today(clock);

    /// <summary>A referral of the signed-in authority released for placement finding; null otherwise (404).</summary>
    public async Task<Referral?> SignedOffReferralAsync(int id, CancellationToken ct)
    {
        if (!scope.IsAuthority) return null;
        var referral = await db.Referrals.Include(r => r.Children).SingleOrDefaultAsync(r => r.Id == id, ct);
        return referral is { Status: ReferralStatus.SignedOff } ? referral : null;
    }

    public Task<int?> DecisionIdForAsync(int referralId, CancellationToken ct) =>
        db.CallOffDecisions.Where(d => d.ReferralId == referralId).Select(d => (int?)d.Id).SingleOrDefaultAsync(ct);

    /// <summary>Every source's options and asks for the referral, combined.</summary>
    public async Task<SelectionOptions> OptionsAsync(Referral referral, CancellationToken ct)
    {
        var options = new List<DecisionOption>();
        var asks = new List<DecisionAsk>();
        foreach (var source in sources)
        {
            var found = await source.OptionsForAsync(referral, Today, ct);
            options.AddRange(found.Options);
            asks.AddRange(found.Asks);
        }
        return new SelectionOptions(options, asks);
    }

    /// <summary>Freezes the decision and awards the placement. Throws <see cref="DomainException"/> for a broken rule and
    /// <see cref="DbUpdateConcurrencyException"/> when someone else took the place or decided first.</summary>
    public async Task<CallOffDecision> ChooseAsync(Referral referral, string? chosenKey, string? rationale, CancellationToken ct)
    {
        if (await DecisionIdForAsync(referral.Id, ct) is not null)
            throw new DomainException("ChosenKey", "A decision has already been recorded for this referral: it is frozen and cannot be changed");
        var found = await OptionsAsync(referral, ct);
        var childIds = referral.Children.Select(c => c.ChildId).ToList();
        var decision = CallOffDecision.Freeze(referral.AuthorityId, referral.Id, childIds, found.Asks, found.Options, chosenKey, rationale,
            scope.UserId ?? 0, scope.ActorName, clock.GetUtcNow());
        var chosen = found.Options.Single(o => o.Key == decision.ChosenKey);
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id))
            .Select(c => new PlacementFromDecision.ChildFacts(c.Id, c.IsUasc, c.HasDisability)).ToListAsync(ct);
        // One table, no joins: the household may be a provider's (an offer), which the authority's filter hides.
        var household = chosen.HouseholdId is { } householdId
            ? await db.CarerHouseholds.IgnoreQueryFilters().SingleOrDefaultAsync(h => h.Id == householdId, ct)
            : null;
        // Checked before anything is written: a full household is refused with its own message.
        household?.CommitPlaces(children.Count);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.CallOffDecisions.Add(decision);
            await db.SaveChangesAsync(ct);
            db.UnsuccessfulNotices.AddRange(UnsuccessfulNotice.For(decision, decision.Read()));
            db.Placements.AddRange(PlacementFromDecision.Create(decision, chosen, children, referral.PlacementType, referral.NeededFrom,
                household?.OwnerOrganisationId, Today));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return decision;
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Two brokers deciding the same referral at once: the unique referral index refuses the second.
            throw new DbUpdateConcurrencyException("A decision for this referral was recorded at the same moment", e);
        }
    }

    /// <summary>The message a page shows when the choice lost a race.</summary>
    public const string ConflictMessage =
        "Someone else took this place or recorded a decision for this referral at the same moment. Nothing has been saved: reload the page to see what is still available.";
}
