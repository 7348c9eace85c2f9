using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Sourcing;

/// <summary>The referral's school postcode: the location step, check your answers, and the Placements Data Standard JSON (hearth extension).</summary>
public sealed class SchoolPostcodeWebTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => TestClock.Today;

    private static async Task<(int ChildId, string Reference)> NewMedwayChildAsync(UserSession session)
    {
        var reference = "MED-S" + Guid.NewGuid().ToString("N")[..8];
        var response = await session.Client.PostAsJsonAsync("/api/v1/children", new
        {
            caseReference = reference, givenName = "Test", familyName = "Child", dateOfBirth = Today.AddYears(-9), sex = "M", ethnicity = "WBRI",
            religion = "", firstLanguage = "English", hasDisability = false, isUasc = false, legalStatus = "C2", homePostcode = "ME4 4TR", school = "",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<int>(), reference);
    }

    private Task<Referral> ReferralAsync(int id) => app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id, Ct));

    [Fact]
    public async Task LocationStep_SchoolPostcodeStoredAsDistrict_ShownOnCheck_Exported_Imported()
    {
        using var worker = await app.SignInAsync("social-worker@medway.example");
        var (_, reference) = await NewMedwayChildAsync(worker);
        var start = await worker.PostFormAsync("/referrals/new", new() { ["Input.Children"] = reference });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var id = int.Parse(start.Headers.Location!.OriginalString.Split('/')[2]);

        var (form, formPage) = await worker.GetPageAsync($"/referrals/{id}/location");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.NotNull(formPage.QuerySelector("input#Input_SchoolPostcode"));

        Dictionary<string, string> Location(string postcode, int version) => new()
        {
            ["Input.StayInArea"] = "true", ["Input.SchoolToKeep"] = "Oakwood School", ["Input.SchoolPostcode"] = postcode, ["Input.Version"] = version.ToString(),
        };
        var bad = await worker.PostFormAsync($"/referrals/{id}/location", Location("Oakwood", (await ReferralAsync(id)).Version));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badPage = await UserSession.ParseAsync(bad);
        Assert.Contains("Enter the school's postcode, like ME16 8AA", UserSession.ErrorSummary(badPage), StringComparison.Ordinal);
        Assert.NotNull(badPage.QuerySelector("#Input_SchoolPostcode-error"));
        Assert.Equal("", (await ReferralAsync(id)).SchoolPostcodeDistrict);

        var good = await worker.PostFormAsync($"/referrals/{id}/location", Location("me16 8aa", (await ReferralAsync(id)).Version));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("ME16", (await ReferralAsync(id)).SchoolPostcodeDistrict);

        var (_, check) = await worker.GetPageAsync($"/referrals/{id}/check");
        var row = check.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "School postcode district");
        Assert.Equal("ME16", row.QuerySelector("dd")!.TextContent.Trim());
        Assert.NotNull(row.QuerySelector($"a[href='/referrals/{id}/location?change=true#Input_SchoolPostcode']"));

        var exported = (await worker.Client.GetFromJsonAsync<JsonObject>($"/api/v1/referrals/{id}/placements-standard", Ct))!;
        Assert.Equal("ME16", exported["hearth"]!["schoolPostcodeDistrict"]!.GetValue<string>());

        // Import: the extension field is read back (and checked like the form).
        var (other, _) = await NewMedwayChildAsync(worker);
        exported["PlacementAvailability"]!["childId"] = other;
        exported["hearth"]!["siblingChildIds"] = new JsonArray();
        exported["hearth"]!["schoolPostcodeDistrict"] = "ct1 2ab";
        var imported = await worker.Client.PostAsJsonAsync("/api/v1/referrals/import", exported, Ct);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var importedId = (await imported.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!.GetValue<int>();
        Assert.Equal("CT1", (await ReferralAsync(importedId)).SchoolPostcodeDistrict);

        var (third, _) = await NewMedwayChildAsync(worker);
        exported["PlacementAvailability"]!["childId"] = third;
        exported["hearth"]!["schoolPostcodeDistrict"] = "nowhere";
        var refused = await worker.Client.PostAsJsonAsync("/api/v1/referrals/import", exported, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.NotNull((await refused.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["hearth.schoolPostcodeDistrict"]);
    }
}
