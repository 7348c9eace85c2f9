using System.Net;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Demo;

/// <summary>
/// The demo data has referrals at every stage for Kent and Medway (issue 4, item 12): draft, awaiting sign-off, released,
/// in-house outcome recorded, a call-off open with offers, a lapsed call-off, a call-off decided (frozen record, notices
/// sent, placement created), a spot purchase and an in-house decision — and the decision pages have something to show.
/// </summary>
public sealed class DemoStagesTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Stages(int Draft, int AwaitingSignOff, int SignedOff, int WithInHouseOutcome, int OpenCallOffsWithOffers, int LapsedCallOffs,
        int OfferDecisions, int InHouseDecisions, int Spots);

    private Task<Stages> StagesAsync(string authority) => app.WithDbAsync(async db =>
    {
        var id = await db.Authorities.Where(a => a.Name == authority).Select(a => a.Id).SingleAsync(Ct);
        // The demo's own referrals: written by the demo social worker (tests add theirs with other authors).
        var author = authority == DemoData.KentName ? "Helen Marsh" : "Priya Shah";
        var referrals = db.Referrals.Where(r => r.AuthorityId == id && r.AuthorName == author);
        var ids = await referrals.Select(r => r.Id).ToListAsync(Ct);
        var now = TestClock.Now;
        var callOffs = await db.CallOffs.Include(c => c.Recipients).Include(c => c.Offers).AsSplitQuery().Where(c => ids.Contains(c.ReferralId)).ToListAsync(Ct);
        return new Stages(
            await referrals.CountAsync(r => r.Status == ReferralStatus.Draft, Ct),
            await referrals.CountAsync(r => r.Status == ReferralStatus.AwaitingSignOff, Ct),
            await referrals.CountAsync(r => r.Status == ReferralStatus.SignedOff, Ct),
            await db.InHouseSearchOutcomes.Where(o => ids.Contains(o.ReferralId)).Select(o => o.ReferralId).Distinct().CountAsync(Ct),
            callOffs.Count(c => c.Status == CallOffStatus.Open && c.LatestDeadline > now && c.Offers.Any(o => o.Status == OfferStatus.Active)),
            callOffs.Count(c => c.Status == CallOffStatus.Open && c.LatestDeadline <= now),
            await db.CallOffDecisions.CountAsync(d => ids.Contains(d.ReferralId) && d.ChosenKind == DecisionOptionKind.FrameworkOffer, Ct),
            await db.CallOffDecisions.CountAsync(d => ids.Contains(d.ReferralId) && d.ChosenKind == DecisionOptionKind.InHouse, Ct),
            await db.SpotPurchases.CountAsync(s => ids.Contains(s.ReferralId), Ct));
    });

    [Theory]
    [InlineData(DemoData.KentName)]
    [InlineData(DemoData.MedwayName)]
    public async Task EachAuthority_HasAReferralAtEveryStage(string authority)
    {
        var s = await StagesAsync(authority);

        Assert.True(s.Draft >= 1, $"draft: {s}");
        Assert.True(s.AwaitingSignOff >= 1, $"awaiting sign-off: {s}");
        Assert.True(s.SignedOff >= 1, $"released: {s}");
        Assert.True(s.WithInHouseOutcome >= 1, $"in-house outcome: {s}");
        Assert.True(s.OpenCallOffsWithOffers >= 1, $"open call-off with offers: {s}");
        Assert.True(s.LapsedCallOffs >= 1, $"lapsed call-off: {s}");
        Assert.Equal(1, s.OfferDecisions);
        Assert.Equal(1, s.InHouseDecisions);
        Assert.Equal(1, s.Spots);
    }

    [Theory]
    [InlineData(DemoData.KentName, "KCC-D001")]
    [InlineData(DemoData.MedwayName, "MED-D001")]
    public async Task DecidedCallOff_IsAGenuineRecord_OfferAcceptedOthersToldPlacementCreatedInTheFuture(string authority, string caseReference)
    {
        var facts = await app.WithDbAsync(async db =>
        {
            var child = await db.Children.SingleAsync(c => c.CaseReference == caseReference && db.Authorities.Any(a => a.Id == c.AuthorityId && a.Name == authority), Ct);
            var referralId = await db.Referrals.Where(r => r.Children.Any(c => c.ChildId == child.Id)).Select(r => r.Id).SingleAsync(Ct);
            var decision = await db.CallOffDecisions.SingleAsync(d => d.ReferralId == referralId, Ct);
            var callOff = await db.CallOffs.Include(c => c.Recipients).Include(c => c.Offers).AsSplitQuery().SingleAsync(c => c.ReferralId == referralId, Ct);
            var notices = await db.UnsuccessfulNotices.Where(n => n.DecisionId == decision.Id).ToListAsync(Ct);
            var placement = await db.Placements.AsNoTracking().Include(p => p.FeePeriods).SingleAsync(p => p.ChildId == child.Id, Ct);
            return (decision, callOff, notices, placement);
        });
        var (decision, callOff, notices, placement) = facts;

        Assert.True(decision.IsIntact);
        Assert.Equal(DecisionOptionKind.FrameworkOffer, decision.ChosenKind);
        var snapshot = decision.Read();
        Assert.Equal(DemoDecisions.OfferRationale, snapshot.Rationale);
        Assert.Contains(snapshot.Asks, a => a.Answer == AskAnswer.Declined);
        Assert.True(snapshot.Options.Count(o => o.Option.Kind == DecisionOptionKind.FrameworkOffer) >= 2);
        Assert.Equal(CallOffStatus.Accepted, callOff.Status);
        Assert.Equal(decision.ChosenProviderId, callOff.ReleasedToProviderId);
        Assert.NotEmpty(notices);
        Assert.All(notices, n => Assert.NotNull(n.SentAt));
        Assert.DoesNotContain(notices, n => n.ProviderId == decision.ChosenProviderId);
        Assert.Equal(PlacementRoute.Framework, placement.Route);
        Assert.Equal(decision.Id, placement.CallOffDecisionId);
        Assert.Equal(decision.WeeklyFee, placement.CurrentWeeklyFee);
        // Starts on the referral's needed-from date (or later): the seed's years of spend are untouched.
        Assert.True(placement.StartDate >= HearthFactory.DemoAsOf.AddDays(14), $"starts {placement.StartDate}");
    }

    [Fact]
    public async Task DecisionRecordPdfIpaAndAuditorsExport_ShowTheDemoDecision()
    {
        var id = await app.WithDbAsync(db => db.CallOffDecisions.Where(d => d.ChosenKind == DecisionOptionKind.FrameworkOffer
                && db.Children.Any(c => c.CaseReference == "KCC-D001" && db.Referrals.Any(r => r.Id == d.ReferralId && r.Children.Any(rc => rc.ChildId == c.Id))))
            .Select(d => d.Id).SingleAsync(Ct));
        var broker = await app.SessionForAsync("broker@kent.example");
        var (response, page) = await broker.GetPageAsync($"/call-off-decisions/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(DemoDecisions.OfferRationale, page.Body!.TextContent, StringComparison.Ordinal);
        var ipa = await broker.Client.GetAsync($"/call-off-decisions/{id}/ipa", Ct);
        Assert.Equal(HttpStatusCode.OK, ipa.StatusCode);
        Assert.Equal("application/pdf", ipa.Content.Headers.ContentType?.MediaType);

        var auditor = await app.SessionForAsync("auditor@kent.example");
        var csv = await auditor.Client.GetAsync($"/call-off-decisions/{id}?handler=Csv", Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("text/csv", csv.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var pdf = await auditor.Client.GetAsync($"/call-off-decisions/{id}?handler=Pdf", Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        // Medway's auditor cannot reach Kent's record.
        var medway = await app.SessionForAsync("auditor@medway.example");
        Assert.Equal(HttpStatusCode.NotFound, (await medway.Client.GetAsync($"/call-off-decisions/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task SpotPurchases_KentsAboveTheBandAwaitsTheCommissioner_MedwaysIsWithinTheBand()
    {
        var spots = await app.WithDbAsync(db => db.SpotPurchases.Where(s => s.Justification == DemoDecisions.SpotJustification)
            .Select(s => new { s.Id, s.AuthorityId, s.AboveBand, s.ApprovedAt, s.BandPrice, s.WeeklyFee, Authority = db.Authorities.Single(a => a.Id == s.AuthorityId).Name })
            .ToListAsync(Ct));
        var kent = Assert.Single(spots, s => s.Authority == DemoData.KentName);
        var medway = Assert.Single(spots, s => s.Authority == DemoData.MedwayName);
        Assert.True(kent.AboveBand);
        Assert.NotNull(kent.BandPrice);
        Assert.True(kent.WeeklyFee > kent.BandPrice!.Value);
        Assert.False(medway.AboveBand);

        var commissioner = await app.SessionForAsync("commissioner@kent.example");
        var (response, page) = await commissioner.GetPageAsync("/spot-purchases?status=awaiting");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/spot-purchases/{kent.Id}");
    }
}
