using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Sourcing;

/// <summary>Children and referrals through the pages and the API. Mutations use Medway records.</summary>
public sealed class ReferralWebTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => TestClock.Today;

    private Task<int> ChildAsync(string caseReference) =>
        app.WithDbAsync(db => db.Children.IgnoreQueryFilters().Where(c => c.CaseReference == caseReference).Select(c => c.Id).SingleAsync(Ct));

    private Task<int> ReferralAsync(string authority, ReferralStatus status) => app.WithDbAsync(db =>
        db.Referrals.IgnoreQueryFilters().Where(r => r.Status == status && db.Authorities.IgnoreQueryFilters().Any(a => a.Id == r.AuthorityId && a.Name.StartsWith(authority)))
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(Ct));

    /// <summary>A new Medway child for a test, added through the API as the social worker.</summary>
    private static async Task<int> NewMedwayChildAsync(UserSession session)
    {
        var reference = "MED-T" + Guid.NewGuid().ToString("N")[..8];
        var response = await session.Client.PostAsJsonAsync("/api/v1/children", new
        {
            caseReference = reference, givenName = "Test", familyName = "Child", dateOfBirth = Today.AddYears(-10), sex = "F", ethnicity = "WBRI",
            religion = "", firstLanguage = "English", hasDisability = false, isUasc = false, legalStatus = "C2", homePostcode = "ME4 4TR", school = "",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<int>();
    }

    private static Dictionary<string, string> Timing(DateOnly date, string urgency, int version) => new()
    {
        ["Input.Urgency"] = urgency, ["Input.NeededFrom.Day"] = date.Day.ToString(), ["Input.NeededFrom.Month"] = date.Month.ToString(),
        ["Input.NeededFrom.Year"] = date.Year.ToString(), ["Input.PlacementType"] = "ShortTerm", ["Input.Version"] = version.ToString(),
    };

    [Fact]
    public async Task ReferralForm_EveryQuestionThenSubmit_ThenAnotherManagerSignsOff()
    {
        using var worker = await app.SignInAsync("social-worker@medway.example");
        var childId = await NewMedwayChildAsync(worker);
        var reference = await app.WithDbAsync(db => db.Children.IgnoreQueryFilters().Where(c => c.Id == childId).Select(c => c.CaseReference).SingleAsync(Ct));

        var start = await worker.PostFormAsync("/referrals/new", new() { ["Input.Children"] = reference });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var url = start.Headers.Location!.OriginalString;
        Assert.EndsWith("/timing", url);
        var id = int.Parse(url.Split('/')[2]);

        async Task Step(string step, Dictionary<string, string> fields, string next)
        {
            var version = await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Version).SingleAsync(Ct));
            fields["Input.Version"] = version.ToString();
            var response = await worker.PostFormAsync($"/referrals/{id}/{step}", fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{step}: {UserSession.ErrorSummary(await UserSession.ParseAsync(response))}");
            Assert.EndsWith(next, response.Headers.Location!.OriginalString);
        }
        await Step("timing", Timing(Today.AddDays(10), "MoreThanFiveDays", 0), "/needs");
        await Step("needs", new() { ["Input.ChildNeeds"] = "A calm home", ["Input.CommunicationNeeds"] = "No", ["Input.CommunicationRequirements"] = "None",
            ["Input.HomeAdaptation"] = "false", ["Input.CulturalNeeds"] = "NotRequired" }, "/living");
        await Step("living", new() { ["Input.LivingAlongside"] = "NoPreference", ["Input.Pets"] = "YesCan", ["Input.AdditionalSupport"] = "NotApplicable",
            ["Input.DeprivationOfLiberty"] = "false" }, "/risks");
        await Step("risks", new() { ["Input.RisksToSelf"] = "None", ["Input.RisksToOthers"] = "None" }, "/location");
        await Step("location", new() { ["Input.StayInArea"] = "true", ["Input.AreasToAvoid"] = "me4" }, "/check");

        var (check, document) = await worker.GetPageAsync($"/referrals/{id}/check");
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Contains("A calm home", document.Body!.TextContent);
        Assert.NotNull(document.QuerySelector($"a[href='/referrals/{id}/needs?change=true#Input_ChildNeeds']"));
        var version = await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Version).SingleAsync(Ct));
        var submit = await worker.PostFormAsync($"/referrals/{id}/check", new() { ["Version"] = version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);

        // The author, without the manager's permission, cannot sign off.
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostFormAsync($"/referrals/{id}", new() { ["Input.Decision"] = "sign-off", ["Input.Version"] = (version + 1).ToString() })).StatusCode);

        using var manager = await app.SignInAsync("social-work-manager@medway.example");
        var (home, homePage) = await manager.GetPageAsync("/");
        Assert.Contains("waiting for sign-off", homePage.Body!.TextContent);
        var signOff = await manager.PostFormAsync($"/referrals/{id}", new() { ["Input.Decision"] = "sign-off", ["Input.Version"] = (version + 1).ToString() });
        Assert.True(signOff.StatusCode == HttpStatusCode.Redirect, UserSession.ErrorSummary(await UserSession.ParseAsync(signOff)));
        Assert.Equal(ReferralStatus.SignedOff, await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Status).SingleAsync(Ct)));

        using var broker = await app.SignInAsync("broker@medway.example");
        Assert.Equal(HttpStatusCode.OK, (await broker.GetPageAsync($"/referrals/{id}")).Response.StatusCode);
    }

    [Fact]
    public async Task Timing_MissingAnswersAndPastDate_GetFieldErrorsAndSaveNothing()
    {
        using var worker = await app.SignInAsync("social-worker@medway.example");
        var id = await ReferralAsync("Medway", ReferralStatus.Draft);

        var empty = await worker.PostFormAsync($"/referrals/{id}/timing", new() { ["Input.Version"] = "0" });
        var errors = UserSession.ErrorSummary(await UserSession.ParseAsync(empty));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Select when the placement is needed", errors);
        Assert.Contains("Enter the date the placement is needed from", errors);
        Assert.Contains("Select the type of placement needed", errors);

        var version = await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Version).SingleAsync(Ct));
        var past = await worker.PostFormAsync($"/referrals/{id}/timing", Timing(Today.AddDays(-1), "Today", version));
        Assert.Contains("must be today or in the future", UserSession.ErrorSummary(await UserSession.ParseAsync(past)));
        Assert.Equal(version, await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Version).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Timing_StaleVersion_IsAConflictAndOverwritesNothing()
    {
        using var worker = await app.SignInAsync("social-worker@medway.example");
        var childId = await NewMedwayChildAsync(worker);
        var created = await worker.Client.PostAsJsonAsync("/api/v1/referrals", new { childIds = new[] { childId } }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<int>();
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync($"/referrals/{id}/timing", Timing(Today.AddDays(20), "MoreThanFiveDays", 0))).StatusCode);

        var stale = await worker.PostFormAsync($"/referrals/{id}/timing", Timing(Today.AddDays(30), "MoreThanFiveDays", 0));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this record", UserSession.ErrorSummary(await UserSession.ParseAsync(stale)));
        Assert.Equal(Today.AddDays(20), await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.NeededFrom).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ChildEdit_StaleVersion_IsAConflict()
    {
        using var worker = await app.SignInAsync("social-worker@medway.example");
        var id = await NewMedwayChildAsync(worker);
        var reference = await app.WithDbAsync(db => db.Children.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.CaseReference).SingleAsync(Ct));
        Dictionary<string, string> Form(string school) => new()
        {
            ["Input.CaseReference"] = reference, ["Input.GivenName"] = "Test", ["Input.FamilyName"] = "Child", ["Input.DateOfBirth.Day"] = "1",
            ["Input.DateOfBirth.Month"] = "2", ["Input.DateOfBirth.Year"] = "2016", ["Input.Sex"] = "F", ["Input.Ethnicity"] = "WBRI",
            ["Input.LegalStatus"] = "C2", ["Input.HomePostcode"] = "me5 9qz", ["Input.School"] = school, ["Input.Version"] = "0",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync($"/children/{id}/edit", Form("First school"))).StatusCode);
        var stale = await worker.PostFormAsync($"/children/{id}/edit", Form("Second school"));
        Assert.Contains("Someone else changed this record", UserSession.ErrorSummary(await UserSession.ParseAsync(stale)));
        var child = await app.WithDbAsync(db => db.Children.IgnoreQueryFilters().SingleAsync(c => c.Id == id, Ct));
        Assert.Equal(("First school", "ME5 9QZ", "ME5"), (child.School, child.HomePostcode, child.HomePostcodeDistrict));

        var bad = Form("x");
        bad["Input.Ethnicity"] = "WHITE";
        bad["Input.Version"] = "1";
        Assert.Contains("Select the child's ethnicity", UserSession.ErrorSummary(await UserSession.ParseAsync(await worker.PostFormAsync($"/children/{id}/edit", bad))));
    }

    [Fact]
    public async Task Providers_GetNotFoundOnChildrenAndReferrals_AndOtherAuthoritiesToo()
    {
        var kentChild = await ChildAsync("KCC-R004");
        var kentReferral = await ReferralAsync("Kent", ReferralStatus.SignedOff);
        using var provider = await app.SignInAsync("provider@brackenfold.example");
        foreach (var url in new[] { $"/children/{kentChild}", $"/referrals/{kentReferral}", $"/api/v1/children/{kentChild}", $"/api/v1/referrals/{kentReferral}",
                     $"/api/v1/referrals/{kentReferral}/placements-standard" })
            Assert.True((await provider.Client.GetAsync(url, Ct)).StatusCode == HttpStatusCode.NotFound, url);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Client.GetAsync("/children", Ct)).StatusCode);

        using var medway = await app.SignInAsync("social-worker@medway.example");
        foreach (var url in new[] { $"/children/{kentChild}", $"/children/{kentChild}/edit", $"/referrals/{kentReferral}", $"/api/v1/referrals/{kentReferral}" })
            Assert.True((await medway.Client.GetAsync(url, Ct)).StatusCode == HttpStatusCode.NotFound, url);
        var (_, list) = await medway.GetPageAsync("/children?Search=Okoro");
        Assert.DoesNotContain("KCC-R", list.Body!.TextContent);
        Assert.Contains("MED-R002", list.Body!.TextContent);
    }

    [Fact]
    public async Task Broker_SeesOnlySignedOffReferrals()
    {
        using var broker = await app.SignInAsync("broker@kent.example");
        var draft = await ReferralAsync("Kent", ReferralStatus.Draft);
        Assert.Equal(HttpStatusCode.NotFound, (await broker.Client.GetAsync($"/referrals/{draft}", Ct)).StatusCode);
        var list = await broker.Client.GetFromJsonAsync<JsonArray>("/api/v1/referrals", Ct);
        Assert.All(list!, r => Assert.Equal("SignedOff", r!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Api_ReferralWithAnotherAuthoritysChild_IsRefusedWithAFieldError()
    {
        using var medway = await app.SignInAsync("social-worker@medway.example");
        var own = await ChildAsync("MED-R001");
        var kent = await ChildAsync("KCC-R001");
        var response = await medway.Client.PostAsJsonAsync("/api/v1/referrals", new { childIds = new[] { own, kent } }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.NotNull(problem!["errors"]!["Children"]);

        var page = await medway.PostFormAsync("/referrals/new", new() { ["Input.Children"] = "MED-R001 KCC-R001" });
        Assert.Contains("There is no child with case reference KCC-R001", UserSession.ErrorSummary(await UserSession.ParseAsync(page)));
    }

    [Fact]
    public async Task Api_SignOffByTheAuthor_IsRefused()
    {
        using var manager = await app.SignInAsync("social-work-manager@medway.example");
        var childId = await NewMedwayChildAsync(manager);
        var document = await ExportAsync(manager, await ReferralAsync("Medway", ReferralStatus.SignedOff));
        document["PlacementAvailability"]!["childId"] = childId;
        document["hearth"]!["siblingChildIds"] = new JsonArray();
        document["hearth"]!["neededFrom"] = Today.AddDays(30).ToString("yyyy-MM-dd");
        document["PlacementAvailability"]!["neededBy"] = "in more than 5 days";
        var imported = await manager.Client.PostAsJsonAsync("/api/v1/referrals/import", document, Ct);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var created = (await imported.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var id = created["id"]!.GetValue<int>();
        Assert.Empty(created["missingAnswers"]!.AsArray());

        var submitted = await manager.Client.PostAsJsonAsync($"/api/v1/referrals/{id}/submit", new { version = created["version"]!.GetValue<int>() }, Ct);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var version = (await submitted.Content.ReadFromJsonAsync<JsonObject>(Ct))!["version"]!.GetValue<int>();
        var signOff = await manager.Client.PostAsJsonAsync($"/api/v1/referrals/{id}/sign-off", new { version }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, signOff.StatusCode);
        Assert.NotNull((await signOff.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["Decision"]);

        using var worker = await app.SignInAsync("social-worker@medway.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.Client.PostAsJsonAsync($"/api/v1/referrals/{id}/sign-off", new { version }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Import_BadOption_NamesTheFieldPath_AndCreatesNothing()
    {
        using var worker = await app.SignInAsync("social-worker@medway.example");
        var document = await ExportAsync(worker, await ReferralAsync("Medway", ReferralStatus.SignedOff));
        document["PlacementRequirements"]!["pets"] = "Sometimes";
        var before = await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().CountAsync(Ct));
        var response = await worker.Client.PostAsJsonAsync("/api/v1/referrals/import", document, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["PlacementRequirements.pets"]);
        Assert.Equal(before, await app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().CountAsync(Ct)));

        document["PlacementRequirements"]!["pets"] = "Yes - can";
        document["PlacementAvailability"]!["childId"] = await ChildAsync("KCC-R001");
        var foreign = await worker.Client.PostAsJsonAsync("/api/v1/referrals/import", document, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        Assert.NotNull((await foreign.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["PlacementAvailability.childId"]);
    }

    [Fact]
    public async Task Export_UsesOnlyTheStandardsFieldsAndOptions_AndImportRoundTrips()
    {
        using var worker = await app.SignInAsync("social-worker@medway.example");
        var document = await ExportAsync(worker, await ReferralAsync("Medway", ReferralStatus.SignedOff));
        var standard = JsonNode.Parse(await File.ReadAllTextAsync(StandardPath(), Ct))!;
        foreach (var entity in new[] { "PlacementAvailability", "PlacementRequirements", "PlacementRecommendation", "Risks", "QualityAssurance" })
        {
            var fields = standard["entities"]!.AsArray().Single(e => e!["name"]!.GetValue<string>() == entity)!["fields"]!.AsArray();
            foreach (var (name, value) in document[entity]!.AsObject())
            {
                var field = fields.SingleOrDefault(f => f!["name"]!.GetValue<string>() == name);
                Assert.True(field is not null, $"{entity}.{name} is not a field of the standard");
                if (field!["options"] is JsonArray options && value is not null)
                {
                    var values = value is JsonArray many ? many.Select(v => v!.GetValue<string>()) : [value.GetValue<string>()];
                    Assert.All(values, v => Assert.Contains(v, options.Select(o => o!.GetValue<string>())));
                }
            }
            foreach (var required in fields.Where(f => f!["cardinality"]!.GetValue<string>().StartsWith('1')).Select(f => f!["name"]!.GetValue<string>()))
                if (entity != "QualityAssurance" || required == "referralDate")
                    Assert.True(document[entity]![required] is not null, $"{entity}.{required} is required by the standard");
        }

        document["hearth"]!["neededFrom"] = Today.AddDays(30).ToString("yyyy-MM-dd");
        document["PlacementAvailability"]!["neededBy"] = "in more than 5 days";
        var imported = await worker.Client.PostAsJsonAsync("/api/v1/referrals/import", document, Ct);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var copy = (await imported.Content.ReadFromJsonAsync<JsonObject>(Ct))!["placementsStandard"]!;
        foreach (var entity in new[] { "PlacementAvailability", "PlacementRequirements", "PlacementRecommendation", "Risks" })
            Assert.True(JsonNode.DeepEquals(document[entity], copy[entity]), $"{entity} changed in the round trip");
        foreach (var field in new[] { "childNeeds", "placementType", "stayInArea", "areasToAvoid", "neededFrom", "siblingChildIds" })
            Assert.True(JsonNode.DeepEquals(document["hearth"]![field], copy["hearth"]![field]), $"hearth.{field} changed in the round trip");
    }

    [Fact]
    public void RiskText_NamesOnlyTheRisksPresent()
    {
        Assert.Equal("Going missing", Hearth.Web.Features.Referrals.ReferralText.RisksToSelf(RisksToSelf.GoingMissing));
        Assert.Equal("Self-harm, Going missing", Hearth.Web.Features.Referrals.ReferralText.RisksToSelf(RisksToSelf.SelfHarm | RisksToSelf.GoingMissing));
        Assert.Equal("No known risk", Hearth.Web.Features.Referrals.ReferralText.RisksToSelf(RisksToSelf.None));
        Assert.Equal("Fire-setting", Hearth.Web.Features.Referrals.ReferralText.RisksToOthers(RisksToOthers.FireSetting));
        Assert.Equal("", Hearth.Web.Features.Referrals.ReferralText.RisksToOthers(null));
    }

    private static async Task<JsonObject> ExportAsync(UserSession session, int id)
    {
        var response = await session.Client.GetAsync($"/api/v1/referrals/{id}/placements-standard", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    private static string StandardPath([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "placements-standard-v2.json");
}
