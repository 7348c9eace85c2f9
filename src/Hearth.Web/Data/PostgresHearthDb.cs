using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data;

/// <summary>The production database: PostgreSQL. Migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresHearthDb(DbContextOptions<PostgresHearthDb> options, OrganisationScope scope, TimeProvider clock)
    : HearthDb(options, scope, clock)
{
    public override string ProviderName => DatabaseSetup.Postgres;

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        // The key is "HEARTHAU" read as a 64-bit number.
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(5207640365980991829)", cancellationToken);

    protected override Task LockPlacementsAsync(int[] placementIds, CancellationToken cancellationToken) =>
        // Row locks in id order (so two writers never wait on each other crosswise), held to the end of the transaction.
        Database.ExecuteSqlAsync($"SELECT 1 FROM \"Placements\" WHERE \"Id\" = ANY({placementIds}) ORDER BY \"Id\" FOR UPDATE", cancellationToken);
}
