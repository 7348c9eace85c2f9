using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// Referrals at the call-off stage for Kent and Medway (ADR 0017): per authority one call-off still open with offers and a
/// decline (the demo provider, Brackenfold, has not answered yet: something to respond to), and one sent 12 days before the
/// as-of date whose deadline has passed. Fixed children and texts; every instant is a time of day on a date relative to the
/// as-of date (<see cref="DemoStory"/>), never the real time. The open one is a planned referral sent the day before, so
/// its five working days are still running at any moment of the as-of day.
/// </summary>
public static class DemoCallOffs
{
    private const string KentChildPrefix = "KCC-C", MedwayChildPrefix = "MED-C";

    /// <summary>
    /// The authority's open demo call-off (Maisie's, sent to the demo provider, unanswered by it), found by its child's case
    /// reference: other records may be newer (tests and users send call-offs of their own), so "the newest open one" is not it.
    /// </summary>
    public static IQueryable<CallOff> OpenOne(HearthDb db, string authorityName)
    {
        var reference = (authorityName == DemoData.KentName ? KentChildPrefix : MedwayChildPrefix) + "001";
        return db.CallOffs.Where(c => db.Authorities.Any(a => a.Id == c.AuthorityId && a.Name == authorityName)
            && c.Children.Any(cc => db.Children.Any(ch => ch.Id == cc.ChildId && ch.CaseReference == reference)));
    }

    /// <summary>True for a child of the demo's call-offs (Maisie and Tyler of each authority), whatever tests add beside them.</summary>
    public static bool IsDemoChild(string caseReference) =>
        caseReference is $"{KentChildPrefix}001" or $"{KentChildPrefix}002" or $"{MedwayChildPrefix}001" or $"{MedwayChildPrefix}002";

    public static async Task AddAsync(HearthDb db, Authority kent, Authority medway, Provider demoProvider, DateOnly asOf, HearthClock clock, CancellationToken ct)
    {
        var yesterday = asOf.AddDays(-1);
        // Each call-off goes out under the framework in force on the day it is sent (around 1 April 2027 the older one).
        var frameworks = await CallOffFrameworksAsync(db, ct);
        if (FrameworkOn(frameworks, asOf.AddDays(-12)) is not { } lapsedFramework || FrameworkOn(frameworks, yesterday) is not { } openFramework) return;
        var households = await db.CarerHouseholds.AsNoTracking().Where(h => h.ApprovedPlaces >= 2).OrderBy(h => h.Id)
            .Select(h => new { h.Id, h.OwnerOrganisationId, h.Reference, h.ApprovedPlaces }).ToListAsync(ct);
        var bank = EnglandAndWalesBankHolidays.All;

        foreach (var (authority, domain, prefix, postcode) in new[] { (kent, "kent", KentChildPrefix, "CT2 7NZ"), (medway, "medway", MedwayChildPrefix, "ME8 6AA") })
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

            var open = Released(authority.Id, children[0], author, manager, yesterday, PlacementUrgency.MoreThanFiveDays, asOf.AddDays(7), PlacementTypeSought.ShortTerm,
                "Maisie needs calm, experienced carers who can help her settle at Oakwood Primary School and keep weekly contact with her brother.");
            var lapsed = Released(authority.Id, children[1], author, manager, asOf.AddDays(-14), PlacementUrgency.MoreThanFiveDays, asOf.AddDays(14), PlacementTypeSought.LongTerm,
                "Tyler needs a long-term home with carers who enjoy sport and will support him through his GCSEs.");
            db.Referrals.AddRange(open, lapsed);
            await db.SaveChangesAsync(ct);

            var openHistory = new[] { InHouseSearchOutcome.Record(open, InHouseSearchReason.NoCapacity, "All in-house carers for this age are full for the next two months.", broker.Id, broker.Name, DemoStory.At(yesterday, 10)) };
            var lapsedHistory = new[] { InHouseSearchOutcome.Record(lapsed, InHouseSearchReason.Location, "The only in-house vacancy is over 40 miles away.", broker.Id, broker.Name, DemoStory.At(asOf.AddDays(-13), 10)) };
            db.InHouseSearchOutcomes.AddRange(openHistory[0], lapsedHistory[0]);

            var deadlines = ResponseDeadlines.Defaults(authority.Id);
            var first = CallOff.Send(open, [children[0]], openHistory, openFramework.Framework, 1, null, openFramework.Lot1, deadlines, false, broker.Id, broker.Name,
                DemoStory.At(yesterday, 11), yesterday, bank);
            var second = CallOff.Send(lapsed, [children[1]], lapsedHistory, lapsedFramework.Framework, 1, null, lapsedFramework.Lot1, deadlines, false, broker.Id, broker.Name,
                DemoStory.At(asOf.AddDays(-12), 11), asOf.AddDays(-12), bank);
            var others = first.Recipients.Where(r => r.ProviderId != demoProvider.Id).Take(3).ToList();
            Respond(first, others, households.Select(h => (h.Id, h.OwnerOrganisationId, h.Reference, h.ApprovedPlaces)).ToList(), openFramework.Framework,
                DemoStory.At(yesterday, 15), yesterday, bank);
            Respond(second, second.Recipients.Where(r => r.ProviderId != demoProvider.Id).Take(2).ToList(),
                households.Select(h => (h.Id, h.OwnerOrganisationId, h.Reference, h.ApprovedPlaces)).ToList(), lapsedFramework.Framework,
                DemoStory.At(asOf.AddDays(-11), 15), asOf.AddDays(-11), bank);
            db.CallOffs.AddRange(first, second);
            await db.SaveChangesAsync(ct);
            // The e-mails the providers were sent when each call-off went out, kept in the outbox (the demo never has a Notify key).
            var notifications = new Features.CallOffs.CallOffNotifications(db);
            var outbox = new Platform.Notifications.OutboxNotificationSender(db, clock);
            foreach (var callOff in new[] { first, second })
            {
                clock.MovePinTo(callOff.SentAt);
                await outbox.SendAsync(await notifications.NewReferralAsync(callOff, callOff.Asked.ToList(), ct), ct);
            }
        }
    }

    /// <summary>The frameworks with lots (2022, and 2027 once awarded), each with its lot 1 as a call-off's eligible providers.</summary>
    internal static async Task<List<(Framework Framework, List<EligibleProvider> Lot1)>> CallOffFrameworksAsync(HearthDb db, CancellationToken ct)
    {
        var providers = await db.Providers.AsNoTracking().Select(p => new { p.Id, p.Name, p.OfstedGrade }).ToDictionaryAsync(p => p.Id, ct);
        var frameworks = await db.Frameworks.Include(f => f.LotMembers).Include(f => f.Uplifts).AsSplitQuery()
            .Where(f => f.LotMembers.Any()).OrderBy(f => f.StartDate).ToListAsync(ct);
        return frameworks.Select(f => (f, f.LotMembers.Where(m => m.LotNumber == 1)
            .Select(m => new EligibleProvider(m.ProviderId, providers[m.ProviderId].Name, m.Rank, m.Status, providers[m.ProviderId].OfstedGrade)).ToList())).ToList();
    }

    /// <summary>The framework a call-off sent on <paramref name="day"/> goes out under, if any is in force.</summary>
    internal static (Framework Framework, List<EligibleProvider> Lot1)? FrameworkOn(List<(Framework Framework, List<EligibleProvider> Lot1)> frameworks, DateOnly day) =>
        frameworks.Where(f => f.Framework.IsLiveOn(day)).Select(f => ((Framework, List<EligibleProvider>)?)f).LastOrDefault();

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
