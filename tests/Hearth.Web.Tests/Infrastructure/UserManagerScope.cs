using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>A UserManager in its own system-scoped service scope, for arranging accounts in tests.</summary>
public sealed class UserManagerScope(AsyncServiceScope scope) : IAsyncDisposable
{
    public UserManager<HearthUser> Manager { get; } = scope.ServiceProvider.GetRequiredService<UserManager<HearthUser>>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}

public static class UserManagerScopeExtensions
{
    public static UserManagerScope GetUserManager(this IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        return new UserManagerScope(scope);
    }
}
