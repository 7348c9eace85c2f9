using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Sourcing;

/// <summary>The vacancy register, the in-house search, match weights and centroids through pages and API. Mutations use Medway records.</summary>
public sealed class MatchingWebTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => TestClock.Today;

    private Task<int> AuthorityAsync(string name) => app.WithDbAsync(db =>
        db.Authorities.IgnoreQueryFilters().Where(a => a.Name.StartsWith(name)).Select(a => a.Id).SingleAsync(Ct));

    private Task<CarerHousehold> MedwayHouseholdAsync(int skip) => app.WithDbAsync(async db =>
    {
        var medway = await db.Authorities.IgnoreQueryFilters().Where(a => a.Name.StartsWith("Medway")).Select(a => a.Id).SingleAsync(Ct);
        return await db.CarerHouseholds.IgnoreQueryFilters().AsNoTracking().Where(h => h.OwnerOrganisationId == medway).OrderByDescending(h => h.Id).Skip(skip).FirstAsync(Ct);
    });

    private Task<CarerHousehold> HouseholdAsync(int id) => app.WithDbAsync(db =>
        db.CarerHouseholds.IgnoreQueryFilters().AsNoTracking().SingleAsync(h => h.Id == id, Ct));

    [Fact]
    public async Task Register_BrokerSeesOnlyTheirInHouseHouseholds_StaleMarked()
    {
        using var broker = await app.SignInAsync("broker@medway.example");
        var (response, document) = await broker.GetPageAsync("/households?Stale=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refs = document.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.StartsWith("MDW-H", r, StringComparison.Ordinal));
        Assert.Equal(refs.Count, document.QuerySelectorAll("tbody .govuk-tag").Length);
    }

    [Fact]
    public async Task Register_ProviderApiListsOnlyItsOwnHouseholds()
    {
        using var provider = await app.SignInAsync("provider@brackenfold.example");
        var list = await provider.Client.GetFromJsonAsync<JsonArray>("/api/v1/households", Ct);
        Assert.NotEmpty(list!);
        var brackenfold = await app.WithDbAsync(db => db.Providers.IgnoreQueryFilters().Where(p => p.Name.StartsWith("Brackenfold")).Select(p => p.Id).SingleAsync(Ct));
        var ids = list!.Select(h => h!["id"]!.GetValue<int>()).ToList();
        var owners = await app.WithDbAsync(db => db.CarerHouseholds.IgnoreQueryFilters().Where(h => ids.Contains(h.Id)).Select(h => h.OwnerOrganisationId).Distinct().ToListAsync(Ct));
        Assert.Equal([brackenfold], owners);
    }

    [Fact]
    public async Task Edit_SaveConfirmsVacancies_StaleVersionRefused()
    {
        var household = await MedwayHouseholdAsync(0);
        using var broker = await app.SignInAsync("broker@medway.example");
        Dictionary<string, string> Form(int version, string vacant) => new()
        {
            ["Input.Approvals"] = "ShortTerm", ["Input.ApprovedPlaces"] = "2", ["Input.VacantPlaces"] = vacant, ["Input.AgeFrom"] = "3",
            ["Input.AgeTo"] = "12", ["Input.Skills"] = "SelfHarm", ["Input.Languages"] = "Polish", ["Input.Religion"] = "", ["Input.HasPets"] = "true",
            ["Input.OtherChildrenAges"] = "5 14", ["Input.PostcodeDistrict"] = "me4", ["Input.Version"] = version.ToString(),
        };
        var saved = await broker.PostFormAsync($"/households/{household.Id}", Form(household.Version, "1"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await HouseholdAsync(household.Id);
        Assert.Equal((1, HouseholdSkills.SelfHarm, "5 14", "ME4", Today), (after.VacantPlaces, after.Skills, after.OtherChildrenAges, after.PostcodeDistrict, after.ConfirmedOn!.Value));

        var stale = await broker.PostFormAsync($"/households/{household.Id}", Form(household.Version, "0"));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this household", UserSession.ErrorSummary(await UserSession.ParseAsync(stale)), StringComparison.Ordinal);
        Assert.Equal(1, (await HouseholdAsync(household.Id)).VacantPlaces);

        var bad = await broker.PostFormAsync($"/households/{household.Id}", Form(after.Version, "3"));
        Assert.Contains("Vacant places must be between 0 and the approved places", UserSession.ErrorSummary(await UserSession.ParseAsync(bad)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkConfirm_ConfirmsTheSelected_AnotherOrganisationsIdIsNotFound()
    {
        var a = await MedwayHouseholdAsync(1);
        var b = await MedwayHouseholdAsync(2);
        using var broker = await app.SignInAsync("broker@medway.example");
        var token = await broker.AntiforgeryTokenAsync("/households");
        var response = await broker.Client.PostAsync("/households?handler=Confirm", new FormUrlEncodedContent(
            [new("Selected", a.Id.ToString()), new("Selected", b.Id.ToString()), new("__RequestVerificationToken", token!)]), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Today, (await HouseholdAsync(a.Id)).ConfirmedOn);
        Assert.Equal(Today, (await HouseholdAsync(b.Id)).ConfirmedOn);

        var kent = await AuthorityAsync("Kent");
        var kentHousehold = await app.WithDbAsync(db => db.CarerHouseholds.IgnoreQueryFilters().Where(h => h.OwnerOrganisationId == kent).Select(h => h.Id).FirstAsync(Ct));
        var api = await broker.Client.PostAsJsonAsync("/api/v1/households/confirm", new { householdIds = new[] { a.Id, kentHousehold } }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task Api_UpdateBadInput_Is422WithTheField()
    {
        var household = await MedwayHouseholdAsync(3);
        using var broker = await app.SignInAsync("broker@medway.example");
        var response = await broker.Client.PutAsJsonAsync($"/api/v1/households/{household.Id}", new
        {
            approvals = "ShortTerm, LongTerm", approvedPlaces = 2, vacantPlaces = 1, ageFrom = 0, ageTo = 17, skills = "Uasc",
            languages = "", religion = "", hasPets = false, otherChildrenAges = "4 x", postcodeDistrict = "ME4", version = household.Version,
        }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("OtherChildrenAges", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InHouseSearch_PageAndApi_RankTheSameHouseholdsWithFactors()
    {
        var kent = await AuthorityAsync("Kent");
        var referral = await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().Where(r => r.AuthorityId == kent && r.Status == ReferralStatus.SignedOff)
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(Ct));
        using var broker = await app.SignInAsync("broker@kent.example");
        var (response, document) = await broker.GetPageAsync($"/referrals/{referral}/in-house-matches");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await broker.Client.GetFromJsonAsync<JsonObject>($"/api/v1/referrals/{referral}/in-house-matches", Ct);
        var ranked = json!["ranked"]!.AsArray();
        var excluded = json["excluded"]!.AsArray();
        Assert.Equal(700, ranked.Count + excluded.Count);
        Assert.NotEmpty(ranked);
        Assert.NotEmpty(excluded);
        var totals = ranked.Select(r => r!["total"]!.GetValue<double>()).ToList();
        Assert.Equal(totals.OrderByDescending(t => t), totals);
        Assert.Equal(7, ranked[0]!["factors"]!.AsArray().Count);
        Assert.All(excluded, e => Assert.NotEmpty(e!["exclusions"]!.AsArray()));
        var firstRow = document.QuerySelector("table[data-module=moj-sortable-table] tbody tr th")!.TextContent;
        Assert.Contains(ranked[0]!["reference"]!.GetValue<string>(), firstRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InHouseSearch_FilterBySkill_OnlyHouseholdsWithIt()
    {
        var kent = await AuthorityAsync("Kent");
        var referral = await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().Where(r => r.AuthorityId == kent && r.Status == ReferralStatus.SignedOff)
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(Ct));
        using var broker = await app.SignInAsync("broker@kent.example");
        var json = await broker.Client.GetFromJsonAsync<JsonObject>($"/api/v1/referrals/{referral}/in-house-matches?skills=Uasc&minimumVacantPlaces=1", Ct);
        var ids = json!["ranked"]!.AsArray().Concat(json["excluded"]!.AsArray()).Select(r => r!["householdId"]!.GetValue<int>()).ToList();
        var households = await app.WithDbAsync(db => db.CarerHouseholds.IgnoreQueryFilters().Where(h => ids.Contains(h.Id)).ToListAsync(Ct));
        Assert.All(households, h => Assert.True(h.Skills.HasFlag(HouseholdSkills.Uasc) && h.VacantPlaces >= 1));
        Assert.True(json["filteredOut"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task InHouseSearch_ReferralNotSignedOff_SaysSo()
    {
        var medway = await AuthorityAsync("Medway");
        var draft = await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().Where(r => r.AuthorityId == medway && r.Status == ReferralStatus.Draft)
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(Ct));
        using var broker = await app.SignInAsync("broker@medway.example");
        var (response, document) = await broker.GetPageAsync($"/referrals/{draft}/in-house-matches");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("once the referral has been signed off", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await broker.Client.GetAsync($"/api/v1/referrals/{draft}/in-house-matches", Ct)).StatusCode);
    }

    [Fact]
    public async Task Weights_MustAddUpToHundred_SavedWeightsUsedBySearch()
    {
        using var commissioner = await app.SignInAsync("commissioner@medway.example");
        Dictionary<string, string> Form(int needs, int version) => new()
        {
            ["Input.Needs"] = needs.ToString(), ["Input.Distance"] = "20", ["Input.LanguageAndCulture"] = "15", ["Input.OtherChildren"] = "10",
            ["Input.Pets"] = "5", ["Input.Stability"] = "10", ["Input.Price"] = "10", ["Input.Version"] = version.ToString(),
        };
        var bad = await commissioner.PostFormAsync("/admin/match-weights", Form(29, 0));
        Assert.Contains("The weights must add up to 100: they add up to 99", UserSession.ErrorSummary(await UserSession.ParseAsync(bad)), StringComparison.Ordinal);

        var medway = await AuthorityAsync("Medway");
        var version = await app.WithDbAsync(async db => (await db.MatchWeights.IgnoreQueryFilters().SingleOrDefaultAsync(w => w.AuthorityId == medway, Ct))?.Version ?? 0);
        var good = await commissioner.PostFormAsync("/admin/match-weights", Form(30, version));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var referral = await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().Where(r => r.AuthorityId == medway && r.Status == ReferralStatus.SignedOff)
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(Ct));
        using var broker = await app.SignInAsync("broker@medway.example");
        var json = await broker.Client.GetFromJsonAsync<JsonObject>($"/api/v1/referrals/{referral}/in-house-matches", Ct);
        Assert.Equal(30, json!["weights"]!["Needs"]!.GetValue<int>());
    }

    [Fact]
    public async Task Gazetteer_BadRowImportsNothing_GoodFileAddsDistricts()
    {
        // The centroids are every authority's: the service operator imports them (ADR 0024).
        using var admin = await app.SignInAsync(DemoData.OperatorEmail);
        async Task<HttpResponseMessage> Upload(string csv)
        {
            var token = await admin.AntiforgeryTokenAsync("/admin/postcode-districts");
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token!), "__RequestVerificationToken" },
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "gazetteer.csv" },
            };
            return await admin.Client.PostAsync("/admin/postcode-districts", content, Ct);
        }
        var bad = await Upload("district,latitude,longitude\nIP1,52.06,1.15\nIP2,99,1.15\n");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var page = await UserSession.ParseAsync(bad);
        Assert.Contains("Line 3: Latitude must be between 49 and 61", page.QuerySelector("#import-errors")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.PostcodeDistrictCentroids.AnyAsync(c => c.District == "IP1", Ct)));

        var good = await Upload("district,latitude,longitude\nIP1,52.06,1.15\n");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.PostcodeDistrictCentroids.AnyAsync(c => c.District == "IP1", Ct)));
    }

    [Fact]
    public async Task Gazetteer_ImportByAnAuthorityAdministrator_IsRefusedAndMovesNoOtherAuthoritysDistrict()
    {
        // Issue 12: one authority's administrator could move every authority's district centres (here Medway's ME4).
        using var admin = await app.SignInAsync("administrator@kent.example");
        var token = await admin.AntiforgeryTokenAsync("/admin/postcode-districts");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token!), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("district,latitude,longitude\nME4,57.1,-3.2\n")), "file", "gazetteer.csv" },
        };
        var response = await admin.Client.PostAsync("/admin/postcode-districts", content, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.PostcodeDistrictCentroids.AnyAsync(c => c.District == "ME4", Ct)));
        var (_, page) = await admin.GetPageAsync("/admin/postcode-districts");
        Assert.Null(page.QuerySelector("input[type=file]"));
        Assert.Contains("ask the service operator", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
