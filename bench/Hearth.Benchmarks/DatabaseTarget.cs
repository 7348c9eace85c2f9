using Hearth.Benchmarks.Loading;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Benchmarks;

/// <summary>A database the tool works on: which provider, and how to reach it.</summary>
internal sealed record DatabaseTarget(string Provider, string ConnectionString)
{
    /// <summary>Reads "sqlite" or "postgres" (any case, or "postgresql") into the names <see cref="DatabaseSetup"/> uses.</summary>
    public static string? ParseProvider(string? value) => value?.ToLowerInvariant() switch
    {
        "sqlite" => DatabaseSetup.Sqlite,
        "postgres" or "postgresql" => DatabaseSetup.Postgres,
        _ => null,
    };

    /// <summary>A Hearth context in the system scope, configured exactly as the web app configures its own.</summary>
    public HearthDb CreateContext() => CreateContext(OrganisationScope.System());

    /// <summary>A Hearth context in the given scope, configured exactly as the web app configures its own.</summary>
    public HearthDb CreateContext(OrganisationScope scope)
    {
        if (Provider == DatabaseSetup.Sqlite)
        {
            var options = new DbContextOptionsBuilder<SqliteHearthDb>();
            DatabaseSetup.ConfigureSqlite(options, ConnectionString);
            return new SqliteHearthDb(options.Options, scope, Program.Clock, AuditKeys());
        }
        else
        {
            var options = new DbContextOptionsBuilder<PostgresHearthDb>();
            DatabaseSetup.ConfigurePostgres(options, ConnectionString);
            return new PostgresHearthDb(options.Options, scope, Program.Clock, AuditKeys());
        }
    }

    /// <summary>
    /// The audit chain's keys, as the web app finds them (ADR 0026): Audit__ChainKey and friends from the environment, or for
    /// SQLite the key generated beside the database file. Audited writes made here verify with the web app's keys.
    /// </summary>
    private AuditKeyRing? AuditKeys()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var folder = Provider == DatabaseSetup.Sqlite
            ? Path.GetDirectoryName(Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource))
            : null;
        try
        {
            return AuditKeyRing.Load(configuration, Provider, folder, null);
        }
        catch (HearthStartupException)
        {
            return null; // reading needs no key; an audited write then says that it needs one
        }
    }

    public async Task<BulkLoader> OpenLoaderAsync() => Provider == DatabaseSetup.Sqlite
        ? await SqliteBulkLoader.OpenAsync(ConnectionString)
        : await PostgresBulkLoader.OpenAsync(ConnectionString);
}
