using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>
/// Hearth on an empty database with one thing added at the very end of its pipeline: a request that nothing else
/// answered and whose path ends in "/boom" throws, so a test can see a real unhandled exception become a 500 page (or,
/// under /api, a 500 problem).
/// </summary>
public sealed class ThrowingApp : IAsyncLifetime
{
    private TestDatabase? _database;
    private HearthFactory? _inner;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _inner = new HearthFactory(_database, demo: false);
        Factory = _inner.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, ThrowAtTheEnd>()));
        Factory.StartServer();
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_inner is not null) await _inner.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    private sealed class ThrowAtTheEnd : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context =>
            {
                if (context.Request.Path.Value?.EndsWith("/boom", StringComparison.Ordinal) == true)
                    throw new InvalidOperationException("Boom (a test's deliberate failure)");
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        };
    }
}
