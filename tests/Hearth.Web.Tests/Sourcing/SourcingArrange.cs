using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Data;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Sourcing;

/// <summary>Signed-off referrals, households and decisions made for the selection and award tests (never the demo ones).</summary>
public static class SourcingArrange
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static Task<int> AuthorityIdAsync(DemoApp app, string name) =>
        app.WithDbAsync(db => db.Authorities.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    /// <summary>A new child and a signed-off referral for it (authored by "Matrix" or <paramref name="author"/>).</summary>
    public static Task<int> SignedOffReferralAsync(DemoApp app, int authorityId, string author, int ageYears = 10, bool uasc = false, bool disabled = false,
        string givenName = "Test", string familyName = "Child") =>
        app.WithDbAsync(async db =>
        {
            var today = London.Today(db.Clock);
            var reference = $"T-{Guid.NewGuid():N}"[..20];
            var child = Child.Register(authorityId, new ChildDetails(reference, givenName, familyName, today.AddYears(-ageYears).AddDays(-10), "F", "WBRI", "",
                "English", disabled, uasc, "C2", "ME4 4TR", ""), today);
            db.Children.Add(child);
            await db.SaveChangesAsync();
            var referral = Referral.Start(authorityId, [child], -1, author, today);
            referral.SetTiming(PlacementUrgency.MoreThanFiveDays, today.AddDays(7), PlacementTypeSought.LongTerm, today);
            referral.SetNeeds("Needs a calm home near school with carers who can support contact.", CommunicationNeeds.No, CommunicationRequirements.None, "", false,
                CulturalNeeds.NotRequired, "");
            referral.SetLivingArrangements(LivingAlongside.OnlyYoungerChildren, PetsTolerance.YesCan, AdditionalSupport.TaxisToSchool, "", false);
            referral.SetRisks(RisksToSelf.GoingMissing, "", RisksToOthers.None, "");
            referral.SetLocation(true, 15, "", "", "");
            referral.Submit(today);
            referral.SignOff(-2, "Matrix manager", today);
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            return referral.Id;
        });

    /// <summary>A new in-house household of the authority with the given places (ages 0–17).</summary>
    public static Task<int> HouseholdAsync(DemoApp app, int ownerId, int places) => app.WithDbAsync(async db =>
    {
        // Every skill, near the test child's home, and a reference that sorts first: the selection shows the best-scored
        // in-house households only (InHouseOptionsSource.MaximumShown), so the test household must rank at the top.
        var household = CarerHousehold.Approve(ownerId, $"A0-{Guid.NewGuid():N}"[..20], "ME4", places, 0, 17, London.Today(db.Clock));
        var skills = Enum.GetValues<HouseholdSkills>().Aggregate(HouseholdSkills.None, (a, b) => a | b);
        household.UpdateProfile(household.Profile with { Skills = skills }, London.Today(db.Clock));
        db.CarerHouseholds.Add(household);
        await db.SaveChangesAsync();
        return household.Id;
    });

    /// <summary>The scope matrix's own signed-off referral of an authority (made once).</summary>
    public static async Task<int> MatrixReferralAsync(DemoApp app, int authorityId, string author = "Matrix")
    {
        await Gate.WaitAsync();
        try
        {
            var existing = await app.WithDbAsync(db => db.Referrals.Where(r => r.AuthorityId == authorityId && r.AuthorName == author
                && r.Status == ReferralStatus.SignedOff).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync());
            return existing ?? await SignedOffReferralAsync(app, authorityId, author);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A frozen decision on the matrix referral of an authority, choosing an in-house option (made once, directly).</summary>
    public static async Task<int> MatrixDecisionAsync(DemoApp app, int authorityId)
    {
        // Its own referral: the matrix's selection page must stay open (a decided referral redirects to its record).
        var referralId = await MatrixReferralAsync(app, authorityId, "Matrix decision");
        await Gate.WaitAsync();
        try
        {
            return await app.WithDbAsync(async db =>
            {
                if (await db.CallOffDecisions.Where(d => d.ReferralId == referralId).Select(d => (int?)d.Id).SingleOrDefaultAsync() is { } id) return id;
                var childIds = await db.Referrals.Where(r => r.Id == referralId).SelectMany(r => r.Children.Select(c => c.ChildId)).ToListAsync();
                var option = new DecisionOption("inhouse-matrix", DecisionOptionKind.InHouse, null, "", null, "MATRIX", Money.Zero, Money.Zero, null,
                    PriceCheck.NotApplicable, [new FactorPoints("Skills", 10, 30, "Matrix")]);
                var decision = CallOffDecision.Freeze(authorityId, referralId, childIds, [], [option], option.Key, "Scope matrix decision, made directly",
                    -1, "Matrix", db.Clock.GetUtcNow());
                db.CallOffDecisions.Add(decision);
                await db.SaveChangesAsync();
                return decision.Id;
            });
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A spot purchase above the band on the matrix referral of an authority (made once).</summary>
    public static async Task<int> MatrixSpotAsync(DemoApp app, int authorityId)
    {
        var referralId = await MatrixReferralAsync(app, authorityId);
        await Gate.WaitAsync();
        try
        {
            return await app.WithDbAsync(async db =>
            {
                if (await db.SpotPurchases.Where(s => s.ReferralId == referralId).Select(s => (int?)s.Id).FirstOrDefaultAsync() is { } id) return id;
                var provider = await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
                var spot = SpotPurchase.Open(authorityId, referralId, provider, "MATRIX-SPOT", Hearth.Domain.Placements.PlacementCategory.Standard,
                    Money.FromPence(1_999_900), Money.Zero, null, "Scope matrix spot purchase, made directly", SpotBand.None, -1, "Matrix",
                    db.Clock.GetUtcNow(), London.Today(db.Clock));
                db.SpotPurchases.Add(spot);
                await db.SaveChangesAsync();
                return spot.Id;
            });
        }
        finally
        {
            Gate.Release();
        }
    }

    public static Task<bool> NoDecisionAsync(DemoApp app, int referralId) =>
        app.WithDbAsync(db => db.CallOffDecisions.AllAsync(d => d.ReferralId != referralId));

    public static Task<bool> SpotStillAwaitingAsync(DemoApp app, int spotId) =>
        app.WithDbAsync(db => db.SpotPurchases.AnyAsync(s => s.Id == spotId && s.ApprovedAt == null));
}
