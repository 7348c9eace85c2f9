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

/// <summary>
/// Adding households to the register (page and API, the same domain method), the owner always the signer's organisation;
/// the authority's area page; and a new household in the in-house search, ranked down outside the area. Medway and
/// Brackenfold records only (Kent's 700 households are counted elsewhere).
/// </summary>
public sealed class HouseholdAddTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => TestClock.Today;
    private static string NewReference(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private Task<int> OrganisationAsync(string name) => app.WithDbAsync(db =>
        db.Organisations.IgnoreQueryFilters().Where(o => o.Name.StartsWith(name)).Select(o => o.Id).SingleAsync(Ct));

    private Task<CarerHousehold?> ByReferenceAsync(string reference) => app.WithDbAsync(db =>
        db.CarerHouseholds.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(h => h.Reference == reference, Ct));

    private static Dictionary<string, string> Form(string reference, string places = "2", string from = "0", string to = "17", string district = "me6",
        string vacant = "2") => new()
    {
        ["Input.Reference"] = reference, ["Input.Approvals"] = "ShortTerm", ["Input.ApprovedPlaces"] = places, ["Input.VacantPlaces"] = vacant,
        ["Input.AgeFrom"] = from, ["Input.AgeTo"] = to, ["Input.Skills"] = "SelfHarm", ["Input.Languages"] = "Polish", ["Input.Religion"] = "",
        ["Input.HasPets"] = "false", ["Input.OtherChildrenAges"] = "", ["Input.PostcodeDistrict"] = district,
    };

    [Fact]
    public async Task Page_ProviderAddsToItsOwnAgency_OwnerNeverFromTheForm()
    {
        var brackenfold = await OrganisationAsync("Brackenfold");
        var medway = await OrganisationAsync("Medway");
        using var provider = await app.SignInAsync("provider@brackenfold.example");
        var (page, document) = await provider.GetPageAsync("/households");
        Assert.NotNull(document.QuerySelector("a[href='/households/new']"));
        Assert.Equal(HttpStatusCode.OK, (await provider.GetPageAsync("/households/new")).Response.StatusCode);

        var reference = NewReference("BF-T");
        var form = Form(reference);
        form["OwnerOrganisationId"] = medway.ToString();
        form["Input.OwnerOrganisationId"] = medway.ToString();
        var response = await provider.PostFormAsync("/households/new", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(response)));
        var added = await ByReferenceAsync(reference);
        Assert.NotNull(added);
        Assert.Equal(brackenfold, added.OwnerOrganisationId);
        Assert.Equal(("ME6", 2, 2, HouseholdSkills.SelfHarm, Today), (added.PostcodeDistrict, added.ApprovedPlaces, added.VacantPlaces, added.Skills, added.ConfirmedOn!.Value));
        Assert.Equal($"/households/{added.Id}?Saved=added", response.Headers.Location!.OriginalString);
        var (_, shown) = await provider.GetPageAsync($"/households/{added.Id}?Saved=added");
        Assert.Contains("Household added to the register", shown.Body!.TextContent, StringComparison.Ordinal);

        // Another organisation cannot see it.
        using var broker = await app.SignInAsync("broker@medway.example");
        Assert.Equal(HttpStatusCode.NotFound, (await broker.GetPageAsync($"/households/{added.Id}")).Response.StatusCode);
    }

    [Theory]
    [InlineData("2", "10", "9", "me6", "Input.AgeTo", "The oldest age must be the same as or more than the youngest")]
    [InlineData("0", "0", "17", "me6", "Input.ApprovedPlaces", "Approved places must be between 1 and 6")]
    [InlineData("7", "0", "17", "me6", "Input.ApprovedPlaces", "Approved places must be between 1 and 6")]
    [InlineData("2", "0", "17", "Snodland", "Input.PostcodeDistrict", "Enter postcode districts like ME14 or TN1")]
    public async Task Page_BadInput_FieldErrorAndNothingAdded(string places, string from, string to, string district, string field, string message)
    {
        using var provider = await app.SignInAsync("provider@brackenfold.example");
        var reference = NewReference("BF-T");
        var response = await provider.PostFormAsync("/households/new", Form(reference, places, from, to, district, vacant: "0"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await UserSession.ParseAsync(response);
        Assert.Contains(message, UserSession.ErrorSummary(document), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector($"#{field.Replace('.', '_')}-error"));
        Assert.Null(await ByReferenceAsync(reference));
    }

    [Fact]
    public async Task Page_DuplicateReference_FieldError_ButAnotherOrganisationMayUseIt()
    {
        using var provider = await app.SignInAsync("provider@brackenfold.example");
        var reference = NewReference("BF-T");
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync("/households/new", Form(reference))).StatusCode);
        var again = await provider.PostFormAsync("/households/new", Form(" " + reference + " ", district: "TN1"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var document = await UserSession.ParseAsync(again);
        Assert.Contains($"You already have a household with the reference {reference}", UserSession.ErrorSummary(document), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("#Input_Reference-error"));
        Assert.Equal("ME6", (await ByReferenceAsync(reference))!.PostcodeDistrict);

        using var broker = await app.SignInAsync("broker@medway.example");
        Assert.Equal(HttpStatusCode.Redirect, (await broker.PostFormAsync("/households/new", Form(reference))).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.CarerHouseholds.IgnoreQueryFilters().CountAsync(h => h.Reference == reference, Ct)));
    }

    private static object Body(string reference, int places = 2, int? vacant = null, int from = 0, int to = 17, string district = "ME6") => new
    {
        reference, approvals = "ShortTerm, LongTerm, Emergency, Respite, ParentAndChild, StepDown", approvedPlaces = places, vacantPlaces = vacant, ageFrom = from, ageTo = to,
        skills = "Uasc", languages = "Arabic", religion = "", hasPets = false, otherChildrenAges = "12", postcodeDistrict = district,
        ownerOrganisationId = 1,
    };

    [Fact]
    public async Task Api_Created_WithLocation_OwnerIsTheSigner()
    {
        var brackenfold = await OrganisationAsync("Brackenfold");
        using var provider = await app.SignInAsync("provider@brackenfold.example");
        var reference = NewReference("BF-A");
        var response = await provider.Client.PostAsJsonAsync("/api/v1/households", Body(reference), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var id = created["id"]!.GetValue<int>();
        Assert.Equal($"/api/v1/households/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(2, created["vacantPlaces"]!.GetValue<int>()); // defaults to the approved places
        Assert.False(created["stale"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, (await provider.Client.GetAsync(response.Headers.Location, Ct)).StatusCode);
        Assert.Equal(brackenfold, (await ByReferenceAsync(reference))!.OwnerOrganisationId);
    }

    [Theory]
    [InlineData(2, null, 10, 9, "ME6", "AgeTo")]
    [InlineData(0, 0, 0, 17, "ME6", "ApprovedPlaces")]
    [InlineData(CarerHousehold.MaximumApprovedPlaces + 1, null, 0, 17, "ME6", "ApprovedPlaces")]
    [InlineData(2, null, 0, 17, "ME 6", "PostcodeDistrict")]
    public async Task Api_BadInput_ProblemDetailsNamingTheField(int places, int? vacant, int from, int to, string district, string field)
    {
        using var provider = await app.SignInAsync("provider@brackenfold.example");
        var reference = NewReference("BF-A");
        var response = await provider.Client.PostAsJsonAsync("/api/v1/households", Body(reference, places, vacant, from, to, district), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]![field]);
        Assert.Null(await ByReferenceAsync(reference));
    }

    [Fact]
    public async Task Api_DuplicateReference_Is422OnReference()
    {
        using var provider = await app.SignInAsync("provider@brackenfold.example");
        var reference = NewReference("BF-A");
        Assert.Equal(HttpStatusCode.Created, (await provider.Client.PostAsJsonAsync("/api/v1/households", Body(reference), Ct)).StatusCode);
        var again = await provider.Client.PostAsJsonAsync("/api/v1/households", Body(reference), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.NotNull((await again.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["Reference"]);
    }

    [Fact]
    public async Task Api_RolesWithoutTheRegister_Refused()
    {
        using var worker = await app.SignInAsync("social-worker@medway.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.Client.PostAsJsonAsync("/api/v1/households", Body(NewReference("X")), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetPageAsync("/households/new")).Response.StatusCode);
    }

    [Fact]
    public async Task NewInHouseHousehold_AppearsInItsAuthoritysSearch_RankedDownOutsideTheArea()
    {
        var medway = await OrganisationAsync("Medway");
        var referral = await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters()
            .Where(r => r.AuthorityId == medway && r.Status == ReferralStatus.SignedOff && r.StayInArea == true).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(Ct));
        using var broker = await app.SignInAsync("broker@medway.example");
        // ME6 (Snodland) is Kent's, next to Medway: outside Medway's area.
        var reference = NewReference("MDW-T");
        var response = await broker.Client.PostAsJsonAsync("/api/v1/households", Body(reference, places: 6), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<int>();
        Assert.Equal(medway, (await ByReferenceAsync(reference))!.OwnerOrganisationId);

        var json = await broker.Client.GetFromJsonAsync<JsonObject>($"/api/v1/referrals/{referral}/in-house-matches", Ct);
        var all = json!["ranked"]!.AsArray().Concat(json["excluded"]!.AsArray()).ToList();
        var mine = Assert.Single(all, m => m!["householdId"]!.GetValue<int>() == id)!;
        // Approved for every type and age with six places, in ME6 (within the demo referrals' 15 or 20 miles of Medway homes): ranked, not excluded.
        Assert.Empty(mine["exclusions"]!.AsArray());
        var distance = mine["factors"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "Distance")!;
        Assert.Equal(0, distance["points"]!.GetValue<double>());
        Assert.StartsWith("ME6 is outside the authority's area, and the child should stay in the area", distance["explanation"]!.GetValue<string>(), StringComparison.Ordinal);

        // Kent's broker does not find it.
        using var kentBroker = await app.SignInAsync("broker@kent.example");
        Assert.Equal(HttpStatusCode.NotFound, (await kentBroker.Client.GetAsync($"/api/v1/households/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Area_AdministratorSeesAndSavesTheList_UnknownDistrictRefused()
    {
        var medway = await OrganisationAsync("Medway");
        Task<List<string>> AreaAsync() => app.WithDbAsync(db => db.AreaPostcodeDistricts.Where(d => d.AuthorityId == medway)
            .OrderBy(d => d.PostcodeDistrict).Select(d => d.PostcodeDistrict).ToListAsync(Ct));
        Assert.Equal(DemoAreas.Medway.Order(StringComparer.Ordinal), await AreaAsync());
        using var admin = await app.SignInAsync("administrator@medway.example");
        var (page, document) = await admin.GetPageAsync("/admin/area");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("ME1 ME2 ME3 ME4 ME5 ME7 ME8", document.QuerySelector("#Input_Districts")!.TextContent.Trim());

        var bad = await admin.PostFormAsync("/admin/area", new() { ["Input.Districts"] = "ME1 ME2 ME99 ZZ1" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await UserSession.ParseAsync(bad);
        Assert.Contains("Hearth does not know the postcode districts ME99, ZZ1", UserSession.ErrorSummary(badPage), StringComparison.Ordinal);
        Assert.NotNull(badPage.QuerySelector("#Input_Districts-error"));
        Assert.Equal(7, (await AreaAsync()).Count);

        // The same districts, written loosely, save as they are (the area is shared with other tests: it is not changed here).
        var good = await admin.PostFormAsync("/admin/area", new() { ["Input.Districts"] = "me8, me7\nME5 me4 me3 ME2 ME1 me1" });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(DemoAreas.Medway.Order(StringComparer.Ordinal), await AreaAsync());

        using var providerAdmin = await app.SignInAsync("administrator@brackenfold.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await providerAdmin.GetPageAsync("/admin/area")).Response.StatusCode);
    }

    [Fact]
    public async Task AreaApi_ReadsAndReplacesTheList_LikeThePage_BadInputChangesNothing()
    {
        var medway = await OrganisationAsync("Medway");
        Task<List<string>> AreaAsync() => app.WithDbAsync(db => db.AreaPostcodeDistricts.Where(d => d.AuthorityId == medway)
            .OrderBy(d => d.PostcodeDistrict).Select(d => d.PostcodeDistrict).ToListAsync(Ct));
        using var admin = await app.SignInAsync("administrator@medway.example");
        var read = await admin.Client.GetFromJsonAsync<JsonObject>("/api/v1/area", Ct);
        Assert.Equal(["ME1", "ME2", "ME3", "ME4", "ME5", "ME7", "ME8"], read!["districts"]!.AsArray().Select(d => d!.GetValue<string>()));

        // Unknown and malformed districts: 422 on Districts, naming them; a missing list: 400. Nothing changes.
        var unknown = await admin.Client.PutAsJsonAsync("/api/v1/area", new { districts = new[] { "ME1", "ME99" } }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("ME99", (await unknown.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["Districts"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.Client.PutAsJsonAsync("/api/v1/area", new { districts = new[] { "not a district" } }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Client.PutAsJsonAsync("/api/v1/area", new { }, Ct)).StatusCode);
        Assert.Equal(DemoAreas.Medway.Order(StringComparer.Ordinal), await AreaAsync());

        // The same districts, written loosely, come back normalised and sorted (the area is shared: it is not changed here).
        var same = await admin.Client.PutAsJsonAsync("/api/v1/area", new { districts = new[] { "me8", "ME7", "me5", "ME4", "me3", "ME2", "me1", "ME1" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(["ME1", "ME2", "ME3", "ME4", "ME5", "ME7", "ME8"],
            (await same.Content.ReadFromJsonAsync<JsonObject>(Ct))!["districts"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(DemoAreas.Medway.Order(StringComparer.Ordinal), await AreaAsync());

        // Kent's administrator reads Kent's area, never Medway's; a provider's administrator is refused.
        using var kent = await app.SignInAsync("administrator@kent.example");
        var kentArea = (await kent.Client.GetFromJsonAsync<JsonObject>("/api/v1/area", Ct))!["districts"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
        Assert.Equal(DemoAreas.Kent.Order(StringComparer.Ordinal), kentArea.Order(StringComparer.Ordinal));
        using var providerAdmin = await app.SignInAsync("administrator@brackenfold.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await providerAdmin.Client.GetAsync("/api/v1/area", Ct)).StatusCode);
    }

    [Fact]
    public async Task DemoAreas_UseOnlyShippedDistricts_AndHoldEveryDemoHouseholdDistrict()
    {
        var shipped = Hearth.Web.Features.Matching.DistrictCentroids.Shipped;
        Assert.All(DemoAreas.Kent.Concat(DemoAreas.Medway), d => Assert.True(shipped.ContainsKey(d), d));
        Assert.Empty(DemoAreas.Kent.Intersect(DemoAreas.Medway));
        Assert.Empty(DemoNames.KentDistricts.Except(DemoAreas.Kent));
        Assert.Empty(DemoNames.MedwayDistricts.Except(DemoAreas.Medway));
        await Task.CompletedTask;
    }
}
