namespace Hearth.Web.Platform.Audit;

/// <summary>The audit chain's keys, checkpoint file and checks (ADR 0026).</summary>
public static class AuditRegistration
{
    public static IServiceCollection AddHearthAudit(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = DatabaseSetup.ProviderFrom(configuration);
        var connectionString = DatabaseSetup.ConnectionStringFrom(configuration, environment, provider);
        var dataFolder = DataFolder(configuration, environment, provider, connectionString);
        services.AddSingleton(sp => AuditKeyRing.Load(configuration, provider, dataFolder,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuditKeyRing))));
        services.AddSingleton(sp =>
        {
            var folder = configuration["Audit:CheckpointFolder"];
            return new AuditCheckpoints(string.IsNullOrWhiteSpace(folder) ? dataFolder : folder,
                AuditCheckpoints.DatabaseIdentity(provider, connectionString), sp.GetRequiredService<AuditKeyRing>(), sp.GetRequiredService<TimeProvider>());
        });
        services.AddScoped<AuditChain>();
        services.AddSingleton<AuditCheckpointWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditCheckpointWorker>());
        return services;
    }

    /// <summary>
    /// The folder for files kept beside the database: the SQLite file's own folder, else <c>Database:DataFolder</c>, else
    /// App_Data under the content root. The generated demo key and the checkpoint file live there by default.
    /// </summary>
    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment, string provider, string connectionString)
    {
        if (provider == DatabaseSetup.Sqlite)
        {
            var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            if (!string.IsNullOrEmpty(source) && source != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(source)) is { Length: > 0 } folder)
                return folder;
        }
        var configured = configuration["Database:DataFolder"];
        return string.IsNullOrWhiteSpace(configured) ? Path.Combine(environment.ContentRootPath, "App_Data") : configured;
    }
}
