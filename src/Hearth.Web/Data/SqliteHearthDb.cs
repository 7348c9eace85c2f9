using Hearth.Web.Platform;
using Hearth.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hearth.Web.Data;

/// <summary>The embedded default: SQLite. Migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteHearthDb(DbContextOptions<SqliteHearthDb> options, OrganisationScope scope, TimeProvider clock, AuditKeyRing? auditKeys = null)
    : HearthDb(options, scope, clock, auditKeys)
{
    public override string ProviderName => DatabaseSetup.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no instant type: store UTC ticks so instants order and compare in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    // SQLite allows one writer at a time: the transaction's write lock already serialises the chain.
    protected internal override Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // With the write lock held, the next ids are simply the ones after the last.
    protected override Task<long[]> NextAuditIdsAsync(int count, long lastId, CancellationToken cancellationToken) =>
        Task.FromResult(Enumerable.Range(1, count).Select(i => lastId + i).ToArray());

    // The same single writer serialises cost-line rewrites.
    protected override Task LockPlacementsAsync(int[] placementIds, CancellationToken cancellationToken) => Task.CompletedTask;
}
