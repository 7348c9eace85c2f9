using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(Hearth.Web.Tests.Infrastructure.DemoApp))]

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>
/// One Hearth app with the demo data, shared by every test in the run (loading the demo data takes seconds). Tests that
/// change data change their own records (a user they invited, a token they created) so they never disturb each other.
/// </summary>
public sealed class DemoApp : IAsyncLifetime
{
    private TestDatabase? _database;

    public HearthFactory Factory { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Factory = new HearthFactory(_database, demo: true);
        Factory.StartServer();
        await Task.CompletedTask;
    }

    public UserSession Session() => Factory.Session();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<UserSession>>> _sessions = new();

    /// <summary>A signed-in session per demo user, shared across tests that only read (signing in hashes a password: slow on purpose).</summary>
    public Task<UserSession> SessionForAsync(string email) =>
        _sessions.GetOrAdd(email, e => new Lazy<Task<UserSession>>(async () =>
        {
            var session = new UserSession(Factory.BrowserClient(), shared: true);
            await session.SignInAsync(e);
            return session;
        })).Value;

    public async Task<UserSession> SignInAsync(string email)
    {
        var session = Session();
        await session.SignInAsync(email);
        return session;
    }

    /// <summary>Runs code against the database with the system scope (sees everything), for arranging and checking.</summary>
    public async Task<T> WithDbAsync<T>(Func<HearthDb, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        return await action(scope.ServiceProvider.GetRequiredService<HearthDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
