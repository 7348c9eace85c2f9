using System.Net;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Audit;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hearth.Testing;

namespace Hearth.Web.Tests.Audit;

public sealed class AuditTrailTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Change_ByAnAdministrator_IsRecordedWithOldAndNewValuesAndShownToTheirAuditorOnly()
    {
        var medwayId = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == DemoData.MedwayName).Select(o => o.Id).SingleAsync());
        using var admin = await app.SignInAsync("administrator@medway.example");
        var (_, form) = await admin.GetPageAsync($"/admin/organisations/{medwayId}");
        var fields = form.QuerySelectorAll("form[method=post] input, form[method=post] select, form[method=post] textarea")
            .Where(e => e.GetAttribute("name") is { } n && n.StartsWith("Input.", StringComparison.Ordinal))
            .GroupBy(e => e.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First() is AngleSharp.Html.Dom.IHtmlSelectElement s ? s.Value ?? "" : g.First().GetAttribute("value") ?? g.First().TextContent);
        fields["Input.BrandColour"] = "#203040";
        var saved = await admin.PostFormAsync($"/admin/organisations/{medwayId}", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var auditor = await app.SessionForAsync("auditor@medway.example");
        var (_, trail) = await auditor.GetPageAsync($"/audit?Query.Entity=Authority&Query.EntityId={medwayId}");
        var text = trail.QuerySelector("main")!.TextContent;
        Assert.Contains("Ben Ford", text);
        Assert.Contains("BrandColour", text);
        Assert.Contains("→ #203040", text);

        var csv = await auditor.Client.GetStringAsync($"/audit?handler=Export&Query.Entity=Authority&Query.EntityId={medwayId}", Ct);
        Assert.StartsWith("Id,At (UTC),Actor,Entity,Entity id,Action,Changes,Previous hash,Hash", csv);
        Assert.Contains("#203040", csv);

        using var kentAuditor = await app.SessionForAsync("auditor@kent.example");
        var (_, kentTrail) = await kentAuditor.GetPageAsync($"/audit?Query.Entity=Authority&Query.EntityId={medwayId}");
        Assert.DoesNotContain("#203040", kentTrail.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task AuditEntries_CannotBeUpdatedOrDeletedEvenBySql()
    {
        await app.WithDbAsync<int>(async db =>
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ActorName\" = 'Someone else'", Ct));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"", Ct));
            return 0;
        });
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(Ct)));
    }

    [Fact]
    public async Task CheckTheChain_AfterActivity_ReportsIntact()
    {
        using var auditor = await app.SessionForAsync("auditor@kent.example");
        var response = await auditor.PostFormAsync("/audit?handler=Verify", []);
        var page = await UserSession.ParseAsync(response);
        Assert.Contains("The audit trail is intact", page.QuerySelector(".govuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task Chain_AForgedEntry_IsFoundAndNamed()
    {
        await using var blank = await BlankApp.StartAsync();
        await using var scope = blank.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDb>();
        db.Add(Hearth.Domain.Organisations.Authority.Create("Testshire County Council", "Testshire", "E10000099", 60, "#123456"));
        await db.SaveChangesAsync(Ct);
        var chain = scope.ServiceProvider.GetRequiredService<AuditChain>();
        Assert.True((await chain.VerifyAsync(Ct)).Intact);

        // Appending is allowed at the database level; a row that does not chain on is caught by the check.
        db.AuditEntries.Add(new AuditEntry
        {
            At = TestClock.Now, ActorName = "Intruder", Entity = "Authority", EntityId = "1", Action = AuditAction.Update,
            Changes = "{}", PreviousHash = new string('0', 64), Hash = new string('f', 64),
        });
        await db.SaveChangesAsync(Ct);
        var forged = await db.AuditEntries.IgnoreQueryFilters().MaxAsync(a => a.Id, Ct);
        var result = await chain.VerifyAsync(Ct);
        Assert.False(result.Intact);
        Assert.Equal(forged, result.BrokenAtId);
    }

    [Fact]
    public async Task EditOrganisation_TwoAdministratorsAtOnce_SecondIsToldAndNothingIsOverwritten()
    {
        var kentId = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == DemoData.KentName).Select(o => o.Id).SingleAsync());
        using var first = await app.SignInAsync("administrator@kent.example");
        using var second = await app.SignInAsync("administrator@kent.example");
        var version = await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == kentId).Select(o => o.Version).SingleAsync());
        Dictionary<string, string> Form(string divisions) => new()
        {
            ["Input.Name"] = DemoData.KentName, ["Input.ShortName"] = "Kent", ["Input.Status"] = "Active", ["Input.OnsCode"] = "E10000016",
            ["Input.ElectoralDivisions"] = divisions, ["Input.BrandColour"] = "#0b4f6c", ["Input.Version"] = version.ToString(),
        };
        var ok = await first.PostFormAsync($"/admin/organisations/{kentId}", Form("81"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var conflict = await second.PostFormAsync($"/admin/organisations/{kentId}", Form("99"));
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Someone else changed this record", UserSession.ErrorSummary(await UserSession.ParseAsync(conflict)));
        Assert.Equal(81, await app.WithDbAsync(db => db.Authorities.Where(o => o.Id == kentId).Select(o => o.ElectoralDivisions).SingleAsync()));
    }
}
