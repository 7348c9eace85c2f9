using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Features.Sourcing;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// Referrals past the call-off stage for Kent and Medway (ADR 0017, 0018), made through the same services the Selection and
/// spot purchase pages use, acting as each authority's demo broker, so every record is genuine:
/// <list type="bullet">
/// <item>a call-off answered by three providers (two offers, a decline) and decided: the decision frozen with a rationale
/// choosing the best-scored offer at its framework price, the other provider told, the placement created by rule — so the
/// decision record, the IPA PDF and the auditors' export have something to show;</item>
/// <item>a spot purchase opened with a justification: above the framework band and awaiting a commissioner's approval in
/// Kent (the commissioners' review list has work), within the band in Medway;</item>
/// <item>an in-house placement decision: the best-scored of the authority's own households chosen.</item>
/// </list>
/// Fixed children and texts; instants on dates relative to the as-of date, as <see cref="DemoCallOffs"/>: the services read
/// Hearth's clock, which the demo pins to the moment of each choice (<see cref="HearthClock.MovePinTo"/>). The placements
/// start in the future (the referral's needed-from date or later), so the seed's past years of spend are untouched.
/// </summary>
public static class DemoDecisions
{
    public const string OfferRationale =
        "This offer scored best for Lily's needs, is at the provider's framework price and keeps her within reach of her school; the in-house carers with the right skills are full.";
    public const string InHouseRationale =
        "Our own carers in this household have the skills and a free place, close to Ava's school, so she can stay with people she already knows from respite.";
    public const string SpotJustification =
        "No framework provider has offered carers who can manage Kai's epilepsy overnight; this agency has trained carers with a vacancy near his school.";

    public static async Task AddAsync(IServiceProvider services, HearthDb db, Authority kent, Authority medway, IReadOnlyList<Provider> providers, DateOnly asOf,
        HearthClock clock, CancellationToken ct)
    {
        // The call-off goes out under the framework in force on the day it is sent; the spot purchase and the in-house
        // decision are made the day before the as-of date, when one must be in force too.
        var frameworks = await DemoCallOffs.CallOffFrameworksAsync(db, ct);
        if (DemoCallOffs.FrameworkOn(frameworks, asOf.AddDays(-3)) is not { } sentUnder || DemoCallOffs.FrameworkOn(frameworks, asOf.AddDays(-1)) is not { } liveFramework) return;
        var (framework, lot1) = sentUnder;
        var demoProvider = providers[0];
        var households = await db.CarerHouseholds.AsNoTracking().Where(h => h.ApprovedPlaces >= 2).OrderBy(h => h.Id)
            .Select(h => new { h.Id, h.OwnerOrganisationId, h.Reference, h.ApprovedPlaces }).ToListAsync(ct);
        var bank = EnglandAndWalesBankHolidays.All;
        // Agencies not on the framework: where a spot purchase goes.
        var memberIds = framework.LotMembers.Concat(liveFramework.Framework.LotMembers).Select(m => m.ProviderId).ToHashSet();
        var offFramework = providers.Where(p => !memberIds.Contains(p.Id)).ToList();

        // Each authority's call-off is answered by other agencies than DemoCallOffs' (the first three), so no household is
        // offered twice.
        foreach (var (authority, domain, prefix, postcode, spotAbove, spotProvider, skip) in new[]
                 {
                     (kent, "kent", "KCC-D", "CT1 3QT", true, offFramework[0], 3),
                     (medway, "medway", "MED-D", "ME5 8AB", false, offFramework[Math.Min(1, offFramework.Count - 1)], 6),
                 })
        {
            var author = await DemoCallOffs.UserAsync(db, $"social-worker@{domain}{DemoData.EmailDomain}", ct);
            var manager = await DemoCallOffs.UserAsync(db, $"{DemoData.ReferralManagerSlug}@{domain}{DemoData.EmailDomain}", ct);
            var broker = await DemoCallOffs.UserAsync(db, $"broker@{domain}{DemoData.EmailDomain}", ct);
            var children = new List<Child>
            {
                Child.Register(authority.Id, new ChildDetails($"{prefix}001", "Lily", "Chambers", asOf.AddYears(-10).AddDays(-35), "F", "WBRI", "No religion",
                    "English", false, false, "C2", postcode, "Harbour Primary School"), asOf),
                Child.Register(authority.Id, new ChildDetails($"{prefix}002", "Kai", "Morgan", asOf.AddYears(-11).AddDays(-120), "M", "WBRI", "Christian",
                    "English", false, false, "C2", postcode, "Castle Hill Academy"), asOf),
                Child.Register(authority.Id, new ChildDetails($"{prefix}003", "Ava", "Sinclair", asOf.AddYears(-9).AddDays(-60), "F", "MWBA", "No religion",
                    "English", false, false, "C1", postcode, "Harbour Primary School"), asOf),
            };
            db.Children.AddRange(children);
            await db.SaveChangesAsync(ct);

            var decided = DemoCallOffs.Released(authority.Id, children[0], author, manager, asOf.AddDays(-3), PlacementUrgency.MoreThanFiveDays, asOf.AddDays(14),
                PlacementTypeSought.LongTerm, "Lily needs a settled long-term home with carers who will help her catch up at school and keep in touch with her aunt.");
            var spot = DemoCallOffs.Released(authority.Id, children[1], author, manager, asOf.AddDays(-2), PlacementUrgency.MoreThanFiveDays, asOf.AddDays(10),
                PlacementTypeSought.LongTerm, "Kai needs carers trained to manage his epilepsy, including at night, and support to stay at Castle Hill Academy.");
            var inHouse = DemoCallOffs.Released(authority.Id, children[2], author, manager, asOf.AddDays(-1), PlacementUrgency.MoreThanFiveDays, asOf.AddDays(7),
                PlacementTypeSought.LongTerm, "Ava needs a calm home near Harbour Primary School with carers she knows from short breaks.");
            db.Referrals.AddRange(decided, spot, inHouse);
            await db.SaveChangesAsync(ct);

            // The decided referral: in-house first, then a call-off that two providers offered on and one declined.
            var decidedHistory = InHouseSearchOutcome.Record(decided, InHouseSearchReason.NoCapacity,
                "The in-house carers with the right skills for Lily's age are full for the next three months.", broker.Id, broker.Name, DemoStory.At(asOf.AddDays(-3), 14));
            var spotHistory = InHouseSearchOutcome.Record(spot, InHouseSearchReason.NeedsNotMet,
                "None of our own carers is trained to manage epilepsy overnight.", broker.Id, broker.Name, DemoStory.At(asOf.AddDays(-2), 10));
            db.InHouseSearchOutcomes.AddRange(decidedHistory, spotHistory);
            var callOff = CallOff.Send(decided, [children[0]], [decidedHistory], framework, 1, null, lot1, ResponseDeadlines.Defaults(authority.Id), false,
                broker.Id, broker.Name, DemoStory.At(asOf.AddDays(-3), 15), asOf.AddDays(-3), bank);
            DemoCallOffs.Respond(callOff, [.. callOff.Recipients
                    .Where(r => r.ProviderId != demoProvider.Id && households.Any(h => h.OwnerOrganisationId == r.ProviderId)).Skip(skip).Take(3)],
                households.Select(h => (h.Id, h.OwnerOrganisationId, h.Reference, h.ApprovedPlaces)).ToList(), framework,
                DemoStory.At(asOf.AddDays(-2), 12), asOf.AddDays(-2), bank);
            db.CallOffs.Add(callOff);
            await db.SaveChangesAsync(ct);
            var notifications = new Features.CallOffs.CallOffNotifications(db);
            clock.MovePinTo(callOff.SentAt);
            await new Platform.Notifications.OutboxNotificationSender(db, clock).SendAsync(await notifications.NewReferralAsync(callOff, callOff.Asked.ToList(), ct), ct);

            // The broker's choices the afternoon before the as-of date, through the services the pages use.
            await AsBrokerAsync(services, $"broker@{domain}{DemoData.EmailDomain}", async scope =>
            {
                clock.MovePinTo(DemoStory.At(asOf.AddDays(-1), 14));
                var work = scope.GetRequiredService<DecisionWork>();
                var referral = await work.SignedOffReferralAsync(decided.Id, ct) ?? throw new InvalidOperationException("Demo data: the decided referral is not released");
                var options = await work.OptionsAsync(referral, ct);
                var best = options.Options.Where(o => o.Kind == DecisionOptionKind.FrameworkOffer && !o.NeedsApproval)
                    .OrderByDescending(o => o.TotalScore).ThenBy(o => o.Key, StringComparer.Ordinal).First();
                await work.ChooseAsync(referral, best.Key, OfferRationale, ct);

                clock.MovePinTo(DemoStory.At(asOf.AddDays(-1), 15));
                var home = await work.SignedOffReferralAsync(inHouse.Id, ct) ?? throw new InvalidOperationException("Demo data: the in-house referral is not released");
                var own = (await work.OptionsAsync(home, ct)).Options.Where(o => o.Kind == DecisionOptionKind.InHouse)
                    .OrderByDescending(o => o.TotalScore).ThenBy(o => o.Key, StringComparer.Ordinal).First();
                await work.ChooseAsync(home, own.Key, InHouseRationale, ct);

                clock.MovePinTo(DemoStory.At(asOf.AddDays(-1), 16));
                var spots = scope.GetRequiredService<SpotWork>();
                var spotReferral = await work.SignedOffReferralAsync(spot.Id, ct) ?? throw new InvalidOperationException("Demo data: the spot referral is not released");
                var defaults = await spots.DefaultsForAsync(spotReferral, ct);
                var band = await spots.BandAsync(defaults.Category, defaults.Age, defaults.On, ct);
                var bandPrice = band.Price ?? Money.FromPounds(950m);
                var fee = spotAbove ? bandPrice + Money.FromPounds(175m) : bandPrice - Money.FromPounds(40m);
                var db2 = scope.GetRequiredService<HearthDb>();
                var household = await db2.CarerHouseholds.IgnoreQueryFilters().AsNoTracking().Where(h => h.OwnerOrganisationId == spotProvider.Id)
                    .OrderBy(h => h.Id).Select(h => h.Reference).FirstOrDefaultAsync(ct) ?? $"{spotProvider.ShortName}-SPOT";
                await spots.OpenAsync(spotReferral, spotProvider.Id, household, null, fee, Money.Zero, defaults.On, SpotJustification, ct);
            });
        }
    }

    /// <summary>Runs the work in a new scope that acts for the demo broker, as a request signed in as them would.</summary>
    private static async Task AsBrokerAsync(IServiceProvider services, string email, Func<IServiceProvider, Task> work)
    {
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HearthUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"Demo data: no user {email}");
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<HearthUser>>().CreateAsync(user);
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().ActFor(principal);
        await work(scope.ServiceProvider);
    }
}
