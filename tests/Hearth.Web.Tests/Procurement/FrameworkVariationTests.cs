using System.Net;
using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Procurement;

/// <summary>Variations through the page: extend the term, suspend, reinstate and remove a provider on a lot.</summary>
public sealed class FrameworkVariationTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int FrameworkId, int DecisionId, List<int> MemberIds, int Version)> ArrangeAsync() => await app.WithDbAsync(async db =>
    {
        var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
        var reference = "VAR-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var providers = await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).Skip(2).Take(2).ToListAsync(Ct);
        var (tender, bids) = await TenderFixtures.PublishedWithBidsAsync(db, reference, medway, providers);
        await TenderFixtures.AwardAsync(db, tender, bids);
        var decision = KeyDecision.Propose(medway, reference + "/V", "Variation of " + reference, "Cabinet Member", Money.FromPounds(100_000m), 1);
        db.KeyDecisions.Add(decision);
        await db.SaveChangesAsync(Ct);
        var framework = await db.Frameworks.Include(f => f.LotMembers).SingleAsync(f => f.Id == tender.FrameworkId, Ct);
        return (framework.Id, decision.Id, framework.LotMembers.OrderBy(m => m.Rank).Select(m => m.Id).ToList(), framework.Version);
    });

    [Fact]
    public async Task Commissioner_extends_the_term_and_suspends_reinstates_and_removes_a_provider_each_linked_to_a_decision()
    {
        var (id, decision, members, version) = await ArrangeAsync();
        using var commissioner = await app.SignInAsync("commissioner@medway.example");
        var url = $"/frameworks/{id}/variations";

        var extended = await commissioner.PostFormAsync(url + "?handler=Extend", new()
        {
            ["Extend.NewEndDate.Day"] = "30", ["Extend.NewEndDate.Month"] = "9", ["Extend.NewEndDate.Year"] = "2022",
            ["Extend.DecisionId"] = decision.ToString(), ["Extend.Route"] = "Direct award on existing terms", ["Extend.Reason"] = "Retender delayed",
            ["Extend.Version"] = version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);

        // A second form shown before the extension is stale: told, nothing overwritten.
        var stale = await commissioner.PostFormAsync(url + "?handler=Status", new()
        {
            ["Status.LotMemberId"] = members[0].ToString(), ["Status.Action"] = "Suspended", ["Status.Reason"] = "Ofsted concern",
            ["Status.Version"] = version.ToString(),
        });
        Assert.Contains("Someone else changed this record", UserSession.ErrorSummary(await UserSession.ParseAsync(stale)));

        var current = await app.WithDbAsync(db => db.Frameworks.Where(f => f.Id == id).Select(f => f.Version).SingleAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync(url + "?handler=Status", new()
        {
            ["Status.LotMemberId"] = members[0].ToString(), ["Status.Action"] = "Suspended", ["Status.Reason"] = "Ofsted concern",
            ["Status.Version"] = current.ToString(),
        })).StatusCode);
        var noDecision = await commissioner.PostFormAsync(url + "?handler=Status", new()
        {
            ["Status.LotMemberId"] = members[1].ToString(), ["Status.Action"] = "Removed", ["Status.Reason"] = "Breach", ["Status.Version"] = (current + 1).ToString(),
        });
        Assert.Contains("Select the decision that authorises removing the provider", UserSession.ErrorSummary(await UserSession.ParseAsync(noDecision)));
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync(url + "?handler=Status", new()
        {
            ["Status.LotMemberId"] = members[1].ToString(), ["Status.Action"] = "Removed", ["Status.Reason"] = "Breach of contract",
            ["Status.DecisionId"] = decision.ToString(), ["Status.Version"] = (current + 1).ToString(),
        })).StatusCode);

        var framework = await app.WithDbAsync(db => db.Frameworks.Include(f => f.LotMembers).Include(f => f.Extensions).SingleAsync(f => f.Id == id, Ct));
        Assert.Equal(new DateOnly(2022, 9, 30), framework.EndDate);
        Assert.Equal(decision, Assert.Single(framework.Extensions).KeyDecisionId);
        var statuses = framework.LotMembers.OrderBy(m => m.Rank).Select(m => (m.Status, m.StatusDecisionId)).ToList();
        Assert.Equal([(LotMembershipStatus.Suspended, (int?)null), (LotMembershipStatus.Removed, decision)], statuses);

        var (_, page) = await commissioner.GetPageAsync(url);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Breach of contract", text);
        Assert.Contains("Suspended", text);

        // Another authority's commissioner cannot vary it; a contract manager cannot either.
        using var kent = await app.SessionForAsync("commissioner@kent.example");
        Assert.Equal(HttpStatusCode.NotFound, (await kent.GetPageAsync(url)).Response.StatusCode);
        using var contracts = await app.SessionForAsync("contracts@medway.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await contracts.GetPageAsync(url)).Response.StatusCode);
    }

    [Fact]
    public async Task The_2022_demo_tender_awarded_exactly_the_frameworks_members_with_ranks_and_firm_prices()
    {
        await app.WithDbAsync(async db =>
        {
            var framework = await db.Frameworks.Include(f => f.Members).Include(f => f.LotMembers).SingleAsync(f => f.Reference == "KM-IFP-2022", Ct);
            var tender = await db.Tenders.SingleAsync(t => t.Reference == DemoTender2022.Reference, Ct);
            Assert.Equal(framework.Id, tender.FrameworkId);
            Assert.Equal(Hearth.Domain.Procurement.Tendering.Indexation.Firm, framework.Indexation);
            Assert.Equal(40, await db.Bids.CountAsync(b => b.TenderId == tender.Id && b.LotNumber == 1, Ct));
            var lot1 = framework.LotMembers.Where(m => m.LotNumber == 1).ToList();
            Assert.Equal(framework.Members.Select(m => m.ProviderId).Order(), lot1.Select(m => m.ProviderId).Order());
            Assert.Equal(Enumerable.Range(1, lot1.Count), lot1.Select(m => m.Rank!.Value).Order());
            Assert.All(framework.LotMembers, m => Assert.Contains(framework.Members, x => x.ProviderId == m.ProviderId));
            Assert.All(lot1, m => Assert.NotNull(m.TenderedPrice("CAT-1", 9)));
            var awarded = await db.TenderResults.Where(r => r.TenderId == tender.Id && r.Awarded).CountAsync(Ct);
            Assert.Equal(framework.LotMembers.Count, awarded);
            return 0;
        });
    }
}
