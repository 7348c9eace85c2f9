using Hearth.Benchmarks.Loading;
using Hearth.Web.Data;
using Hearth.Web.Platform;
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
            return new SqliteHearthDb(options.Options, scope, Program.Clock);
        }
        else
        {
            var options = new DbContextOptionsBuilder<PostgresHearthDb>();
            DatabaseSetup.ConfigurePostgres(options, ConnectionString);
            return new PostgresHearthDb(options.Options, scope, Program.Clock);
        }
    }

    public async Task<BulkLoader> OpenLoaderAsync() => Provider == DatabaseSetup.Sqlite
        ? await SqliteBulkLoader.OpenAsync(ConnectionString)
        : await PostgresBulkLoader.OpenAsync(ConnectionString);
}
