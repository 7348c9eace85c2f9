using System.Data.Common;
using System.Net.Sockets;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hearth.Web.Platform;

/// <summary>Chooses the database provider from configuration and brings the schema up to date at start-up.</summary>
public static class DatabaseSetup
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static string ProviderFrom(IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(provider)) return Sqlite;
        if (provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase)) return Sqlite;
        if (provider.Equals(Postgres, StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase)) return Postgres;
        throw new HearthStartupException(
            $"Database:Provider is '{provider}', which Hearth does not support. Set it to 'Sqlite' (the default) or 'Postgres'.");
    }

    public static string ConnectionStringFrom(IConfiguration configuration, IHostEnvironment environment, string provider)
    {
        var configured = configuration.GetConnectionString("Hearth");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (provider == Postgres)
            throw new HearthStartupException(
                "Database:Provider is 'Postgres' but ConnectionStrings:Hearth is not set. " +
                "Set it, for example ConnectionStrings__Hearth=\"Host=localhost;Database=hearth;Username=hearth;Password=...\".");
        var folder = configuration["Database:DataFolder"];
        folder = string.IsNullOrWhiteSpace(folder) ? Path.Combine(environment.ContentRootPath, "App_Data") : folder;
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "hearth.db")}";
    }

    public static IServiceCollection AddHearthDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = ConnectionStringFrom(configuration, environment, provider);
        if (provider == Sqlite)
        {
            services.AddDbContext<HearthDb, SqliteHearthDb>(o => ConfigureSqlite(o, connectionString));
        }
        else
        {
            services.AddDbContext<HearthDb, PostgresHearthDb>(o => ConfigurePostgres(o, connectionString));
        }
        return services;
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory")).AddInterceptors(UniqueConstraints.Interceptor);

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString).AddInterceptors(UniqueConstraints.Interceptor);

    /// <summary>Applies pending migrations, turning an unreachable database into a message a person can act on.</summary>
    public static async Task MigrateAsync(HearthDb db, CancellationToken cancellationToken = default)
    {
        try
        {
            if (db.ProviderName == Sqlite)
            {
                // Write-ahead logging lets readers carry on while one request writes.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.CloseConnectionAsync();
            }
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or DbException or InvalidOperationException or TimeoutException)
        {
            throw new HearthStartupException(
                $"Hearth could not open its {db.ProviderName} database ({Describe(db)}): {Innermost(e).Message.TrimEnd('.')}. " +
                "Check that the database server is running and that ConnectionStrings:Hearth is right.", e);
        }
    }

    private static string Describe(HearthDb db)
    {
        var cs = db.Database.GetConnectionString() ?? "";
        if (db.ProviderName == Postgres)
        {
            var b = new NpgsqlConnectionStringBuilder(cs);
            return $"host {b.Host}, port {b.Port}, database {b.Database}";
        }
        return cs;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }
}
