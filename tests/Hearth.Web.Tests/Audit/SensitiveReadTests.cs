using System.Net;
using System.Net.Http.Json;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Bidding;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Audit;

/// <summary>
/// Issue 12, finding 1's "reads left no audit entry" and finding 5 (ADR 0026): reading the most sensitive records leaves
/// an entry in the audit trail, owned by the organisation whose record it is.
/// </summary>
public sealed class SensitiveReadTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProviderOpeningAPlacement_TheChildsIdentityReadIsInTheAuthoritysAuditTrail()
    {
        var provider = "provider@brackenfold.example";
        var (placementId, childId, authority) = await app.WithDbAsync(db => (
            from p in db.Placements
            join o in db.Providers on p.ProviderId equals o.Id
            join a in db.Authorities on p.AuthorityId equals a.Id
            where o.Name == DemoData.FirstProviderName && p.EndDate == null
            orderby p.Id
            select new ValueTuple<int, int, string>(p.Id, p.ChildId, a.Name)).FirstAsync(Ct));
        var session = await app.SessionForAsync(provider);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync($"/placements/{placementId}", Ct)).StatusCode);

        var auditor = await app.SessionForAsync(authority == DemoData.KentName ? "auditor@kent.example" : "auditor@medway.example");
        var (_, trail) = await auditor.GetPageAsync($"/audit?Query.Entity=Child&Query.EntityId={childId}&Query.Action=Read");
        var row = trail.QuerySelectorAll("main tbody tr").Select(r => r.TextContent).FirstOrDefault();
        Assert.NotNull(row);
        Assert.Contains("Viewed", row);
        Assert.Contains("Pat Ellery", row);
        Assert.Contains($"Placement {placementId}", row);
    }

    [Fact]
    public async Task ReadingABid_ByItsBidderBeforeTheDeadlineAndByThePanelAfterOpening_IsRecordedForTheBidder()
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        var (kent, _, brackenfold) = await TenderArrange.OrganisationsAsync(app);
        var provider = await app.SessionForAsync("provider@brackenfold.example");
        Assert.Equal(HttpStatusCode.OK, (await provider.Client.PutAsJsonAsync($"/api/v1/tenders/{id}/lots/1/bid", TenderArrange.Lot1Json(8_000_00, "Our answer"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await provider.Client.PostAsJsonAsync($"/api/v1/tenders/{id}/lots/1/bid/submit", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await provider.Client.GetAsync($"/bidding/{id}/lots/1", Ct)).StatusCode);
        var bidId = await app.WithDbAsync(db => db.Bids.Where(b => b.TenderId == id && b.ProviderId == brackenfold).Select(b => b.Id).SingleAsync(Ct));

        await TenderArrange.PassDeadlineAsync(app, id, TimeSpan.FromSeconds(1));
        await TenderArrange.OpenAsync(app, id);
        var commissioner = await app.SessionForAsync("commissioner@kent.example");
        Assert.Equal(HttpStatusCode.OK, (await commissioner.Client.GetAsync($"/tenders/{id}/lots/1", Ct)).StatusCode);

        var bidKey = bidId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reads = await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.Entity == "Bid" && a.EntityId == bidKey && a.Action == AuditAction.Read).OrderBy(a => a.Id).ToListAsync(Ct));
        Assert.All(reads, r => Assert.Equal(brackenfold, r.OwnerOrganisationId));
        Assert.Contains(reads, r => r.ActorOrganisationId == brackenfold && r.Changes.Contains("Before the submission deadline", StringComparison.Ordinal));
        Assert.Contains(reads, r => r.ActorOrganisationId == kent && r.ActorName == "Sarah Chalk"
            && r.Changes.Contains("Submitted prices, answers and scores", StringComparison.Ordinal)
            && r.Changes.Contains("After the submission deadline", StringComparison.Ordinal));
        // The bid's content itself never goes into the trail.
        Assert.All(reads, r => Assert.DoesNotContain("Our answer", r.Changes, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DownloadingPersonalData_TheUascClaimAndTheAuditTrail_IsRecorded()
    {
        var kent = await app.WithDbAsync(db => db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync(Ct));
        var finance = await app.SessionForAsync("finance@kent.example");
        var before = await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().MaxAsync(a => a.Id, Ct));
        Assert.Equal(HttpStatusCode.OK, (await finance.Client.GetAsync("/finance/uasc?handler=Csv&From=2022-23&To=2024-25", Ct)).StatusCode);
        var auditor = await app.SessionForAsync("auditor@kent.example");
        Assert.Equal(HttpStatusCode.OK, (await auditor.Client.GetAsync("/audit?handler=Export&Query.Entity=Authority", Ct)).StatusCode);

        var exports = await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.Id > before && a.Action == AuditAction.Export && a.ActorOrganisationId == kent).ToListAsync(Ct));
        Assert.Contains(exports, e => e.Changes.Contains("UASC grant claim (CSV), 2022-23 to 2024-25", StringComparison.Ordinal) && e.OwnerOrganisationId == kent);
        Assert.Contains(exports, e => e.Entity == "AuditTrail" && e.Changes.Contains("Entity=Authority", StringComparison.Ordinal));

        // The auditor sees them as downloads in the trail.
        var (_, trail) = await auditor.GetPageAsync("/audit?Query.Action=Export");
        Assert.Contains("Downloaded", trail.QuerySelector("main tbody")!.TextContent);
    }
}
