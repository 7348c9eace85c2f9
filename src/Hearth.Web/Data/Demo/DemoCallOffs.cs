using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// Referrals at the call-off stage for Kent and Medway (ADR 0017): per authority one call-off still open with offers and a
/// decline (the demo provider, Brackenfold, has not answered yet: something to respond to), and one sent 8 working days ago
/// whose deadline has passed. Fixed children and texts; instants relative to the clock's now so the open one stays open.
/// </summary>
public static class DemoCallOffs
{
    public static async Task AddAsync(HearthDb db, Authority kent, Authority medway, Provider demoProvider, DateOnly asOf, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        now = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var framework = await db.Frameworks.Include(f => f.LotMembers).Include(f => f.Uplifts).AsSplitQuery().SingleAsync(f => f.Reference == DemoTender2022.Reference, ct);
        if (!framework.IsLiveOn(asOf)) return;
        var providers = await db.Providers.AsNoTracking().Select(p => new { p.Id, p.Name, p.OfstedGrade }).ToDictionaryAsync(p => p.Id, ct);
        var lot1 = framework.LotMembers.Where(m => m.LotNumber == 1)
            .Select(m => new EligibleProvider(m.ProviderId, providers[m.ProviderId].Name, m.Rank, m.Status, providers[m.ProviderId].OfstedGrade)).ToList();
        var households = await db.CarerHouseholds.AsNoTracking().Where(h => h.ApprovedPlaces >= 2).OrderBy(h => h.Id)
            .Select(h => new { h.Id, h.OwnerOrganisationId, h.Reference, h.ApprovedPlaces }).ToListAsync(ct);
        var bank = EnglandAndWalesBankHolidays.All;

        foreach (var (authority, domain, prefix, postcode) in new[] { (kent, "kent", "KCC-C", "CT2 7NZ"), (medway, "medway", "MED-C", "ME8 6AA") })
        {
            var author = await UserAsync(db, $"social-worker@{domain}{DemoData.EmailDomain}", ct);
            var manager = await UserAsync(db, $"{DemoData.ReferralManagerSlug}@{domain}{DemoData.EmailDomain}", ct);
            var broker = await UserAsync(db, $"broker@{domain}{DemoData.EmailDomain}", ct);
            var children = new List<Child>
            {
                Child.Register(authority.Id, new ChildDetails($"{prefix}001", "Maisie", "Turner", asOf.AddYears(-8).AddDays(-70), "F", "WBRI", "No religion",
                    "English", false, false, "C2", postcode, "Oakwood Primary School"), asOf),
                Child.Register(authority.Id, new ChildDetails($"{prefix}002", "Tyler", "Bennett", asOf.AddYears(-13).AddDays(-20), "M", "MWBC", "Christian",
                    "English", false, false, "C2", postcode, "Hillview Academy"), asOf),
            };
            db.Children.AddRange(children);
            await db.SaveChangesAsync(ct);

            var open = Released(authority.Id, children[0], author, manager, asOf, PlacementUrgency.WithinFiveDays, asOf.AddDays(3), PlacementTypeSought.ShortTerm,
                "Maisie needs calm, experienced carers who can help her settle at Oakwood Primary School and keep weekly contact with her brother.");
            var lapsed = Released(authority.Id, children[1], author, manager, asOf.AddDays(-14), PlacementUrgency.MoreThanFiveDays, asOf.AddDays(14), PlacementTypeSought.LongTerm,
                "Tyler needs a long-term home with carers who enjoy sport and will support him through his GCSEs.");
            db.Referrals.AddRange(open, lapsed);
            await db.SaveChangesAsync(ct);

            var openHistory = new[] { InHouseSearchOutcome.Record(open, InHouseSearchReason.NoCapacity, "All in-house carers for this age are full until January.", broker.Id, broker.Name, now.AddHours(-3)) };
            var lapsedHistory = new[] { InHouseSearchOutcome.Record(lapsed, InHouseSearchReason.Location, "The only in-house vacancy is over 40 miles away.", broker.Id, broker.Name, now.AddDays(-13)) };
            db.InHouseSearchOutcomes.AddRange(openHistory[0], lapsedHistory[0]);

            var deadlines = ResponseDeadlines.Defaults(authority.Id);
            var first = CallOff.Send(open, [children[0]], openHistory, framework, 1, null, lot1, deadlines, false, broker.Id, broker.Name, now.AddHours(-2), asOf, bank);
            var second = CallOff.Send(lapsed, [children[1]], lapsedHistory, framework, 1, null, lot1, deadlines, false, broker.Id, broker.Name,
                now.AddDays(-12), asOf.AddDays(-12), bank);
            var others = first.Recipients.Where(r => r.ProviderId != demoProvider.Id).Take(3).ToList();
            Respond(first, others, households.Select(h => (h.Id, h.OwnerOrganisationId, h.Reference, h.ApprovedPlaces)).ToList(), framework, now.AddHours(-1), asOf, bank);
            Respond(second, second.Recipients.Where(r => r.ProviderId != demoProvider.Id).Take(2).ToList(),
                households.Select(h => (h.Id, h.OwnerOrganisationId, h.Reference, h.ApprovedPlaces)).ToList(), framework, now.AddDays(-11), asOf.AddDays(-11), bank);
            db.CallOffs.AddRange(first, second);
            await db.SaveChangesAsync(ct);
            // The e-mails the providers were sent, kept in the outbox (the demo never has a Notify key).
            var notifications = new Features.CallOffs.CallOffNotifications(db);
            var outbox = new Platform.Notifications.OutboxNotificationSender(db, clock);
            foreach (var callOff in new[] { first, second })
                await outbox.SendAsync(await notifications.NewReferralAsync(callOff, callOff.Asked.ToList(), ct), ct);
        }
    }

    /// <summary>The first recipient offers one of its households (when it has one), the second declines; a third (if any) offers too.</summary>
    internal static void Respond(CallOff callOff, List<CallOffRecipient> recipients, List<(int Id, int Owner, string Reference, int Places)> households,
        Framework framework, DateTimeOffset at, DateOnly today, IReadOnlySet<DateOnly> bank)
    {
        for (var i = 0; i < recipients.Count; i++)
        {
            var r = recipients[i];
            if (i == 1)
            {
                callOff.Decline(r.ProviderId, DeclineReason.NoVacancy, "No carers approved for this age group have a vacancy this month.", at, bank);
                continue;
            }
            var h = households.FirstOrDefault(x => x.Owner == r.ProviderId);
            if (h.Id == 0) continue;
            var member = framework.LotMembers.First(m => m.LotNumber == callOff.LotNumber && m.ProviderId == r.ProviderId);
            var price = callOff.FrameworkPriceFor(member, r.ProviderId, today.AddDays(3), framework.Uplifts) ?? Money.FromPounds(900m);
            var fee = i == 0 ? price : price + Money.FromPounds(85m);
            callOff.SubmitOffer(r.ProviderId, new OfferableHousehold(h.Id, h.Owner, h.Reference, h.Places), fee, Money.Zero, null, today.AddDays(3), at, today,
                member, framework.Uplifts, bank);
        }
    }

    internal static Referral Released(int authorityId, Child child, (int Id, string Name) author, (int Id, string Name) manager, DateOnly on,
        PlacementUrgency urgency, DateOnly neededFrom, PlacementTypeSought type, string needs)
    {
        var r = Referral.Start(authorityId, [child], author.Id, author.Name, on);
        r.SetTiming(urgency, neededFrom, type, on);
        r.SetNeeds(needs, CommunicationNeeds.No, CommunicationRequirements.None, "", false, CulturalNeeds.NotRequired, "");
        r.SetLivingArrangements(LivingAlongside.OnlyYoungerChildren, PetsTolerance.YesCan, AdditionalSupport.TaxisToSchool, "", false);
        r.SetRisks(RisksToSelf.GoingMissing, "", RisksToOthers.None, "");
        r.SetLocation(true, 20, "", child.School, "Within reach of the current school");
        r.Submit(on);
        r.SignOff(manager.Id, manager.Name, on);
        return r;
    }

    internal static async Task<(int Id, string Name)> UserAsync(HearthDb db, string email, CancellationToken ct)
    {
        var user = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.DisplayName }).SingleAsync(ct);
        return (user.Id, user.DisplayName);
    }
}
