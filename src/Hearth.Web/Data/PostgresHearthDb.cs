using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hearth.Web.Data;

/// <summary>The production database: PostgreSQL. Migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresHearthDb(DbContextOptions<PostgresHearthDb> options, OrganisationScope scope, TimeProvider clock)
    : HearthDb(options, scope, clock)
{
    public override string ProviderName => DatabaseSetup.Postgres;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // timestamptz holds instants, and Npgsql writes only UTC offsets: an instant carrying London's summer offset (from
        // London.At, or an API client's "+01:00") is the same instant in UTC (ADR 0027).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<InstantInUtc>();
    }

    /// <summary>Writes every instant with offset zero; reads it back as stored.</summary>
    internal sealed class InstantInUtc() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        // The key is "HEARTHAU" read as a 64-bit number.
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(5207640365980991829)", cancellationToken);

    protected override Task LockPlacementsAsync(int[] placementIds, CancellationToken cancellationToken) =>
        // Row locks in id order (so two writers never wait on each other crosswise), held to the end of the transaction.
        Database.ExecuteSqlAsync($"SELECT 1 FROM \"Placements\" WHERE \"Id\" = ANY({placementIds}) ORDER BY \"Id\" FOR UPDATE", cancellationToken);
}
