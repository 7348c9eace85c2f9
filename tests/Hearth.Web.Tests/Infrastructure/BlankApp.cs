namespace Hearth.Web.Tests.Infrastructure;

/// <summary>A Hearth app on its own empty database (no demo data), for tests that must not share state.</summary>
public sealed class BlankApp : IAsyncDisposable
{
    private TestDatabase? _database;

    public HearthFactory Factory { get; private set; } = null!;

    public static async Task<BlankApp> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new BlankApp { _database = await TestDatabase.CreateAsync() };
        app.Factory = new HearthFactory(app._database, demo: false, settings);
        app.Factory.StartServer();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
