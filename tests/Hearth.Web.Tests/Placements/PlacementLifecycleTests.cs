using System.Net;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Finance;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Placements;

/// <summary>Medway placements only: Kent's are the subject of the spend comparison that runs alongside.</summary>
[Collection(MedwaySpend.Name)]
public sealed class PlacementLifecycleTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FeeChange_ThroughThePage_MovesTheYearsSpendByExactlyTheDifference()
    {
        var (id, start, version, oldFee, lastFrom) = await LivePlacementAsync(offset: 0);
        var today = TestClock.Today;
        var year = FinancialYear.Containing(today);
        var effective = year.Start.AddDays(3) > lastFrom ? year.Start.AddDays(3) : lastFrom.AddDays(1);
        if (effective >= today) effective = today;
        using var finance = await app.SignInAsync("finance@medway.example");
        var before = await YearSpendAsync(finance, year);

        var response = await finance.PostFormAsync($"/placements/{id}/fee-change", new()
        {
            ["Input.EffectiveFrom.Day"] = effective.Day.ToString(), ["Input.EffectiveFrom.Month"] = effective.Month.ToString(),
            ["Input.EffectiveFrom.Year"] = effective.Year.ToString(), ["Input.WeeklyFee"] = (oldFee.Pounds + 100.10m).ToString("0.00"),
            ["Input.Version"] = version.ToString(),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(response)));
        var after = await YearSpendAsync(finance, year);

        var fees = await app.WithDbAsync(db => db.Placements.Where(p => p.Id == id)
            .SelectMany(p => p.FeePeriods).OrderBy(f => f.EffectiveFrom).Select(f => new { f.EffectiveFrom, f.WeeklyFee }).ToListAsync(Ct));
        var withChange = SpendReportTests.IndependentCost(start, null, fees.Select(f => (f.EffectiveFrom, f.WeeklyFee.Pence)).ToList());
        var withoutChange = SpendReportTests.IndependentCost(start, null, fees.Take(fees.Count - 1).Select(f => (f.EffectiveFrom, f.WeeklyFee.Pence)).ToList());
        var expectedDelta = withChange.Where(c => c.Year == year.ToString()).Sum(c => c.Pence) - withoutChange.Where(c => c.Year == year.ToString()).Sum(c => c.Pence);
        Assert.True(expectedDelta > 0);
        Assert.Equal(expectedDelta, after - before);
    }

    [Fact]
    public async Task FeeChange_BadInput_GetsFieldErrorsAndSavesNothing()
    {
        var (id, start, version, _, lastFrom) = await LivePlacementAsync(offset: 1);
        using var finance = await app.SignInAsync("finance@medway.example");
        async Task<string> Post(DateOnly date, string fee)
        {
            var response = await finance.PostFormAsync($"/placements/{id}/fee-change", new()
            {
                ["Input.EffectiveFrom.Day"] = date.Day.ToString(), ["Input.EffectiveFrom.Month"] = date.Month.ToString(),
                ["Input.EffectiveFrom.Year"] = date.Year.ToString(), ["Input.WeeklyFee"] = fee, ["Input.Version"] = version.ToString(),
            });
            return UserSession.ErrorSummary(await UserSession.ParseAsync(response));
        }
        Assert.Equal("A fee change must take effect after the placement started", await Post(start.AddDays(-1), "900"));
        Assert.Equal("Enter the weekly fee in pounds and pence, like 850 or 850.50", await Post(lastFrom.AddDays(1), "nine hundred"));
        Assert.Equal("The weekly fee must be £0 or more", await Post(lastFrom.AddDays(1), "-5"));
        Assert.Equal("The weekly fee must be £20,000.00 or less", await Post(lastFrom.AddDays(1), "20000.01"));
        Assert.Equal(version, await app.WithDbAsync(db => db.Placements.Where(p => p.Id == id).Select(p => p.Version).SingleAsync(Ct)));
    }

    [Fact]
    public async Task FeeChange_TwoOfficersAtOnce_SecondIsToldAndNothingIsOverwritten()
    {
        var (id, _, version, _, lastFrom) = await LivePlacementAsync(offset: 2);
        var start = lastFrom;
        using var first = await app.SignInAsync("finance@medway.example");
        using var second = await app.SignInAsync("finance@medway.example");
        Dictionary<string, string> Form(int days, string fee) => new()
        {
            ["Input.EffectiveFrom.Day"] = start.AddDays(days).Day.ToString(), ["Input.EffectiveFrom.Month"] = start.AddDays(days).Month.ToString(),
            ["Input.EffectiveFrom.Year"] = start.AddDays(days).Year.ToString(), ["Input.WeeklyFee"] = fee, ["Input.Version"] = version.ToString(),
        };
        var days = Math.Max(1, (TestClock.Today.DayNumber - start.DayNumber) / 2);
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync($"/placements/{id}/fee-change", Form(days, "1001"))).StatusCode);
        var conflict = await second.PostFormAsync($"/placements/{id}/fee-change", Form(days + 1, "1002"));
        Assert.Contains("Someone else changed this record", UserSession.ErrorSummary(await UserSession.ParseAsync(conflict)));
        var fees = await app.WithDbAsync(db => db.Placements.Where(p => p.Id == id).SelectMany(p => p.FeePeriods).Select(f => f.WeeklyFee).ToListAsync(Ct));
        Assert.Contains(Money.FromPounds(1001), fees);
        Assert.DoesNotContain(Money.FromPounds(1002), fees);
    }

    [Fact]
    public async Task End_ThroughThePage_RecordsTheReasonAndCannotBeRepeated()
    {
        var (id, _, version, _, _) = await LivePlacementAsync(offset: 3);
        var leftOn = TestClock.Today;
        using var broker = await app.SignInAsync("broker@medway.example");
        var empty = await broker.PostFormAsync($"/placements/{id}/end", new() { ["Input.Version"] = version.ToString() });
        var errors = UserSession.ErrorSummary(await UserSession.ParseAsync(empty));
        Assert.Contains("Enter the date the child left", errors);
        Assert.Contains("Select the reason the placement ended", errors);
        Assert.Contains("Select whether the ending was planned", errors);
        Assert.Contains("Select who asked for the placement to end", errors);

        var fields = new Dictionary<string, string>
        {
            ["Input.LeftOn.Day"] = leftOn.Day.ToString(), ["Input.LeftOn.Month"] = leftOn.Month.ToString(), ["Input.LeftOn.Year"] = leftOn.Year.ToString(),
            ["Input.ReasonCode"] = "CREQB", ["Input.Planned"] = "false", ["Input.RequestedBy"] = "Carer", ["Input.Version"] = version.ToString(),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await broker.PostFormAsync($"/placements/{id}/end", fields)).StatusCode);
        var (_, page) = await broker.GetPageAsync($"/placements/{id}");
        Assert.Contains("Carer requested the child be moved because of the child's behaviour (CREQB). Unplanned, asked for by the carer.", page.QuerySelector("main")!.TextContent);

        var again = await broker.GetPageAsync($"/placements/{id}/end");
        fields["Input.Version"] = (version + 1).ToString();
        var repeat = await broker.PostFormAsync($"/placements/{id}/end", fields);
        Assert.Contains("The placement has already ended", UserSession.ErrorSummary(await UserSession.ParseAsync(repeat)));
        Assert.Equal(HttpStatusCode.OK, again.Response.StatusCode);
    }

    [Fact]
    public async Task CorrectFee_KeepsTheCorrectionAndShowsIt()
    {
        var (id, start, version, oldFee, _) = await LivePlacementAsync(offset: 4);
        using var finance = await app.SignInAsync("finance@medway.example");
        var response = await finance.PostFormAsync($"/placements/{id}/correct-fee", new()
        {
            ["Input.EffectiveFrom"] = start.ToString("yyyy-MM-dd"), ["Input.WeeklyFee"] = (oldFee.Pounds + 1).ToString("0.00"),
            ["Input.Reason"] = "Keyed as the previous year's rate", ["Input.Version"] = version.ToString(),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(response)));
        var (_, page) = await finance.GetPageAsync($"/placements/{id}");
        Assert.Contains("Keyed as the previous year's rate", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task ProviderUser_SeesOnlyPlacementsWithTheirAgencyWithTheChildsName()
    {
        using var provider = await app.SessionForAsync("provider@brackenfold.example");
        var (_, page) = await provider.GetPageAsync("/placements?Status=&Route=");
        var providers = page.QuerySelectorAll("tbody tr td:nth-child(5)").Select(td => td.TextContent.Trim()).Distinct().ToList();
        Assert.Equal([DemoData.FirstProviderName], providers);
    }

    /// <summary>A live Medway placement started before this financial year, distinct per test (by offset).</summary>
    private Task<(int Id, DateOnly Start, int Version, Money Fee, DateOnly LastFrom)> LivePlacementAsync(int offset) => app.WithDbAsync(async db =>
    {
        var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
        var yearStart = FinancialYear.Containing(TestClock.Today).Start;
        var p = await db.Placements.Include(x => x.FeePeriods)
            .Where(x => x.AuthorityId == medway && x.EndDate == null && x.Route == PlacementRoute.Framework && x.StartDate < yearStart.AddDays(-30))
            .OrderBy(x => x.Id).Skip(offset).FirstAsync(Ct);
        return (p.Id, p.StartDate, p.Version, p.CurrentWeeklyFee, p.FeePeriods.Max(f => f.EffectiveFrom));
    });

    private static async Task<long> YearSpendAsync(UserSession session, FinancialYear year)
    {
        var json = await session.Client.GetStringAsync($"/api/v1/finance/spend?from={year}&to={year}", Ct);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Sum(l => l.GetProperty("amountPence").GetInt64());
    }
}
