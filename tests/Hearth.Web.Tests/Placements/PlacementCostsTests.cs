using System.Net;
using System.Net.Http.Json;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Placements;

/// <summary>
/// Additional costs, the funding split and moves through the pages and the API, checked against the spend report to the
/// penny. Medway spot placements only: Kent's are the subject of the spend fingerprints.
/// </summary>
[Collection(MedwaySpend.Name)]
public sealed class PlacementCostsTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => TestClock.Today;
    // The financial year of a day a month ago: its first ten nights are in the past on every day, 1 April included (ADR 0027).
    private static FinancialYear ThisYear => FinancialYear.Containing(Today.AddDays(-30));

    [Fact]
    public async Task AdditionalCosts_ThroughThePages_MoveTheSpendReportByExactlyTheExpectedPenceInEachYear()
    {
        var (id, _, version) = await LivePlacementAsync(offset: 0);
        var lastYear = new FinancialYear(ThisYear.StartYear - 1);
        using var finance = await app.SignInAsync("finance@medway.example");
        var before = await SpendAsync(finance, lastYear, ThisYear);

        // £100 a week for 29, 30 and 31 March (3 nights last year: £42.857… → £42.86) and 1 and 2 April (2 nights: £28.57).
        var weekly = await finance.PostFormAsync($"/placements/{id}/additional-costs/weekly", Form(version, ("Description", "Support worker"),
            ("FundingSource", "HealthContribution"), ("From", ThisYear.Start.AddDays(-3)), ("To", ThisYear.Start.AddDays(2)), ("Amount", "100")));
        Assert.True(weekly.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(weekly)));
        // A one-off £250.50 on 1 April falls whole in this year.
        using var broker = await app.SignInAsync("broker@medway.example");
        var oneOff = await broker.PostFormAsync($"/placements/{id}/additional-costs/one-off", Form(version + 1, ("Description", "Setting-up grant"),
            ("FundingSource", "BaseBudget"), ("From", ThisYear.Start), ("Amount", "250.50")));
        Assert.True(oneOff.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(oneOff)));

        var after = await SpendAsync(finance, lastYear, ThisYear);
        Assert.Equal(42_86, after.Delta(before, lastYear));
        Assert.Equal(28_57 + 250_50, after.Delta(before, ThisYear));
        Assert.Equal(42_86, after.Delta(before, lastYear, "HealthContribution"));
        Assert.Equal(28_57, after.Delta(before, ThisYear, "HealthContribution"));
        Assert.Equal(250_50, after.Delta(before, ThisYear, "BaseBudget"));

        var (_, page) = await finance.GetPageAsync($"/placements/{id}");
        var costs = page.QuerySelector("#additional-costs")!.TextContent;
        Assert.Contains("Support worker", costs);
        Assert.Contains("Setting-up grant", costs);
        Assert.Contains("£250.50", costs);
    }

    [Fact]
    public async Task AdditionalCost_Corrected_IsKeptAsACorrectionAndTheReportMovesByTheDifference()
    {
        var (id, _, version) = await LivePlacementAsync(offset: 1);
        using var finance = await app.SignInAsync("finance@medway.example");
        Assert.Equal(HttpStatusCode.Redirect, (await finance.PostFormAsync($"/placements/{id}/additional-costs/one-off", Form(version, ("Description", "Bike"),
            ("FundingSource", "BaseBudget"), ("From", ThisYear.Start.AddDays(10)), ("Amount", "300")))).StatusCode);
        var costId = await app.WithDbAsync(db => db.Set<PlacementAdditionalCost>().Where(c => c.PlacementId == id && c.Description == "Bike").Select(c => c.Id).SingleAsync(Ct));
        var before = await SpendAsync(finance, ThisYear, ThisYear);

        var response = await finance.PostFormAsync($"/placements/{id}/additional-costs/{costId}/correct", Form(version + 1,
            ("From", ThisYear.Start.AddDays(10)), ("Amount", "275.25"), ("Reason", "Receipt was £275.25")));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(response)));
        Assert.Equal(-24_75, (await SpendAsync(finance, ThisYear, ThisYear)).Delta(before, ThisYear));
        var payments = await finance.Client.GetStringAsync($"/api/v1/finance/payments?kind=monthly&start={ThisYear.Start.AddDays(10):yyyy-MM-01}", Ct);
        var hasProvider = await app.WithDbAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.ProviderId != null).SingleAsync(Ct));
        if (hasProvider) Assert.Contains("\"amountPence\":27525,\"item\":\"Bike\"", payments, StringComparison.Ordinal);
        var (_, page) = await finance.GetPageAsync($"/placements/{id}");
        Assert.Contains("Receipt was £275.25", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task FundingSplit_ShareThroughThePage_SplitsTheYearBySourceToThePennyAndKeepsTheTotal()
    {
        var (id, _, version) = await LivePlacementAsync(offset: 2);
        using var finance = await app.SignInAsync("finance@medway.example");
        var before = await SpendAsync(finance, ThisYear, ThisYear);
        var main = await app.WithDbAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.FundingSource).SingleAsync(Ct));

        var response = await finance.PostFormAsync($"/placements/{id}/funding-split", Form(version, ("FundingSource", "EducationContribution"),
            ("From", ThisYear.Start), ("How", "Share"), ("Share", "25")));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(response)));

        // Independently: for each fee period's nights this year up to tonight, floor(fee / 4) a week, rounded once per run.
        var fees = await app.WithDbAsync(db => db.Placements.Where(p => p.Id == id).SelectMany(p => p.FeePeriods).OrderBy(f => f.EffectiveFrom)
            .Select(f => new { f.EffectiveFrom, f.WeeklyFee }).ToListAsync(Ct));
        var tomorrow = Today.AddDays(1) < ThisYear.EndExclusive ? Today.AddDays(1) : ThisYear.EndExclusive;
        long education = 0;
        for (var i = 0; i < fees.Count; i++)
        {
            var from = fees[i].EffectiveFrom > ThisYear.Start ? fees[i].EffectiveFrom : ThisYear.Start;
            var to = i + 1 < fees.Count && fees[i + 1].EffectiveFrom < tomorrow ? fees[i + 1].EffectiveFrom : tomorrow;
            if (to <= from) continue;
            var weekly = fees[i].WeeklyFee.Pence * 2500 / 10000;
            education += (long)Math.Round(weekly * (decimal)(to.DayNumber - from.DayNumber) / 7m, MidpointRounding.AwayFromZero);
        }
        var after = await SpendAsync(finance, ThisYear, ThisYear);
        Assert.True(education > 0);
        Assert.Equal(education, after.Delta(before, ThisYear, "EducationContribution"));
        Assert.Equal(-education, after.Delta(before, ThisYear, main.ToString()));
        Assert.Equal(0, after.Delta(before, ThisYear));
        var (_, page) = await finance.GetPageAsync($"/placements/{id}");
        Assert.Contains("25%", page.QuerySelector("#funding-split")!.TextContent);
    }

    [Fact]
    public async Task BadInput_GetsTheFieldErrorAndSavesNothing()
    {
        var (id, start, version) = await LivePlacementAsync(offset: 3);
        using var finance = await app.SignInAsync("finance@medway.example");
        async Task<string> Post(string path, params (string, object)[] fields) =>
            UserSession.ErrorSummary(await UserSession.ParseAsync(await finance.PostFormAsync($"/placements/{id}/{path}", Form(version, fields))));

        Assert.Equal("The end date must be after the start date", await Post("additional-costs/weekly", ("Description", "Support"), ("FundingSource", "BaseBudget"),
            ("From", Today), ("To", Today.AddDays(-1)), ("Amount", "100")));
        Assert.Equal($"The date must be on or after the placement started ({start:d MMMM yyyy})", await Post("additional-costs/one-off", ("Description", "Grant"),
            ("FundingSource", "BaseBudget"), ("From", start.AddDays(-1)), ("Amount", "100")));
        Assert.Equal("The amount a week must be more than £0", await Post("additional-costs/weekly", ("Description", "Support"), ("FundingSource", "BaseBudget"),
            ("From", Today), ("Amount", "-5")));
        Assert.Equal("The share must be more than 0% and no more than 100%", await Post("funding-split", ("FundingSource", "HealthContribution"),
            ("From", Today), ("How", "Share"), ("Share", "100.01")));
        Assert.StartsWith("The amount a week must not be more than the weekly fee", await Post("funding-split", ("FundingSource", "HealthContribution"),
            ("From", Today), ("How", "Amount"), ("Amount", "20000")));
        Assert.Equal(version, await app.WithDbAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.Version).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Move_ThroughThePage_EndsThePlacementAndStartsALinkedOneInOneGo()
    {
        var (id, _, version) = await LivePlacementAsync(offset: 4);
        var (childId, providerId) = await app.WithDbAsync(db => db.Placements.Where(p => p.Id == id).Select(p => new { p.ChildId, p.ProviderId }).SingleAsync(Ct)) is var x ? (x.ChildId, x.ProviderId) : default;
        var otherProvider = await app.WithDbAsync(db => db.Providers.Where(p => p.Id != providerId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct));
        using var broker = await app.SignInAsync("broker@medway.example");

        var response = await broker.PostFormAsync($"/placements/{id}/move", Form(version, ("MovedOn", Today), ("ReasonCode", "CARPL"), ("Planned", "true"),
            ("RequestedBy", "Authority"), ("Route", "Spot"), ("ProviderId", otherProvider.ToString()), ("WeeklyFee", "912.34")));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(response)));
        var next = await app.WithDbAsync(db => db.Placements.Include(p => p.FeePeriods).SingleAsync(p => p.PreviousPlacementId == id, Ct));
        Assert.Equal((childId, Today, otherProvider, Money.FromPence(912_34)), (next.ChildId, next.StartDate, next.ProviderId!.Value, next.CurrentWeeklyFee));
        Assert.Equal($"/placements/{next.Id}", response.Headers.Location!.OriginalString.Split('?')[0]);
        var ended = await app.WithDbAsync(db => db.Placements.SingleAsync(p => p.Id == id, Ct));
        Assert.Equal((Today, "CARPL", true, EndingRequestedBy.Authority), (ended.EndDate!.Value, ended.EndReasonCode!, ended.EndPlanned!.Value, ended.EndRequestedBy!.Value));
        var (_, newPage) = await broker.GetPageAsync($"/placements/{next.Id}");
        Assert.Equal($"/placements/{id}", newPage.QuerySelector("#previous-placement")!.GetAttribute("href"));
        var (_, oldPage) = await broker.GetPageAsync($"/placements/{id}");
        Assert.Equal($"/placements/{next.Id}", oldPage.QuerySelector("#next-placement")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Move_WhenTheChildHasAnotherPlacementOnThoseDates_RefusedAndNothingHalfSaved()
    {
        var (id, _, version) = await LivePlacementAsync(offset: 5);
        var clash = await app.WithDbAsync(async db =>
        {
            var p = await db.Placements.SingleAsync(p => p.Id == id, Ct);
            var other = Placement.Start(p.AuthorityId, p.ChildId, PlacementRoute.InHouse, null, null, null, p.Category, p.PlaceCode, p.KeyServiceLine,
                p.FundingSource, Today.AddDays(30), Money.FromPence(500_00), null);
            db.Placements.Add(other);
            await db.SaveChangesAsync(Ct);
            return other;
        });
        var count = await app.WithDbAsync(db => db.Placements.CountAsync(Ct));
        using var broker = await app.SignInAsync("broker@medway.example");

        var response = await broker.PostFormAsync($"/placements/{id}/move", Form(version, ("MovedOn", Today), ("ReasonCode", "CARPL"), ("Planned", "false"),
            ("RequestedBy", "Carer"), ("Route", "InHouse"), ("WeeklyFee", "400")));

        Assert.Equal($"The child already has a placement from {clash.StartDate:d MMMM yyyy} that has not ended on some of these dates. A child can only be in one placement at a time",
            UserSession.ErrorSummary(await UserSession.ParseAsync(response)));
        Assert.Equal(count, await app.WithDbAsync(db => db.Placements.CountAsync(Ct)));
        Assert.Null(await app.WithDbAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.EndDate).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Api_AdditionalCostSplitAndMove_SameRulesAsThePages()
    {
        var (id, start, version) = await LivePlacementAsync(offset: 6);
        using var finance = await app.SignInAsync("finance@medway.example");
        var bad = await finance.Client.PostAsJsonAsync($"/api/v1/placements/{id}/additional-costs",
            new { kind = 1, description = "Support", fundingSource = 1, from = start.AddDays(-1), amountPence = 100_00, version }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("\"From\"", await bad.Content.ReadAsStringAsync(Ct));
        var share = await finance.Client.PostAsJsonAsync($"/api/v1/placements/{id}/funding-split",
            new { fundingSource = 4, from = Today, shareBasisPoints = 10_001, version }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, share.StatusCode);
        Assert.Contains("\"Share\"", await share.Content.ReadAsStringAsync(Ct));

        var added = await finance.Client.PostAsJsonAsync($"/api/v1/placements/{id}/additional-costs",
            new { kind = 2, description = "Grant", fundingSource = 1, from = Today.AddDays(-1), amountPence = 123_45, version }, Ct);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var stale = await finance.Client.PostAsJsonAsync($"/api/v1/placements/{id}/additional-costs",
            new { kind = 2, description = "Grant", fundingSource = 1, from = Today.AddDays(-1), amountPence = 123_45, version }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        using var broker = await app.SignInAsync("broker@medway.example");
        var providerId = await app.WithDbAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.ProviderId).SingleAsync(Ct));
        var otherProvider = await app.WithDbAsync(db => db.Providers.Where(p => p.Id != providerId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct));
        var moved = await broker.Client.PostAsJsonAsync($"/api/v1/placements/{id}/move", new
        {
            movedOn = Today, reasonCode = "CARPL", planned = true, requestedBy = 3, route = 3, providerId = otherProvider, weeklyFeePence = 700_00, version = version + 1,
        }, Ct);
        Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync(Ct));
        var costs = await broker.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/placements/{id}/costs", Ct);
        Assert.Equal(123_45, costs.GetProperty("additionalCosts")[0].GetProperty("amountPence").GetInt64());
        Assert.True(costs.GetProperty("nextPlacementId").GetInt32() > id);
    }

    private static Dictionary<string, string> Form(int version, params (string Name, object Value)[] fields)
    {
        var form = new Dictionary<string, string> { ["Input.Version"] = version.ToString() };
        foreach (var (name, value) in fields)
        {
            if (value is DateOnly date)
            {
                form[$"Input.{name}.Day"] = date.Day.ToString();
                form[$"Input.{name}.Month"] = date.Month.ToString();
                form[$"Input.{name}.Year"] = date.Year.ToString();
            }
            else form[$"Input.{name}"] = (string)value;
        }
        return form;
    }

    /// <summary>
    /// A Medway placement (not a framework one: PlacementLifecycleTests take those) started before this financial year, live at the start of the run, distinct per test (by
    /// offset: the moves end theirs today, so they still count and the others' offsets do not shift).
    /// </summary>
    private Task<(int Id, DateOnly Start, int Version)> LivePlacementAsync(int offset) => app.WithDbAsync(async db =>
    {
        var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
        var before = ThisYear.Start.AddDays(-30);
        var p = await db.Placements.Include(x => x.FeePeriods)
            .Where(x => x.AuthorityId == medway && (x.EndDate == null || x.EndDate >= Today) && x.Route != PlacementRoute.Framework
                && x.StartDate < before && x.PreviousPlacementId == null)
            .OrderBy(x => x.Id).Skip(offset + 1).FirstAsync(Ct); // the first is the scoping matrix's (it takes an organisation's first live placement)
        return (p.Id, p.StartDate, p.Version);
    });

    private sealed record Spend(Dictionary<(string Year, string Source), long> Cells)
    {
        public long Delta(Spend before, FinancialYear year, string? source = null) =>
            Cells.Where(c => c.Key.Year == year.ToString() && (source is null || c.Key.Source == source)).Sum(c => c.Value)
            - before.Cells.Where(c => c.Key.Year == year.ToString() && (source is null || c.Key.Source == source)).Sum(c => c.Value);
    }

    private static async Task<Spend> SpendAsync(UserSession session, FinancialYear from, FinancialYear to)
    {
        var json = await session.Client.GetStringAsync($"/api/v1/finance/spend?from={from}&to={to}", Ct);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var cells = new Dictionary<(string, string), long>();
        foreach (var l in document.RootElement.EnumerateArray())
        {
            var key = (l.GetProperty("financialYear").GetString()!, l.GetProperty("fundingSource").GetString()!);
            cells[key] = cells.GetValueOrDefault(key) + l.GetProperty("amountPence").GetInt64();
        }
        return new Spend(cells);
    }
}
