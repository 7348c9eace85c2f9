using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data;
using Hearth.Web.Features.Commissioning;
using Hearth.Web.Features.Referrals;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.CallOffs;

/// <summary>
/// The in-house-first gate and call-off writes the pages and the API share: each loads, calls one domain method, saves
/// (with the version the user saw) and sends the notifications the change calls for.
/// </summary>
public sealed class CallOffRecords(HearthDb db, OrganisationScope scope, TimeProvider clock, INotificationSender sender, CallOffNotifications notifications,
    ILogger<CallOffRecords> logger)
{
    public sealed record LotOption(int Number, string Name, PlacementCategory Category);
    public sealed record SendPlan(Referral Referral, int? FrameworkId, string FrameworkTitle, CallOffRule Rule, IReadOnlyList<LotOption> Lots,
        PlacementCategory Category, int? SuggestedLot, int? ChosenLot, IReadOnlyList<EligibleProvider> Members, ResponseWindow Window,
        IReadOnlyList<InHouseSearchOutcome> InHouseHistory, bool HasOpenCallOff)
    {
        /// <summary>Every framework in force with lot members the broker may choose from, the call-off route first.</summary>
        public IReadOnlyList<FrameworkChoice> Frameworks { get; init; } = [];
    }

    /// <summary>A framework the broker may send through (ADR 0017, second addendum); <see cref="IsRoute"/> marks the default.</summary>
    public sealed record FrameworkChoice(int Id, string Title, string Reference, DateOnly StartDate, DateOnly EndDate, bool IsRoute);

    private static IReadOnlySet<DateOnly> BankHolidays => EnglandAndWalesBankHolidays.All;
    private DateOnly Today => London.Today(clock);

    /// <summary>A signed-off referral of the signer's authority, or null (404).</summary>
    public async Task<Referral?> ReleasedReferralAsync(int id, CancellationToken ct)
    {
        if (!scope.IsAuthority) return null;
        var referral = await ReferralRecords.FindAsync(db, id, ct);
        return referral is { Status: ReferralStatus.SignedOff } ? referral : null;
    }

    public Task<List<InHouseSearchOutcome>> InHouseHistoryAsync(int referralId, CancellationToken ct) =>
        db.InHouseSearchOutcomes.AsNoTracking().Where(o => o.ReferralId == referralId).OrderByDescending(o => o.Id).ToListAsync(ct);

    public async Task<InHouseSearchOutcome> RecordInHouseOutcomeAsync(Referral referral, InHouseSearchReason? reason, string? details, CancellationToken ct)
    {
        var outcome = InHouseSearchOutcome.Record(referral, reason, details, scope.UserId ?? 0, scope.ActorName, clock.GetUtcNow());
        db.InHouseSearchOutcomes.Add(outcome);
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>A manager's override for an emergency (ADR 0017: the referral sign-off claim of ADR 0013).</summary>
    public async Task<InHouseSearchOutcome> OverrideInHouseSearchAsync(Referral referral, string? why, CancellationToken ct)
    {
        var outcome = InHouseSearchOutcome.Override(referral, why, scope.UserId ?? 0, scope.ActorName, clock.GetUtcNow());
        db.InHouseSearchOutcomes.Add(outcome);
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>What sending would do: the framework in force, its lots, the lot the needs fall under and who would be asked.</summary>
    /// <remarks>
    /// <paramref name="frameworkId"/> is the broker's choice among the frameworks in force (ADR 0017, second addendum); an id
    /// that is not one of them shows the call-off route instead (sending with it is refused by <see cref="SendAsync"/>).
    /// </remarks>
    public async Task<SendPlan> PlanAsync(Referral referral, int? frameworkId, int? lotNumber, CancellationToken ct)
    {
        var today = Today;
        var children = await ChildrenAsync(referral, ct);
        var history = await InHouseHistoryAsync(referral.Id, ct);
        var open = await db.CallOffs.AnyAsync(c => c.ReferralId == referral.Id && c.Status == CallOffStatus.Open, ct);
        var deadlines = await DeadlinesAsync(referral.AuthorityId, ct);
        var live = await LiveFrameworksAsync(today, ct);
        // The broker's choice among the frameworks in force, else the call-off route (the first choice); a choice that is
        // not one of them shows the route, and sending it is refused by Framework.ForCallOff.
        var inForce = Framework.CallOffChoices(live, today);
        var route = inForce.FirstOrDefault();
        var choices = inForce.Select(f => new FrameworkChoice(f.Id, f.Title, f.Reference, f.StartDate, f.EndDate, f == route)).ToList();
        var framework = inForce.FirstOrDefault(f => f.Id == frameworkId) ?? route;
        var category = CallOffLots.CategoryFor(referral, children);
        if (framework is null)
            return new SendPlan(referral, null, "", CallOffRule.Broadcast, [], category, null, null, [], deadlines.WindowFor(referral), history, open) { Frameworks = choices };
        var lots = framework.LotMembers.Select(m => new LotOption(m.LotNumber, m.LotName, m.Category)).DistinctBy(l => l.Number).OrderBy(l => l.Number).ToList();
        var suggested = CallOffLots.SuggestLot(category, lots.Select(l => (l.Number, l.Category)).ToList());
        var chosen = lotNumber is { } n && lots.Any(l => l.Number == n) ? n : suggested;
        var members = await MembersAsync(framework, chosen ?? 0, referral.AuthorityId, ct);
        return new SendPlan(referral, framework.Id, framework.Title, framework.CallOffRule, lots, category, suggested, chosen, members,
            deadlines.WindowFor(referral), history, open) { Frameworks = choices };
    }

    /// <summary>
    /// Sends the call-off through the broker's chosen framework (<paramref name="frameworkId"/>; validated by
    /// <see cref="Framework.ForCallOff"/>: in force today, the authority a party, members on the lot) or, without a choice,
    /// the call-off route.
    /// </summary>
    public async Task<CallOff> SendAsync(Referral referral, int? frameworkId, int? lotNumber, string? lotChoiceReason, CancellationToken ct)
    {
        var today = Today;
        var framework = Framework.ForCallOff(await VisibleFrameworksAsync(frameworkId, today, ct), frameworkId, referral.AuthorityId, lotNumber, today)
            ?? throw new DomainException("FrameworkId", "No framework is in force today: use a spot purchase");
        if (lotNumber is null) throw new DomainException(nameof(CallOff.LotNumber), "Select a lot");
        var callOff = CallOff.Send(referral, await ChildrenAsync(referral, ct), await InHouseHistoryAsync(referral.Id, ct), framework, lotNumber.Value,
            lotChoiceReason, await MembersAsync(framework, lotNumber.Value, referral.AuthorityId, ct), await DeadlinesAsync(referral.AuthorityId, ct),
            await db.CallOffs.AnyAsync(c => c.ReferralId == referral.Id && c.Status == CallOffStatus.Open, ct),
            scope.UserId ?? 0, scope.ActorName, clock.GetUtcNow(), today, BankHolidays);
        db.CallOffs.Add(callOff);
        await db.SaveChangesAsync(ct);
        await sender.SendAsync(await notifications.NewReferralAsync(callOff, callOff.Asked.ToList(), ct), ct);
        return callOff;
    }

    public Task<CallOff?> FindAsync(int id, CancellationToken ct) =>
        db.CallOffs.Include(c => c.Recipients).Include(c => c.Offers).Include(c => c.Children).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>
    /// Moves a call-off on past lapsed deadlines when someone looks at it (the deadline worker usually has already) and
    /// returns it as saved: if the worker or another viewer saved the same change first, the call-off is read again.
    /// </summary>
    public async Task<CallOff> AdvanceAsync(CallOff callOff, CancellationToken ct)
    {
        try
        {
            await AdvanceAsync(callOff, clock.GetUtcNow(), ct);
            return callOff;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await FindAsync(callOff.Id, ct) ?? callOff;
        }
    }

    /// <summary>
    /// Lapses unanswered asks past their deadline at <paramref name="now"/>, asks the next provider of a cascade, saves
    /// (guarded by the call-off's version) and tells the newly asked providers; when nobody is left to answer, tells the
    /// broker once. Returns true when something changed.
    /// </summary>
    public async Task<bool> AdvanceAsync(CallOff callOff, DateTimeOffset now, CancellationToken ct)
    {
        var version = callOff.Version;
        var asked = callOff.Advance(now, BankHolidays);
        if (callOff.Version == version) return false;
        await db.SaveChangesAsync(ct);
        var messages = new List<Notification>(await notifications.NewReferralAsync(callOff, asked, ct));
        if (callOff.NoAnswersLeft)
            messages.AddRange(await notifications.ToBrokerAsync(callOff, "NoAnswers", $"No offers for call-off {callOff.Id} by the deadline",
                $"Every provider asked for call-off {callOff.Id} (referral {callOff.ReferralId}) has declined or let the deadline pass, and no offer is open. "
                + "Close the call-off and consider a spot purchase.", ct));
        await sender.SendAsync(messages, ct);
        return true;
    }

    /// <summary>
    /// The deadline worker's pass (ADR 0023), in the system scope across authorities: every open call-off with an unanswered
    /// ask past its deadline at <paramref name="now"/> is advanced as if someone had opened it. Two workers may run at once:
    /// the call-off's version lets one save; the other's conflict means the work is done, so it is skipped. Returns how
    /// many call-offs this pass changed.
    /// </summary>
    public async Task<int> AdvanceDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (!scope.IsSystem) throw new InvalidOperationException("Only the system scope advances every authority's call-offs.");
        // Deadlines compared in memory: SQLite stores instants in a form that does not order across offsets.
        var asked = await db.Set<CallOffRecipient>().AsNoTracking()
            .Where(r => r.Status == RecipientStatus.Asked && r.Deadline != null && db.CallOffs.Any(c => c.Id == r.CallOffId && c.Status == CallOffStatus.Open))
            .Select(r => new { r.CallOffId, r.Deadline }).ToListAsync(ct);
        var due = asked.Where(a => a.Deadline < now).Select(a => a.CallOffId).Distinct().Order().ToList();
        var changed = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            if (await FindAsync(id, ct) is not { } callOff) continue;
            try
            {
                if (await AdvanceAsync(callOff, now, ct)) changed++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another worker (or a person opening the page) moved this call-off on first: nothing left to do here.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One call-off that cannot be moved on (bad data, a failed save or send) must not hold up every other one: log
                // it and carry on. A failed save is tried again next pass; a call-off saved before its messages failed stays
                // moved on (GovukNotifySender itself never throws: it records a failed send in the outbox as Failed).
                logger.LogError(e, "Could not move call-off {CallOffId} on past its deadline; the other call-offs carry on", id);
            }
        }
        db.ChangeTracker.Clear();
        return changed;
    }

    public async Task CloseAsync(CallOff callOff, int version, string? reason, CancellationToken ct)
    {
        callOff.Close(reason, scope.UserId ?? 0, scope.ActorName, clock.GetUtcNow());
        await SaveAsync(callOff, version, ct);
    }

    /// <summary>The signer's households that could be offered, with free places on <paramref name="on"/>.</summary>
    public async Task<List<OfferableHousehold>> ProviderHouseholdsAsync(DateOnly on, CancellationToken ct)
    {
        var owner = scope.FilterOrganisationId;
        var households = await db.CarerHouseholds.AsNoTracking().Where(h => h.OwnerOrganisationId == owner)
            .OrderBy(h => h.Reference).Select(h => new { h.Id, h.Reference, h.ApprovedPlaces }).ToListAsync(ct);
        var ids = households.Select(h => h.Id).ToList();
        var occupied = await db.VisiblePlacements.Where(p => p.HouseholdId != null && ids.Contains(p.HouseholdId.Value)
                && p.StartDate <= on && (p.EndDate == null || p.EndDate > on))
            .GroupBy(p => p.HouseholdId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        return households.Select(h => new OfferableHousehold(h.Id, owner, h.Reference,
            Math.Max(0, h.ApprovedPlaces - (occupied.FirstOrDefault(o => o.Id == h.Id)?.Count ?? 0)))).ToList();
    }

    public async Task<Offer> OfferAsync(CallOff callOff, int version, int? householdId, Money? weeklyFee, Money? additionalCosts, string? description,
        DateOnly? earliestStart, CancellationToken ct)
    {
        var providerId = scope.FilterOrganisationId;
        if (householdId is null) throw new DomainException(nameof(Offer.HouseholdId), "Select the household you are offering");
        if (weeklyFee is null) throw new DomainException(nameof(Offer.WeeklyFee), "Enter the weekly fee");
        var households = await ProviderHouseholdsAsync(earliestStart ?? Today, ct);
        var household = households.FirstOrDefault(h => h.Id == householdId)
            ?? throw new DomainException(nameof(Offer.HouseholdId), "Select one of your own households");
        var member = await db.FrameworkLotMembers.AsNoTracking()
            .FirstOrDefaultAsync(m => m.FrameworkId == callOff.FrameworkId && m.LotNumber == callOff.LotNumber && m.ProviderId == providerId, ct);
        var uplifts = await db.Set<FrameworkUplift>().AsNoTracking().Where(u => u.FrameworkId == callOff.FrameworkId).ToListAsync(ct);
        var offer = callOff.SubmitOffer(providerId, household, weeklyFee.Value, additionalCosts ?? Money.Zero, description, earliestStart, clock.GetUtcNow(), Today,
            member, uplifts, BankHolidays);
        await SaveAsync(callOff, version, ct);
        await sender.SendAsync(await notifications.ToBrokerAsync(callOff, "OfferReceived",
            $"Offer received for call-off {callOff.Id}",
            $"{ProviderName(callOff, providerId)} has offered a household for call-off {callOff.Id} (referral {callOff.ReferralId}): {offer.WeeklyFee} a week"
            + (offer.IsAbovePrice ? $", {offer.DifferenceFromFramework} above the framework price (needs a manager's approval)." : "."), ct), ct);
        return offer;
    }

    public async Task DeclineAsync(CallOff callOff, int version, DeclineReason? reason, string? details, CancellationToken ct)
    {
        var providerId = scope.FilterOrganisationId;
        var asked = callOff.Decline(providerId, reason, details, clock.GetUtcNow(), BankHolidays);
        await SaveAsync(callOff, version, ct);
        var messages = new List<Notification>(await notifications.ToBrokerAsync(callOff, "ReferralDeclined",
            $"Referral declined for call-off {callOff.Id}",
            $"{ProviderName(callOff, providerId)} declined call-off {callOff.Id} (referral {callOff.ReferralId}): {CallOffText.DeclineReason(reason)}.", ct));
        messages.AddRange(await notifications.NewReferralAsync(callOff, asked, ct));
        await sender.SendAsync(messages, ct);
    }

    public async Task WithdrawAsync(CallOff callOff, int version, CancellationToken ct)
    {
        callOff.WithdrawOffer(scope.FilterOrganisationId, clock.GetUtcNow(), BankHolidays);
        await SaveAsync(callOff, version, ct);
    }

    public async Task SaveAsync(CallOff callOff, int shownVersion, CancellationToken ct)
    {
        db.Entry(callOff).Property(c => c.Version).OriginalValue = shownVersion;
        await db.SaveChangesAsync(ct);
    }

    private static string ProviderName(CallOff callOff, int providerId) => callOff.RecipientFor(providerId)?.ProviderName ?? "A provider";

    private async Task<ResponseDeadlines> DeadlinesAsync(int authorityId, CancellationToken ct) =>
        await db.ResponseDeadlines.AsNoTracking().FirstOrDefaultAsync(d => d.AuthorityId == authorityId, ct) ?? ResponseDeadlines.Defaults(authorityId);

    /// <summary>The frameworks in force with lot members that the scope sees (the authority's: the query filter).</summary>
    private Task<List<Framework>> LiveFrameworksAsync(DateOnly today, CancellationToken ct) =>
        db.Frameworks.Include(f => f.LotMembers).Include(f => f.Parties).AsSplitQuery()
            .Where(f => f.StartDate <= today && f.EndDate >= today && f.LotMembers.Any()).ToListAsync(ct);

    /// <summary>The frameworks in force, plus the chosen one whatever its dates (so the domain can say why it cannot be used).</summary>
    private Task<List<Framework>> VisibleFrameworksAsync(int? chosenId, DateOnly today, CancellationToken ct) =>
        db.Frameworks.Include(f => f.LotMembers).Include(f => f.Parties).AsSplitQuery()
            .Where(f => (f.StartDate <= today && f.EndDate >= today && f.LotMembers.Any()) || f.Id == chosenId).ToListAsync(ct);

    /// <summary>
    /// The lot's members as the call-off's eligibility rule reads them: the lot's own status, the calling authority's
    /// suspensions of providers from its call-offs, and whether the provider is active on Hearth (ADR 0024).
    /// </summary>
    private async Task<List<EligibleProvider>> MembersAsync(Framework framework, int lotNumber, int authorityId, CancellationToken ct)
    {
        var members = framework.LotMembers.Where(m => m.LotNumber == lotNumber).ToList();
        var ids = members.Select(m => m.ProviderId).ToList();
        var providers = await db.Providers.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.OfstedGrade, p.Status }).ToListAsync(ct);
        var suspended = await ProviderSuspensionRecords.SuspendedProviderIdsAsync(db, authorityId, ct);
        return members.Join(providers, m => m.ProviderId, p => p.Id, (m, p) => new EligibleProvider(p.Id, p.Name, m.Rank, m.Status, p.OfstedGrade)
            {
                SuspendedByAuthority = suspended.Contains(p.Id), OrganisationActive = p.Status == OrganisationStatus.Active,
            })
            .OrderBy(e => e.Rank ?? int.MaxValue).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
    }

    private Task<List<Child>> ChildrenAsync(Referral referral, CancellationToken ct)
    {
        var ids = referral.Children.Select(c => c.ChildId).ToList();
        return db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
    }

    /// <summary>
    /// The children's full details for a provider whose offer was accepted (and for no one else): one table, by id, after
    /// <see cref="CallOff.IsIdentityReleasedTo"/> said yes.
    /// </summary>
    public async Task<List<Child>> ReleasedChildrenAsync(CallOff callOff, CancellationToken ct)
    {
        if (!scope.IsProvider || !callOff.IsIdentityReleasedTo(scope.FilterOrganisationId)) return [];
        var ids = callOff.Children.Select(c => c.ChildId).ToList();
        var children = await db.Children.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        // The page and the API both come here: the provider's reading of the identities is recorded (ADR 0026).
        await db.RecordAccessAsync(Platform.Audit.SensitiveReads.ChildrenShownToProvider(scope, children.Select(c => (c.Id, c.AuthorityId)),
            "Name, date of birth and case reference", $"Referral {callOff.Id} (offer accepted)"), ct);
        return children;
    }
}
