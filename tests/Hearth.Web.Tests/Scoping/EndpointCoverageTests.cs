using Hearth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Scoping;

public sealed class EndpointCoverageTests(DemoApp app)
{
    [Fact]
    public void EveryEndpoint_IsInTheScopeMatrixOrDeclaredPublic()
    {
        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => Normalise(e.RoutePattern.RawText ?? ""))
            .Distinct()
            .ToList();
        var covered = ScopeMatrix.Cases.Select(c => Normalise(c.Route.Split('?')[0])).Concat(ScopeMatrix.Public.Select(Normalise)).ToHashSet();

        var missing = routes.Where(r => !covered.Contains(r)).Order().ToList();
        Assert.True(missing.Count == 0, "Add these endpoints to ScopeMatrix.Cases (or ScopeMatrix.Public with a reason): " + string.Join(", ", missing));
        // Several cases may share one route (GET and POST of a page, a handler): compare with the distinct routes covered.
        var casesRoutes = ScopeMatrix.Cases.Select(c => Normalise(c.Route.Split('?')[0])).Distinct().Count();
        Assert.True(routes.Count >= casesRoutes, "The endpoint list looks incomplete");
    }

    private static string Normalise(string route)
    {
        var r = "/" + route.Trim('/');
        return r.Equals("/Index", StringComparison.OrdinalIgnoreCase) ? "/" : r;
    }
}
