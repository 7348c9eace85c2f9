using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data;
using Hearth.Web.Features.CallOffs;
using Hearth.Web.Platform.Notifications;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>
/// Selection and award, shared by the pages and the API: the options for a signed-off referral, and the choice that
/// freezes the decision record, creates the placements by rule, commits the household's places and lists the
/// unsuccessful providers to be told — all in one transaction, so a refused or conflicting choice stores nothing.
/// </summary>
public sealed class DecisionWork(HearthDb db, OrganisationScope scope, TimeProvider clock, IEnumerable<ISelectionOptionsSource> sources,
    INotificationSender sender, CallOffNotifications notifications)
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
        // An offer is also accepted on its call-off (ADR 0017): the others become unsuccessful and the child's identity is
        // released to the chosen provider only. The call-off's Version is checked on save, with the decision.
        CallOff? callOff = null;
        if (chosen.Kind == DecisionOptionKind.FrameworkOffer && OfferOptionsSource.TryOfferId(chosen.Key, out var offerId))
        {
            callOff = await db.CallOffs.Include(c => c.Recipients).Include(c => c.Offers).Include(c => c.Children).AsSplitQuery()
                .SingleOrDefaultAsync(c => c.ReferralId == referral.Id && c.Offers.Any(o => o.Id == offerId), ct)
                ?? throw new DomainException("ChosenKey", "Select an option that is still available");
            callOff.AcceptOffer(offerId, chosen.Approval is not null, scope.UserId ?? 0, scope.ActorName, clock.GetUtcNow());
        }

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
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Two brokers deciding the same referral at once: the unique referral index refuses the second.
            throw new DbUpdateConcurrencyException("A decision for this referral was recorded at the same moment", e);
        }
        await NotifyAsync(decision, chosen, callOff, ct);
        return decision;
    }

    /// <summary>
    /// Tells the providers whose options were not chosen (anonymised: the call-off number and nothing about the child) and
    /// marks their notices sent; tells the chosen provider its offer was accepted and where to read the child's details.
    /// </summary>
    private async Task NotifyAsync(CallOffDecision decision, DecisionOption chosen, CallOff? callOff, CancellationToken ct)
    {
        var notices = await db.UnsuccessfulNotices.Where(n => n.DecisionId == decision.Id && n.SentAt == null).ToListAsync(ct);
        var callOffId = callOff?.Id;
        var messages = new List<Notification>(await notifications.ToProvidersAsync([.. notices.Select(n => n.ProviderId)], "OfferUnsuccessful",
            "Your offer was not chosen",
            _ => callOffId is { } id
                ? $"Thank you for your offer for call-off {id}. Another option was chosen for this referral, so your offer has not been accepted. You do not need to hold the place."
                : "Thank you for your offer. Another option was chosen for this referral, so your offer has not been accepted. You do not need to hold the place.",
            ct));
        if (callOff is not null && chosen.ProviderId is { } providerId)
            messages.AddRange(await notifications.ToProvidersAsync([providerId], "OfferAccepted", $"Your offer for call-off {callOff.Id} has been accepted",
                _ => $"Your offer of household {chosen.HouseholdReference} for call-off {callOff.Id} has been accepted. The children's details are now available at /provider/referrals/{callOff.Id}.",
                ct));
        await sender.SendAsync(messages, ct);
        var now = clock.GetUtcNow();
        foreach (var notice in notices) notice.MarkSent(now);
        if (notices.Count > 0) await db.SaveChangesAsync(ct);
    }

    /// <summary>The message a page shows when the choice lost a race.</summary>
    public const string ConflictMessage =
        "Someone else took this place or recorded a decision for this referral at the same moment. Nothing has been saved: reload the page to see what is still available.";
}
