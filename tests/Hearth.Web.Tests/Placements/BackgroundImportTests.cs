using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Web.Data.Demo;
using Hearth.Web.Features.Placements;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hearth.Testing;

namespace Hearth.Web.Tests.Placements;

/// <summary>Large files are imported by a background job claimed in the database; the status page shows progress and the result.</summary>
[Collection(MedwaySpend.Name)]
public sealed class BackgroundImportTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string Header = string.Join(",", PlacementImportRow.Columns);

    /// <summary>
    /// A CSV of <paramref name="count"/> Medway placements, padded with blank lines (which the importer skips) to just over
    /// the size that sends a file to the background.
    /// </summary>
    private static string LargeCsv(int count, string run, string? badStart = null)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        for (var i = 0; i < count; i++)
        {
            var start = new DateOnly(2024, 4, 1).AddDays(i * 3);
            text.Append(string.Join(",", $"BG-{run}-{i:000}", $"BGC-{run}-{i:000}", "Sam", "Import", "14/05/2012", "F", "InHouse", "", "",
                "Standard", "U6", "LookedAfterChildren", "BaseBudget",
                i == 1 && badStart is not null ? badStart : start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), "450.00", "", "")).Append("\r\n");
        }
        while (text.Length <= PlacementImporter.BackgroundFromBytes) text.Append("\r\n");
        return text.ToString();
    }

    private async Task<HttpResponseMessage> UploadAsync(UserSession session, string content)
    {
        var token = await session.AntiforgeryTokenAsync("/placements/import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new("text/csv");
        form.Add(file, "file", "large.csv");
        form.Add(new StringContent(token!), "__RequestVerificationToken");
        return await session.Client.PostAsync("/placements/import", form, Ct);
    }

    private Task<ImportJobStatus> WaitForAsync(int id) => app.WithDbAsync(async db =>
    {
        // Real time passes while the worker runs (the app's clock stands still): give it at most 90 seconds.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var status = await db.ImportJobs.AsNoTracking().Where(j => j.Id == id).Select(j => j.Status).SingleAsync(Ct);
            if (status is ImportJobStatus.Succeeded or ImportJobStatus.Failed || waited.Elapsed > TimeSpan.FromSeconds(90)) return status;
            await Task.Delay(200, Ct);
        }
    });

    [Fact]
    public async Task LargeFile_ThroughThePage_IsImportedInTheBackground_ShowsTheResult_AndReimportChangesNothing()
    {
        using var finance = await app.SignInAsync("finance@medway.example");
        var run = Guid.NewGuid().ToString("N")[..8];
        var csv = LargeCsv(20, run);

        var response = await UploadAsync(finance, csv);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/placements/import/[0-9]+$", location);
        var id = int.Parse(location.Split('/').Last(), CultureInfo.InvariantCulture);

        var (_, waiting) = await finance.GetPageAsync(location);
        Assert.NotNull(waiting.QuerySelector("#import-progress[role=status]"));

        Assert.Equal(ImportJobStatus.Succeeded, await WaitForAsync(id));
        var (_, done) = await finance.GetPageAsync(location);
        Assert.Equal("20 placements created, 0 updated", done.QuerySelector("#import-result")?.TextContent.Trim());
        Assert.Equal("Imported", done.QuerySelector("#import-status")?.TextContent.Trim());
        var saved = await app.WithDbAsync(db => db.Placements.CountAsync(p => p.ExternalReference!.StartsWith($"BG-{run}-"), Ct));
        Assert.Equal(20, saved);
        var job = await app.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id, Ct));
        Assert.Empty(job.Content); // the file is not kept once imported
        Assert.Equal((20, 20), (job.RowsTotal, job.RowsProcessed));
        Assert.Equal(1, job.Attempts);

        var again = await UploadAsync(finance, csv);
        var againId = int.Parse(again.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
        Assert.Equal(ImportJobStatus.Succeeded, await WaitForAsync(againId));
        var (_, againPage) = await finance.GetPageAsync(again.Headers.Location!.ToString());
        Assert.Equal("0 placements created, 0 updated", againPage.QuerySelector("#import-result")?.TextContent.Trim());
        Assert.Equal(20, await app.WithDbAsync(db => db.Placements.CountAsync(p => p.ExternalReference!.StartsWith($"BG-{run}-"), Ct)));
    }

    [Fact]
    public async Task LargeFileWithABadRow_FailsInTheBackground_ListsTheProblemByRowAndColumn_AndSavesNothing()
    {
        using var finance = await app.SignInAsync("finance@medway.example");
        var run = Guid.NewGuid().ToString("N")[..8];
        var response = await UploadAsync(finance, LargeCsv(5, run, badStart: "31/02/2025"));
        var location = response.Headers.Location!.ToString();
        var id = int.Parse(location.Split('/').Last(), CultureInfo.InvariantCulture);

        Assert.Equal(ImportJobStatus.Failed, await WaitForAsync(id));
        var (_, page) = await finance.GetPageAsync(location);
        Assert.StartsWith("Error:", page.Title);
        var cells = page.QuerySelectorAll("#import-errors-table tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        var problem = Assert.Single(cells);
        Assert.Equal(["3", "StartDate"], problem[..2]);
        Assert.Contains("Row 3, column StartDate", UserSession.ErrorSummary(page), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Placements.CountAsync(p => p.ExternalReference!.StartsWith($"BG-{run}-"), Ct)));
    }

    [Fact]
    public async Task Api_PreferRespondAsync_Answers202WithALocation_ThatReportsTheCountsWhenDone()
    {
        using var finance = await app.SignInAsync("finance@medway.example");
        var run = Guid.NewGuid().ToString("N")[..8];
        var csv = Header + "\r\n" + string.Join(",", $"BGA-{run}", $"BGAC-{run}", "Sam", "Import", "14/05/2012", "F", "InHouse", "", "",
            "Standard", "U6", "LookedAfterChildren", "BaseBudget", "01/05/2024", "450.00", "", "") + "\r\n";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/placements/import") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        request.Headers.Add("Prefer", "respond-async");
        var response = await finance.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/api/v1/placements/import-jobs/[0-9]+$", location);
        var id = int.Parse(location.Split('/').Last(), CultureInfo.InvariantCulture);

        Assert.Equal(ImportJobStatus.Succeeded, await WaitForAsync(id));
        var job = await finance.Client.GetFromJsonAsync<ImportJobsApi.ImportJobDto>(location, Ct);
        Assert.Equal(("Succeeded", 1, 0, 1), (job!.Status, job.Created, job.Updated, job.RowsTotal));
        Assert.Empty(job.Errors);

        using var kent = await app.SignInAsync("finance@kent.example");
        Assert.Equal(HttpStatusCode.NotFound, (await kent.Client.GetAsync(location, Ct)).StatusCode);
    }

    [Fact]
    public async Task Claim_TwoWorkersAtOnce_ExactlyOneWins()
    {
        var jobs = app.Factory.Services.GetRequiredService<ImportJobs>();
        var id = await app.WithDbAsync(async db =>
        {
            var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
            var owner = await db.Users.Where(u => u.Email == "finance@medway.example").Select(u => u.Id).SingleAsync(Ct);
            var job = ImportJob.Queue(medway, owner, "race.csv", false, Encoding.UTF8.GetBytes("not,the,template\r\n"), TestClock.Now);
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync(Ct);
            return job.Id;
        });

        var claims = await Task.WhenAll(jobs.TryClaimAsync(id, "race-a", Ct), jobs.TryClaimAsync(id, "race-b", Ct));

        var claimedBy = await app.WithDbAsync(db => db.ImportJobs.AsNoTracking().Where(j => j.Id == id).Select(j => j.ClaimedBy).SingleAsync(Ct));
        var attempts = await app.WithDbAsync(db => db.ImportJobs.AsNoTracking().Where(j => j.Id == id).Select(j => j.Attempts).SingleAsync(Ct));
        Assert.Equal(1, attempts);
        if (claimedBy is "race-a" or "race-b")
            Assert.Equal([claimedBy == "race-a", claimedBy == "race-b"], claims);
        else
            Assert.Equal([false, false], claims); // this node's own worker claimed it first: still only one winner
        Assert.False(await jobs.TryClaimAsync(id, "race-c", Ct)); // a claim within the lease never wins
    }

    [Fact]
    public async Task Claim_SameVersionSavedTwice_TheSecondSaveIsAConcurrencyConflict()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(Ct);
            var owner = await db.Users.Where(u => u.Email == "finance@medway.example").Select(u => u.Id).SingleAsync(Ct);
            var job = ImportJob.Queue(medway, owner, "race.csv", false, [1], TestClock.Now);
            job.Claim("setup", TestClock.Now.AddHours(-2), TimeSpan.FromMinutes(1)); // a lapsed claim, so the worker leaves it... until the test races for it
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync(Ct);
            return job.Id;
        });
        await app.WithDbAsync(async first => await app.WithDbAsync(async second =>
        {
            var a = await first.ImportJobs.SingleAsync(j => j.Id == id, Ct);
            var b = await second.ImportJobs.SingleAsync(j => j.Id == id, Ct);
            var now = TestClock.Now;
            if (!a.IsClaimable(now)) return 0; // this node's worker took it over first
            a.Claim("node-a", now, TimeSpan.FromMinutes(5));
            b.Claim("node-b", now, TimeSpan.FromMinutes(5));
            await first.SaveChangesAsync(Ct);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));
            return 0;
        }));
    }
}
