using Npgsql;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>
/// The database a test app runs on: SQLite in a temporary folder (the default), or a fresh database on the PostgreSQL
/// server named by HEARTH_TEST_POSTGRES when HEARTH_TEST_DB=postgres (scripts/test.sh starts a throwaway cluster).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _adminConnection;
    private readonly string? _databaseName;
    private readonly string? _folder;

    private TestDatabase(string provider, string? connectionString, string? folder, string? adminConnection, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
    }

    public string Provider { get; }
    public string? ConnectionString { get; }
    public string? DataFolder => Provider == "Sqlite" ? _folder : null;

    /// <summary>A temporary folder of this database's own for files kept outside it (the audit checkpoints, ADR 0026).</summary>
    public string FilesFolder => _folder!;

    public static bool IsPostgres => string.Equals(Environment.GetEnvironmentVariable("HEARTH_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static async Task<TestDatabase> CreateAsync()
    {
        if (!IsPostgres)
        {
            var folder = Path.Combine(Path.GetTempPath(), "hearth-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new TestDatabase("Sqlite", null, folder, null, null);
        }
        var admin = Environment.GetEnvironmentVariable("HEARTH_TEST_POSTGRES")
            ?? throw new InvalidOperationException("HEARTH_TEST_DB=postgres needs HEARTH_TEST_POSTGRES, the connection string of a PostgreSQL server (scripts/test.sh sets both).");
        var name = $"hearth_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 20 };
        var files = Path.Combine(Path.GetTempPath(), "hearth-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(files);
        return new TestDatabase("Postgres", builder.ConnectionString, files, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is not null && _databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
