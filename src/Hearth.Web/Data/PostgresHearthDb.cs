using Hearth.Web.Platform;
using Hearth.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hearth.Web.Data;

/// <summary>The production database: PostgreSQL. Migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresHearthDb(DbContextOptions<PostgresHearthDb> options, OrganisationScope scope, TimeProvider clock, AuditKeyRing? auditKeys = null)
    : HearthDb(options, scope, clock, auditKeys)
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

    protected internal override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        // The key is "HEARTHAU" read as a 64-bit number.
        Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(5207640365980991829)", cancellationToken);

    /// <summary>
    /// Ids from the table's identity sequence (so rows written any other way never collide with them), taken under the
    /// chain lock so they rise in chain order. A sequence left behind the last id is moved past it first.
    /// </summary>
    protected override async Task<long[]> NextAuditIdsAsync(int count, long lastId, CancellationToken cancellationToken)
    {
        const string sequence = "pg_get_serial_sequence('\"AuditEntries\"', 'Id')";
        const string next = "SELECT nextval(" + sequence + ") AS \"Value\" FROM generate_series(1, {0})";
        const string moveOn = "SELECT setval(" + sequence + ", {0}) AS \"Value\"";
        var ids = (await Database.SqlQueryRaw<long>(next, count).ToListAsync(cancellationToken)).Order().ToArray();
        if (ids[0] > lastId) return ids;
        await Database.SqlQueryRaw<long>(moveOn, lastId).ToListAsync(cancellationToken);
        return (await Database.SqlQueryRaw<long>(next, count).ToListAsync(cancellationToken)).Order().ToArray();
    }

    protected override Task LockPlacementsAsync(int[] placementIds, CancellationToken cancellationToken) =>
        // Row locks in id order (so two writers never wait on each other crosswise), held to the end of the transaction.
        Database.ExecuteSqlAsync($"SELECT 1 FROM \"Placements\" WHERE \"Id\" = ANY({placementIds}) ORDER BY \"Id\" FOR UPDATE", cancellationToken);
}
