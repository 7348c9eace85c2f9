using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// Children with full records and referrals at each stage (draft, waiting for sign-off, signed off) for Kent and Medway:
/// written by each authority's demo social worker and signed off by its social work manager. Deterministic: fixed names,
/// dates relative to the as-of date.
/// </summary>
public static class DemoReferrals
{
    public static async Task AddAsync(HearthDb db, Authority kent, Authority medway, DateOnly asOf, CancellationToken ct)
    {
        foreach (var (authority, domain, prefix, postcodes) in new[]
                 {
                     (kent, "kent", "KCC-R", new[] { "ME14 1XX", "CT1 2AB", "CT1 2AB", "TN23 7RS" }),
                     (medway, "medway", "MED-R", new[] { "ME4 4TR", "ME5 9QZ", "ME5 9QZ", "ME7 1HX" }),
                 })
        {
            var author = await UserIdAsync(db, $"social-worker@{domain}{DemoData.EmailDomain}", ct);
            var manager = await UserIdAsync(db, $"{DemoData.ReferralManagerSlug}@{domain}{DemoData.EmailDomain}", ct);
            var authorName = DemoData.SignIns.Single(s => s.Email == $"social-worker@{domain}{DemoData.EmailDomain}").DisplayName;
            var managerName = DemoData.SignIns.Single(s => s.Email == $"{DemoData.ReferralManagerSlug}@{domain}{DemoData.EmailDomain}").DisplayName;

            var children = new List<Child>
            {
                Child.Register(authority.Id, new ChildDetails($"{prefix}001", "Ellie", "Harper", asOf.AddYears(-9).AddDays(-40), "F", "WBRI", "No religion",
                    "English", false, false, "C2", postcodes[0], "Maidstone Primary School"), asOf),
                Child.Register(authority.Id, new ChildDetails($"{prefix}002", "Jayden", "Okoro", asOf.AddYears(-12).AddDays(-100), "M", "BAFR", "Christian",
                    "English", false, false, "C1", postcodes[1], "St Anne's Academy"), asOf),
                Child.Register(authority.Id, new ChildDetails($"{prefix}003", "Grace", "Okoro", asOf.AddYears(-7).AddDays(-15), "F", "BAFR", "Christian",
                    "English", false, false, "C1", postcodes[2], "St Anne's Academy"), asOf),
                Child.Register(authority.Id, new ChildDetails($"{prefix}004", "Samir", "Haidari", asOf.AddYears(-15).AddDays(-200), "M", "AOTH", "Muslim",
                    "Dari", false, true, "V2", postcodes[3], ""), asOf),
            };
            db.Children.AddRange(children);
            await db.SaveChangesAsync(ct);
            db.SiblingLinks.Add(SiblingLink.Between(children[1], children[2]));

            // A draft: timing and needs answered, the rest still to do.
            var draft = Referral.Start(authority.Id, [children[0]], author, authorName, asOf.AddDays(-1));
            draft.SetTiming(PlacementUrgency.MoreThanFiveDays, asOf.AddDays(21), PlacementTypeSought.LongTerm, asOf.AddDays(-1));
            draft.SetNeeds("Ellie needs a patient, consistent home with a clear routine, and carers who will support her contact with her grandmother every week.",
                CommunicationNeeds.No, CommunicationRequirements.None, "", false, CulturalNeeds.NotRequired, "");

            // Waiting for sign-off: a sibling group to be placed together.
            var siblings = Referral.Start(authority.Id, [children[1], children[2]], author, authorName, asOf.AddDays(-2));
            Complete(siblings, asOf, PlacementUrgency.WithinFiveDays, asOf.AddDays(3), PlacementTypeSought.ShortTerm,
                "Jayden and Grace need to stay together, keep their school places at St Anne's and see their mother twice a week.");
            siblings.Submit(asOf.AddDays(-1));

            // Signed off: released to the placement finding team.
            var released = Referral.Start(authority.Id, [children[3]], author, authorName, asOf.AddDays(-3));
            Complete(released, asOf, PlacementUrgency.MoreThanFiveDays, asOf.AddDays(10), PlacementTypeSought.LongTerm,
                "Samir needs carers who can support his asylum claim, help him into college and, ideally, speak Dari or Pashto.");
            released.Submit(asOf.AddDays(-2));
            released.SignOff(manager, managerName, asOf.AddDays(-1));

            db.Referrals.AddRange(draft, siblings, released);
            await db.SaveChangesAsync(ct);
        }
    }

    private static void Complete(Referral r, DateOnly asOf, PlacementUrgency urgency, DateOnly neededFrom, PlacementTypeSought type, string needs)
    {
        r.SetTiming(urgency, neededFrom, type, asOf);
        r.SetNeeds(needs, CommunicationNeeds.No, CommunicationRequirements.None, "", false, CulturalNeeds.Required, "Support to attend a place of worship each week.");
        r.SetLivingArrangements(LivingAlongside.OnlyYoungerChildren, PetsTolerance.YesCan, AdditionalSupport.TaxisToSchool, "", false);
        r.SetRisks(RisksToSelf.GoingMissing, "", RisksToOthers.None, "");
        r.SetLocation(true, 15, "ME4", "", "Within reach of the current school");
    }

    private static Task<int> UserIdAsync(HearthDb db, string email, CancellationToken ct) =>
        db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct);
}
