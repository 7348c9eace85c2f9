namespace Hearth.Web.Platform;

public static class UiShell
{
    public static IServiceCollection AddHearthUi(this IServiceCollection services) => services;
    public static WebApplication UseHearthUi(this WebApplication app) => app;
}
