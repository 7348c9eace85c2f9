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
/// Correcting, ending and removing a part of the funding split through the pages and the API: kept as corrections (old → new),
/// audited, the spend report re-costed to the penny; bad input gets the field error and nothing is saved. Medway records only.
/// </summary>
[Collection(MedwaySpend.Name)]
public sealed class FundingShareCorrectionTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => TestClock.Today;
    // The financial year of a day a month ago: its first ten nights are in the past on every day, 1 April included (ADR 0027).
    private static FinancialYear ThisYear => FinancialYear.Containing(Today.AddDays(-30));

    [Fact]
    public async Task CorrectThenRemove_ThroughThePages_SpendMovesByTheDifferenceAndBothAreKept()
    {
        var (id, version) = await PlacementAsync(skip: 6);
        using var finance = await app.SignInAsync("finance@medway.example");
        var spendBefore = await EducationSpendAsync(finance);
        var added = await finance.PostFormAsync($"/placements/{id}/funding-split", Form(version, ("FundingSource", "EducationContribution"),
            ("From", ThisYear.Start), ("How", "Amount"), ("Amount", "100")));
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(added)));
        var shareId = await app.WithDbAsync(db => db.Set<PlacementFundingShare>().Where(s => s.PlacementId == id).Select(s => s.Id).SingleAsync(Ct));
        var (_, form) = await finance.GetPageAsync($"/placements/{id}/funding-split/{shareId}/correct");
        Assert.Equal("100.00", form.QuerySelector("#Input_Amount")!.GetAttribute("value"));

        // Bad input: the field's error, nothing saved.
        var bad = await finance.PostFormAsync($"/placements/{id}/funding-split/{shareId}/correct", Form(version + 1,
            ("From", ThisYear.Start), ("How", "Amount"), ("Amount", "100"), ("Reason", "No change")));
        Assert.Equal("The corrected split is the same as the recorded one", UserSession.ErrorSummary(await UserSession.ParseAsync(bad)));
        var noReason = await finance.PostFormAsync($"/placements/{id}/funding-split/{shareId}/correct", Form(version + 1,
            ("From", ThisYear.Start), ("How", "Amount"), ("Amount", "90")));
        Assert.Equal("Enter why the record is being corrected", UserSession.ErrorSummary(await UserSession.ParseAsync(noReason)));

        // £100 a week from 1 April → £70.01 a week from 1 April, ending after 10 nights.
        var corrected = await finance.PostFormAsync($"/placements/{id}/funding-split/{shareId}/correct", Form(version + 1,
            ("From", ThisYear.Start), ("To", ThisYear.Start.AddDays(10)), ("How", "Amount"), ("Amount", "70.01"), ("Reason", "Agreed for ten nights only")));
        Assert.True(corrected.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(corrected)));
        Assert.Equal(NightCosting.CostOfNights(Money.FromPence(70_01), 10).Pence, await EducationSpendAsync(finance) - spendBefore);
        var (_, details) = await finance.GetPageAsync($"/placements/{id}");
        var main = details.QuerySelector("main")!.TextContent;
        Assert.Contains("Agreed for ten nights only", main);
        Assert.Contains($"EducationContribution: £100.00 a week from {ThisYear.Start:yyyy-MM-dd}", main);
        Assert.Contains($"EducationContribution: £70.01 a week from {ThisYear.Start:yyyy-MM-dd} to {ThisYear.Start.AddDays(10):yyyy-MM-dd}", main);

        var stale = await finance.PostFormAsync($"/placements/{id}/funding-split/{shareId}/remove", Form(version + 1, ("Reason", "Wrong placement")));
        Assert.NotEqual(HttpStatusCode.Redirect, stale.StatusCode);
        var removed = await finance.PostFormAsync($"/placements/{id}/funding-split/{shareId}/remove", Form(version + 2, ("Reason", "Wrong placement")));
        Assert.True(removed.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(removed)));
        Assert.Equal(0, await EducationSpendAsync(finance) - spendBefore);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<PlacementCorrection>().CountAsync(c => c.PlacementId == id && c.Field == "FundingShare", Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await finance.Client.GetAsync($"/placements/{id}/funding-split/{shareId}/correct", Ct)).StatusCode);
    }

    [Fact]
    public async Task Api_CorrectAndRemove_SameRulesAsThePages()
    {
        var (id, version) = await PlacementAsync(skip: 7);
        using var finance = await app.SignInAsync("finance@medway.example");
        var added = await finance.Client.PostAsJsonAsync($"/api/v1/placements/{id}/funding-split",
            new { fundingSource = 4, from = ThisYear.Start, shareBasisPoints = 1000, version }, Ct);
        Assert.True(added.StatusCode == HttpStatusCode.OK, await added.Content.ReadAsStringAsync(Ct));
        var shareId = await app.WithDbAsync(db => db.Set<PlacementFundingShare>().Where(s => s.PlacementId == id).Select(s => s.Id).SingleAsync(Ct));

        var over = await finance.Client.PostAsJsonAsync($"/api/v1/placements/{id}/funding-split/{shareId}/correction",
            new { from = ThisYear.Start, shareBasisPoints = 10_001, reason = "x", version = version + 1 }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        Assert.Contains("\"Share\"", await over.Content.ReadAsStringAsync(Ct));
        var ok = await finance.Client.PostAsJsonAsync($"/api/v1/placements/{id}/funding-split/{shareId}/correction",
            new { from = ThisYear.Start, shareBasisPoints = 2000, reason = "It is 20%", version = version + 1 }, Ct);
        Assert.True(ok.StatusCode == HttpStatusCode.OK, await ok.Content.ReadAsStringAsync(Ct));
        Assert.Equal(2000, await app.WithDbAsync(db => db.Set<PlacementFundingShare>().Where(s => s.Id == shareId).Select(s => s.ShareBasisPoints).SingleAsync(Ct)));
        var stale = await finance.Client.PostAsJsonAsync($"/api/v1/placements/{id}/funding-split/{shareId}/removal", new { reason = "Wrong", version = version + 1 }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var noReason = await finance.Client.PostAsJsonAsync($"/api/v1/placements/{id}/funding-split/{shareId}/removal", new { reason = "", version = version + 2 }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        using var broker = await app.SignInAsync("broker@medway.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await broker.Client.PostAsJsonAsync($"/api/v1/placements/{id}/funding-split/{shareId}/removal",
            new { reason = "Wrong", version = version + 2 }, Ct)).StatusCode);
        var removed = await finance.Client.PostAsJsonAsync($"/api/v1/placements/{id}/funding-split/{shareId}/removal", new { reason = "Wrong", version = version + 2 }, Ct);
        Assert.True(removed.StatusCode == HttpStatusCode.OK, await removed.Content.ReadAsStringAsync(Ct));
        Assert.False(await app.WithDbAsync(db => db.Set<PlacementFundingShare>().AnyAsync(s => s.Id == shareId, Ct)));
        var audited = await app.WithDbAsync(db => db.Set<PlacementCorrection>().Where(c => c.PlacementId == id && c.Field == "FundingShare")
            .OrderBy(c => c.Id).Select(c => c.NewValue).ToListAsync(Ct));
        Assert.Equal([$"HealthContribution: 20% from {ThisYear.Start:yyyy-MM-dd}", "removed"], audited);
    }

    private Task<(int Id, int Version)> PlacementAsync(int skip) => app.WithDbAsync(async db =>
    {
        var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
        var before = ThisYear.Start.AddDays(-30);
        var p = await db.Placements
            .Where(x => x.AuthorityId == medway && x.EndDate == null && x.Route != PlacementRoute.Framework && x.StartDate < before
                && x.PreviousPlacementId == null && x.FundingSource == FundingSource.BaseBudget && x.ExternalReference == null
                // none split or corrected before (a share added and removed leaves its corrections): in another test order
                // other tests have used some of these
                && !db.Set<PlacementFundingShare>().Any(s => s.PlacementId == x.Id)
                && !db.Set<PlacementCorrection>().Any(c => c.PlacementId == x.Id))
            .OrderByDescending(x => x.Id).Skip(skip).FirstAsync(Ct); // 0 the scoping matrix's; 4 ForecastFundingSplitTests'
        return (p.Id, p.Version);
    });

    private static async Task<long> EducationSpendAsync(UserSession session)
    {
        var json = await session.Client.GetStringAsync($"/api/v1/finance/spend?from={ThisYear}&to={ThisYear}", Ct);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Where(l => l.GetProperty("fundingSource").GetString() == "EducationContribution")
            .Sum(l => l.GetProperty("amountPence").GetInt64());
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
}
