using System.Security.Cryptography;
using System.Text;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Demo;

public sealed class DemoDataTests(DemoApp app)
{
    [Theory]
    [InlineData(2018)]
    [InlineData(2019)]
    [InlineData(2020)]
    public async Task KentExternalFosteringSpend_TheSeedsYears_IsInTheRangeTheDecisionReports(int startYear)
    {
        // Decision 21/00077: £11,253,664 (2018-19), £12,069,419 (2019-20), £11,090,868 (2020-21). The demo data is
        // generated, never typed in, so the test allows the £10m–£13m band the issue sets.
        var year = new FinancialYear(startYear);
        var spend = await app.WithDbAsync(db => ExternalSpendAsync(db, DemoData.KentName, year));
        Assert.InRange(spend.Pounds, 10_000_000m, 13_000_000m);
    }

    [Fact]
    public async Task Timeline_TheSeedsFrameworksAndExtension_AreRecorded()
    {
        await app.WithDbAsync<int>(async db =>
        {
            var f2018 = await db.Frameworks.Include(f => f.Extensions).Include(f => f.Parties).SingleAsync(f => f.Reference == "KM-IFP-2018");
            Assert.Equal(new DateOnly(2018, 2, 1), f2018.StartDate);
            Assert.Equal(new DateOnly(2022, 1, 31), f2018.OriginalEndDate);
            Assert.Equal(new DateOnly(2022, 3, 31), f2018.EndDate);
            var extension = Assert.Single(f2018.Extensions);
            var decision = await db.KeyDecisions.SingleAsync(d => d.Id == extension.KeyDecisionId);
            Assert.Equal("21/00077", decision.Reference);
            Assert.True(decision.IsKey(Hearth.Domain.Organisations.Authority.DefaultKeyDecisionThreshold));
            Assert.Equal(2, f2018.Parties.Count);
            var f2022 = await db.Frameworks.SingleAsync(f => f.Reference == "KM-IFP-2022");
            Assert.Equal(new DateOnly(2022, 4, 1), f2022.StartDate);
            Assert.Equal(decision.Id, f2022.KeyDecisionId);
            return 0;
        });
    }

    [Fact]
    public async Task Story_OnTheAsOfDate_HasAFrameworkInForceWithItsPredecessorAndATenderAroundIt()
    {
        var asOf = HearthFactory.DemoAsOf;
        await app.WithDbAsync<int>(async db =>
        {
            // The call-off route on the as-of date, with the framework before it behind it (extended, in 2022's case).
            var frameworks = await db.Frameworks.Include(f => f.Extensions).Where(f => f.Reference.StartsWith("KM-IFP-")).OrderBy(f => f.StartDate).ToListAsync();
            var route = Assert.Single(frameworks, f => f.Reference == DemoStory.CallOffFrameworkReference(asOf));
            Assert.True(route.IsLiveOn(asOf), $"{route.Reference} is not in force on {asOf}");
            var before = frameworks[frameworks.IndexOf(route) - 1];
            Assert.True(before.EndDate < route.StartDate);
            Assert.NotEmpty(before.Extensions);

            // A tender whose deadlines fall around the as-of date: open for bids or in evaluation, never weeks stale.
            var reference = DemoStory.CurrentTenderReference(asOf);
            Assert.SkipWhen(reference is null, $"The demo's first tender is published on {DemoTender.PublishedOn:d MMMM yyyy}: the suite runs on {asOf:d MMMM yyyy}");
            var tender = await db.Tenders.SingleAsync(t => t.Reference == reference);
            var t = tender.Timeline;
            DateOnly[] deadlines = [t.PublicationDate, London.DateOf(t.ClarificationDeadline), London.DateOf(t.SubmissionDeadline), t.EvaluationDate, t.AwardDate, t.StartDate];
            Assert.True(t.PublicationDate <= asOf, $"{reference} is published on {t.PublicationDate}, after {asOf}");
            Assert.True(deadlines.Min(d => Math.Abs(d.DayNumber - asOf.DayNumber)) <= 45, $"No date of {reference}'s timeline is within 45 days of {asOf}");

            // Budgets for the as-of year and the one before, for both authorities and every key service line.
            var year = FinancialYear.Containing(asOf);
            var budgets = (await db.Budgets.Select(b => new { b.AuthorityId, b.KeyServiceLine, b.Year }).ToListAsync())
                .Where(b => b.Year == year || b.Year == year.Previous).Distinct().Count();
            Assert.Equal(2 * 2 * Enum.GetValues<KeyServiceLine>().Length, budgets);
            return 0;
        });
    }

    [Theory]
    [InlineData("2022-03-31")]
    [InlineData("2035-01-01")]
    public void AsOf_OutsideTheStory_StopsHearthWithTheRangeItSupports(string asOf)
    {
        // HearthStartupException: Program prints "Hearth could not start: <message>" and exits 2 (StartupTests).
        var e = Assert.Throws<HearthStartupException>(() => DemoStory.EnsureSupported(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal($"Demo:AsOf {asOf} is outside the demo story: choose a date from 2022-04-01 to 2034-12-31.", e.Message);
        DemoStory.EnsureSupported(DemoStory.EarliestAsOf);
        DemoStory.EnsureSupported(DemoStory.LatestAsOf);
    }

    [Fact]
    public async Task Story_2027Framework_OnceAwarded_HasExactlyTheStorysMembersOnItsLots()
    {
        var asOf = HearthFactory.DemoAsOf;
        Assert.SkipUnless(DemoStory.Framework2027Awarded(asOf), $"The 2027 framework is awarded on {DemoTender.AwardDate:d MMMM yyyy}: the suite runs on {asOf:d MMMM yyyy}");
        await app.WithDbAsync<int>(async db =>
        {
            var framework = await db.Frameworks.Include(f => f.Members).Include(f => f.LotMembers).SingleAsync(f => f.Reference == DemoTender.Reference);
            var tender = await db.Tenders.SingleAsync(t => t.Reference == DemoTender.Reference);
            Assert.Equal(Hearth.Domain.Procurement.Tendering.TenderStatus.Awarded, tender.Status);
            Assert.Equal(framework.Id, tender.FrameworkId);
            Assert.Equal(Hearth.Domain.Procurement.ProcurementRegime.Pa2023OpenFramework, framework.Regime);
            var lot1 = framework.LotMembers.Where(m => m.LotNumber == 1).Select(m => m.ProviderId).Order().ToList();
            Assert.Equal(framework.Members.Select(m => m.ProviderId).Order(), lot1);
            Assert.Equal(32, lot1.Count);
            Assert.All(framework.LotMembers.Where(m => m.LotNumber == 2), m => Assert.Contains(m.ProviderId, lot1));
            return 0;
        });
    }

    [Fact]
    public async Task Organisations_AsTheIssueAsks_KentMedwayFortyProvidersAndHouseholds()
    {
        var (providers, kentHouseholds, medwayHouseholds) = await app.WithDbAsync(async db =>
        {
            var kent = await db.Authorities.SingleAsync(a => a.OnsCode == "E10000016");
            var medway = await db.Authorities.SingleAsync(a => a.OnsCode == "E06000035");
            // The demo's own agencies (tests add providers of their own, with other names).
            var names = DemoData.ProviderNames.ToList();
            return (await db.Providers.CountAsync(p => names.Contains(p.Name)),
                // The demo's own households (tests add others of their own, with other references).
                await db.CarerHouseholds.CountAsync(h => h.OwnerOrganisationId == kent.Id && h.Reference.StartsWith("KCC-H-")),
                await db.CarerHouseholds.CountAsync(h => h.OwnerOrganisationId == medway.Id && h.Reference.StartsWith("MDW-H-")));
        });
        Assert.Equal(40, DemoData.ProviderNames.Count);
        Assert.Equal(40, providers);
        Assert.Equal(700, kentHouseholds);
        Assert.Equal(150, medwayHouseholds);
    }

    [Fact]
    public async Task Generate_TwiceWithTheSameSeedAndDate_GivesTheSameData()
    {
        // The second app's clock stands 400 days later, with the same as-of date: the demo never reads the real time (ADR 0027).
        var first = await app.WithDbAsync(Fingerprint);
        await using var database = await TestDatabase.CreateAsync();
        await using var second = new HearthFactory(database, demo: true,
            new Dictionary<string, string> { ["Demo:AsOf"] = HearthFactory.DemoAsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        second.Clock.Advance(TimeSpan.FromDays(400));
        second.StartServer();
        await using var scope = second.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        Assert.Equal(first, await Fingerprint(scope.ServiceProvider.GetRequiredService<HearthDb>()));
    }

    private static async Task<Money> ExternalSpendAsync(HearthDb db, string authority, FinancialYear year)
    {
        var id = await db.Authorities.Where(a => a.Name == authority).Select(a => a.Id).SingleAsync();
        var rows = await db.Placements.AsNoTracking()
            .Where(p => p.AuthorityId == id && p.Route != PlacementRoute.InHouse && p.StartDate < year.EndExclusive && (p.EndDate == null || p.EndDate > year.Start))
            .Select(p => new { p.StartDate, p.EndDate, Fees = p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => new FeePeriod(f.EffectiveFrom, f.WeeklyFee)).ToList() })
            .ToListAsync();
        var total = Money.Zero;
        foreach (var row in rows)
            foreach (var cost in NightCosting.CostByYear(row.StartDate, row.EndDate, year.EndExclusive, row.Fees))
                if (cost.Year == year) total += cost.Cost;
        return total;
    }

    /// <summary>
    /// Kent's demo story as text: who is placed where, when, at what fees (ids left out: they depend on insert order).
    /// Kent only, because tests that change placements work on Medway's while this runs.
    /// </summary>
    private static async Task<string> Fingerprint(HearthDb db)
    {
        var kent = await db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync();
        var placements = await (from p in db.Placements.AsNoTracking().Where(p => p.AuthorityId == kent)
                                join c in db.Children on p.ChildId equals c.Id
                                orderby c.CaseReference
                                select new { c.CaseReference, c.DateOfBirth, c.GivenName, p.StartDate, p.EndDate, p.Route, p.Category, Fees = p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => f.WeeklyFee).ToList() })
                               .ToListAsync();
        var text = new StringBuilder();
        foreach (var p in placements)
            text.Append(p.CaseReference).Append(p.DateOfBirth).Append(p.GivenName).Append(p.StartDate).Append(p.EndDate).Append(p.Route).Append(p.Category)
                .AppendJoin(',', p.Fees.Select(f => f.Pence)).Append('\n');
        // The moments of the story, as well as its dates: the demo's own users, call-offs, offers, decisions, spot purchases
        // and tenders (tests add records of their own to the shared app while this runs).
        var signIns = DemoData.SignIns.Select(s => s.Email).ToList();
        foreach (var at in await db.Users.Where(u => u.OrganisationId == kent && signIns.Contains(u.Email!)).OrderBy(u => u.Email).Select(u => u.CreatedAt).ToListAsync())
            text.Append(at.ToUnixTimeSeconds()).Append(';');
        var demoReferrals = await db.Referrals.Where(r => r.AuthorityId == kent && r.Children.Any(rc => db.Children.Any(c => c.Id == rc.ChildId
                && (c.CaseReference.StartsWith("KCC-C") || c.CaseReference.StartsWith("KCC-D")))))
            .Select(r => r.Id).ToListAsync();
        foreach (var c in await db.CallOffs.Where(c => demoReferrals.Contains(c.ReferralId)).OrderBy(c => c.SentAt)
                     .Select(c => new { c.SentAt, Offers = c.Offers.OrderBy(o => o.SubmittedAt).Select(o => o.SubmittedAt).ToList() }).ToListAsync())
            text.Append(c.SentAt.ToUnixTimeSeconds()).Append(':').AppendJoin(',', c.Offers.Select(o => o.ToUnixTimeSeconds())).Append(';');
        foreach (var at in await db.CallOffDecisions.Where(d => demoReferrals.Contains(d.ReferralId)).OrderBy(d => d.DecidedAt).Select(d => d.DecidedAt).ToListAsync())
            text.Append(at.ToUnixTimeSeconds()).Append(';');
        foreach (var at in await db.SpotPurchases.Where(s => demoReferrals.Contains(s.ReferralId)).Select(s => s.OpenedAt).ToListAsync())
            text.Append(at.ToUnixTimeSeconds()).Append(';');
        string[] tenders = [DemoTender2022.Reference, DemoTender.Reference, DemoStory.ReopeningReference];
        foreach (var t in await db.Tenders.Where(t => tenders.Contains(t.Reference)).OrderBy(t => t.Reference).Select(t => new { t.Reference, t.PublishedAt }).ToListAsync())
            text.Append(t.Reference).Append(t.PublishedAt?.ToUnixTimeSeconds()).Append(';');
        return $"{placements.Count} placements, sha256 {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))}";
    }
}
