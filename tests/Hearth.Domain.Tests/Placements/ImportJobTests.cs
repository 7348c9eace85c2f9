using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Tests.Placements;

public class ImportJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private static ImportJob Queued() => ImportJob.Queue(1, 2, "placements.csv", false, [1, 2, 3], Now);

    [Fact]
    public void Queue_EmptyFile_Throws() =>
        Assert.Equal("File", Assert.Throws<DomainException>(() => ImportJob.Queue(1, 2, "a.csv", false, [], Now)).Field);

    [Fact]
    public void Queue_KeepsOnlyTheFileNameNotItsFolder() =>
        Assert.Equal("placements.csv", ImportJob.Queue(1, 2, "C:/Users/tom/placements.csv", false, [1], Now).FileName);

    [Fact]
    public void Claim_Queued_RunsWithALease()
    {
        var job = Queued();
        job.Claim("node-a", Now, Lease);
        Assert.Equal(ImportJobStatus.Running, job.Status);
        Assert.Equal("node-a", job.ClaimedBy);
        Assert.Equal(Now + Lease, job.ClaimedUntil);
        Assert.Equal(1, job.Attempts);
        Assert.Equal(1, job.Version);
    }

    [Fact]
    public void Claim_RunningWithinItsLease_Throws()
    {
        var job = Queued();
        job.Claim("node-a", Now, Lease);
        Assert.False(job.IsClaimable(Now + Lease));
        Assert.Throws<DomainException>(() => job.Claim("node-b", Now.AddMinutes(1), Lease));
    }

    [Fact]
    public void Claim_LeaseRunOut_AnotherWorkerTakesItOver()
    {
        var job = Queued();
        job.Claim("node-a", Now, Lease);
        var later = Now + Lease + TimeSpan.FromSeconds(1);
        Assert.True(job.IsClaimable(later));
        job.Claim("node-b", later, Lease);
        Assert.Equal("node-b", job.ClaimedBy);
        Assert.Equal(2, job.Attempts);
        Assert.Equal(Now, job.StartedAt);
    }

    [Fact]
    public void Claim_AfterTheLastAttempt_GivesUp()
    {
        var job = Queued();
        var at = Now;
        for (var i = 0; i < ImportJob.MaximumAttempts; i++)
        {
            job.Claim("node", at, Lease);
            at += Lease + TimeSpan.FromSeconds(1);
        }
        job.Claim("node", at, Lease);
        Assert.Equal(ImportJobStatus.Failed, job.Status);
        Assert.True(job.GaveUp);
        Assert.Empty(job.Content);
    }

    [Fact]
    public void Succeed_Running_RecordsTheCountsAndDropsTheFile()
    {
        var job = Queued();
        job.Claim("node-a", Now, Lease);
        job.Succeed(10, 7, 2, 1, Now.AddMinutes(1));
        Assert.Equal(ImportJobStatus.Succeeded, job.Status);
        Assert.Equal((10, 10, 7, 2, 1), (job.RowsTotal, job.RowsProcessed, job.Created, job.Updated, job.Unchanged));
        Assert.Empty(job.Content);
        Assert.Null(job.ClaimedUntil);
        Assert.Equal(3, job.FileBytes);
    }

    [Fact]
    public void Fail_Running_KeepsTheReport()
    {
        var job = Queued();
        job.Claim("node-a", Now, Lease);
        job.Fail(2, "[]", Now);
        Assert.Equal(ImportJobStatus.Failed, job.Status);
        Assert.False(job.GaveUp);
        Assert.Equal(2, job.ProblemCount);
    }

    [Fact]
    public void Succeed_Queued_Throws() => Assert.Equal("Status", Assert.Throws<DomainException>(() => Queued().Succeed(1, 1, 0, 0, Now)).Field);

    [Fact]
    public void Fail_Finished_Throws()
    {
        var job = Queued();
        job.Claim("node-a", Now, Lease);
        job.Succeed(1, 1, 0, 0, Now);
        Assert.Throws<DomainException>(() => job.Fail(1, "[]", Now));
        Assert.False(job.IsClaimable(Now.AddDays(1)));
    }
}
