using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hearth.Web.Data;

/// <summary>The embedded default: SQLite. Migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteHearthDb(DbContextOptions<SqliteHearthDb> options, OrganisationScope scope, TimeProvider clock)
    : HearthDb(options, scope, clock)
{
    public override string ProviderName => DatabaseSetup.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no instant type: store UTC ticks so instants order and compare in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    // SQLite allows one writer at a time: the transaction's write lock already serialises the chain.
    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // The same single writer serialises cost-line rewrites.
    protected override Task LockPlacementsAsync(int[] placementIds, CancellationToken cancellationToken) => Task.CompletedTask;
}
