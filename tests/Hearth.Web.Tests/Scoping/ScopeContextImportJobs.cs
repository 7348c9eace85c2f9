using Hearth.Domain.Placements;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Scoping;

/// <summary>Import jobs for the scoping matrix: one finished job per authority, made once.</summary>
public static class ScopeContextImportJobs
{
    public const string Worker = "scope-matrix";

    /// <summary>A failed (finished) import job of the authority, so the worker never picks it up and nothing is imported.</summary>
    public static Task<int> MatrixImportJobInAsync(this ScopeContext c, int authorityId) => c.App.WithDbAsync(async db =>
    {
        var existing = await db.ImportJobs.Where(j => j.AuthorityId == authorityId && j.ClaimedBy == Worker).Select(j => (int?)j.Id).FirstOrDefaultAsync();
        if (existing is { } id) return id;
        var owner = await db.Users.Where(u => u.OrganisationId == authorityId).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
        var now = TestClock.Now;
        var job = ImportJob.Queue(authorityId, owner, "matrix.csv", false, [1], now);
        job.Claim(Worker, now, TimeSpan.FromMinutes(1));
        job.Fail(1, """[{"Row":1,"Column":"Header","Message":"Scope matrix job"}]""", now);
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    });
}
