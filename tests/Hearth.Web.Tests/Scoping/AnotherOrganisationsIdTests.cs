using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Scoping;

/// <summary>
/// Issue 12, finding 3: an id of another organisation's record sent in a request body must be answered exactly like an id
/// that does not exist (same status, same text apart from the id itself), and the answer must name nothing of the other
/// organisation. The scoping matrix covers ids in addresses; these are the ids in bodies.
/// </summary>
public sealed partial class AnotherOrganisationsIdTests(DemoApp app)
{
    private const int Missing = 987_654_321;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartReferral_KentChildIdByMedway_AnswersLikeAMissingIdAndNamesNoChild()
    {
        var (kentChild, caseReference) = await KentChildAsync();
        var worker = await app.SessionForAsync("social-worker@medway.example");

        var trespass = await worker.Client.PostAsJsonAsync("/api/v1/referrals", new { childIds = new[] { kentChild } }, Ct);
        var missing = await worker.Client.PostAsJsonAsync("/api/v1/referrals", new { childIds = new[] { Missing } }, Ct);

        await AssertSameAnswerAsync(trespass, kentChild, missing, Missing, caseReference);
    }

    [Fact]
    public async Task ImportReferral_KentChildIdByMedway_AnswersLikeAMissingIdAndNamesNoChild()
    {
        var (kentChild, caseReference) = await KentChildAsync();
        var worker = await app.SessionForAsync("social-worker@medway.example");
        var medwayReferral = await app.WithDbAsync(db => db.Referrals.Where(r => r.Status == ReferralStatus.SignedOff
                && db.Authorities.Any(a => a.Id == r.AuthorityId && a.Name == DemoData.MedwayName))
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(Ct));
        var document = (await worker.Client.GetFromJsonAsync<JsonObject>($"/api/v1/referrals/{medwayReferral}/placements-standard", Ct))!;
        document["hearth"]!["siblingChildIds"] = new JsonArray();

        document["PlacementAvailability"]!["childId"] = kentChild;
        var trespass = await worker.Client.PostAsJsonAsync("/api/v1/referrals/import", document, Ct);
        document["PlacementAvailability"]!["childId"] = Missing;
        var missing = await worker.Client.PostAsJsonAsync("/api/v1/referrals/import", document, Ct);

        await AssertSameAnswerAsync(trespass, kentChild, missing, Missing, caseReference);
    }

    private Task<(int Id, string CaseReference)> KentChildAsync() => app.WithDbAsync(async db =>
    {
        var child = await db.Children.Where(c => db.Authorities.Any(a => a.Id == c.AuthorityId && a.Name == DemoData.KentName))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.CaseReference }).FirstAsync(Ct);
        return (child.Id, child.CaseReference);
    });

    /// <summary>Same status and same problem details (without the trace id, and with the id asked for taken out); nothing named.</summary>
    private static async Task AssertSameAnswerAsync(HttpResponseMessage trespass, int trespassId, HttpResponseMessage missing, int missingId, params string[] secrets)
    {
        var trespassText = await TextAsync(trespass, trespassId);
        var missingText = await TextAsync(missing, missingId);
        Assert.True(missing.StatusCode == trespass.StatusCode,
            $"Another organisation's id: {(int)trespass.StatusCode} {trespassText}; a missing id: {(int)missing.StatusCode} {missingText}");
        Assert.NotEqual(HttpStatusCode.InternalServerError, trespass.StatusCode);
        Assert.Equal(missingText, trespassText);
        foreach (var secret in secrets) Assert.DoesNotContain(secret, trespassText, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> TextAsync(HttpResponseMessage response, int id)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        body = TraceId().Replace(body, "");
        return Regex.Replace(body, $@"\b{id}\b", "{id}");
    }

    [GeneratedRegex("\"traceId\"\\s*:\\s*\"[^\"]*\",?")]
    private static partial Regex TraceId();
}
