namespace Hearth.Web.Platform.Notifications;

public static class NotificationRegistration
{
    /// <summary>GOV.UK Notify when Notify:ApiKey is set; otherwise the database outbox.</summary>
    public static IServiceCollection AddHearthNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Notify");
        services.Configure<NotifyOptions>(section);
        if (!string.IsNullOrWhiteSpace(section["ApiKey"]))
            services.AddHttpClient<INotificationSender, GovukNotifySender>();
        else
            services.AddScoped<INotificationSender, OutboxNotificationSender>();
        services.AddScoped<Features.CallOffs.CallOffNotifications>();
        return services;
    }
}
