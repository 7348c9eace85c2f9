namespace Hearth.Benchmarks.Loading;

/// <summary>
/// Writes rows straight into the tables the migrations created, bypassing EF Core change tracking and the audit trail,
/// as a data migration would: PostgreSQL through binary COPY, SQLite through prepared INSERTs in one transaction.
/// </summary>
internal abstract class BulkLoader : IAsyncDisposable
{
    /// <summary>Starts writing one table; every row gives a value for each of <paramref name="columns"/>, in order.</summary>
    public abstract Task<TableWriter> BeginTableAsync(string table, IReadOnlyList<string> columns);

    /// <summary>Commits the load, moves identity counters past the ids written and refreshes planner statistics.</summary>
    public abstract Task CompleteAsync(IReadOnlyList<string> tablesWithIdentity);

    /// <summary>The database's size on disk, in bytes, after the load.</summary>
    public abstract Task<long> DatabaseSizeAsync();

    public abstract ValueTask DisposeAsync();
}
