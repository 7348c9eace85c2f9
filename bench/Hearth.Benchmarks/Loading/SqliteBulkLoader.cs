using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Hearth.Benchmarks.Loading;

/// <summary>
/// Loads through one prepared, reused INSERT per table, all in a single transaction, with the journal in WAL mode and
/// synchronous writes off for the load (a crash mid-load leaves a database to delete, not one to trust).
/// </summary>
internal sealed class SqliteBulkLoader : BulkLoader
{
    private readonly SqliteConnection _connection;
    private readonly string _path;
    private SqliteTransaction? _transaction;

    private SqliteBulkLoader(SqliteConnection connection, string path)
    {
        _connection = connection;
        _path = path;
    }

    public static async Task<SqliteBulkLoader> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var loader = new SqliteBulkLoader(connection, connection.DataSource);
        await loader.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
        loader._transaction = connection.BeginTransaction();
        return loader;
    }

    public override Task<TableWriter> BeginTableAsync(string table, IReadOnlyList<string> columns)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        return Task.FromResult<TableWriter>(new Writer(command, parameters));
    }

    public override async Task CompleteAsync(IReadOnlyList<string> tablesWithIdentity)
    {
        // AUTOINCREMENT keys: SQLite already moved sqlite_sequence past every explicit id inserted.
        await _transaction!.CommitAsync();
        _transaction = null;
        await Execute("ANALYZE; PRAGMA wal_checkpoint(TRUNCATE); PRAGMA synchronous=NORMAL;");
    }

    public override Task<long> DatabaseSizeAsync()
    {
        long size = 0;
        foreach (var file in new[] { _path, _path + "-wal" })
            if (File.Exists(file)) size += new FileInfo(file).Length;
        return Task.FromResult(size);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_transaction is not null) await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task Execute(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Writer(SqliteCommand command, SqliteParameter[] parameters) : TableWriter
    {
        private int _column;

        protected override void OnStartRow() => _column = 0;

        public override void EndRow()
        {
            if (_column != parameters.Length)
                throw new InvalidOperationException($"A row gave {_column} values for {parameters.Length} columns.");
            command.ExecuteNonQuery();
        }

        public override void Int(int value) => parameters[_column++].Value = value;

        public override void Long(long value) => parameters[_column++].Value = value;

        public override void Bool(bool value) => parameters[_column++].Value = value ? 1 : 0;

        public override void Text(string value) => parameters[_column++].Value = value;

        // The format EF Core's SQLite provider stores a DateOnly in.
        public override void Date(DateOnly value) =>
            parameters[_column++].Value = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override void Null() => parameters[_column++].Value = DBNull.Value;

        public override Task CompleteAsync()
        {
            command.Dispose();
            return Task.CompletedTask;
        }
    }
}
