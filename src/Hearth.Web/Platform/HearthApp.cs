using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Features.Api;
using Hearth.Web.Platform.Auth;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;
using Serilog;
using Serilog.Formatting.Compact;

namespace Hearth.Web.Platform;

/// <summary>Composes the web host: every service and middleware Hearth runs with, in the order they apply.</summary>
public static class HearthApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var configuration = builder.Configuration;

        builder.Services.AddSerilog((_, log) =>
        {
            log.ReadFrom.Configuration(configuration).Enrich.FromLogContext();
            if (string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
                log.WriteTo.Console(new RenderedCompactJsonFormatter());
            else
                log.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        });

        // First, so the schema exists before any other start-up work (the data-protection key ring) reads it.
        builder.Services.Configure<DemoOptions>(configuration.GetSection("Demo"));
        builder.Services.Configure<OperatorOptions>(configuration.GetSection(OperatorOptions.Section));
        builder.Services.AddSingleton<DatabaseInitialiser>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitialiser>());
        // The one clock (ADR 0027): the composition root is the only place that chooses the system clock.
#pragma warning disable RS0030 // the composition root chooses the system clock
        builder.Services.AddSingleton(new HearthClock(TimeProvider.System));
#pragma warning restore RS0030
        builder.Services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<HearthClock>());
        // Write £ and other non-ASCII text as it is rather than as character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<OrganisationScope>();
        builder.Services.AddScoped<Features.Home.HomeTasks>();
        builder.Services.AddScoped<Features.Finance.SpendReport>();
        builder.Services.AddScoped<Features.Finance.ForecastReport>();
        builder.Services.AddScoped<Features.Placements.PlacementImporter>();
        builder.Services.AddScoped<Features.Finance.WeeklyCostReport>();
        builder.Services.AddScoped<Features.Finance.SufficiencyReport>();
        builder.Services.AddSingleton<Features.Placements.ImportJobSignal>();
        builder.Services.AddSingleton<Features.Placements.ImportJobs>();
        builder.Services.AddHostedService<Features.Placements.ImportJobWorker>();
        builder.Services.AddScoped<Features.Tenders.TenderWorkflow>();
        builder.Services.AddScoped<Features.Tenders.TenderEvaluation>();
        Notifications.NotificationRegistration.AddHearthNotifications(builder.Services, configuration);
        builder.Services.AddScoped<Features.CallOffs.CallOffRecords>();
        builder.Services.AddScoped<Features.CallOffs.DeadlineSettings>();
        builder.Services.Configure<Features.CallOffs.DeadlineWorkerOptions>(configuration.GetSection(Features.CallOffs.DeadlineWorkerOptions.Section));
        builder.Services.AddHostedService<Features.CallOffs.DeadlineWorker>();
        // Selection: every option source is combined; the call-off slice adds its offers source here.
        builder.Services.AddScoped<Features.Sourcing.ISelectionOptionsSource, Features.Sourcing.InHouseOptionsSource>();
        builder.Services.AddScoped<Features.Sourcing.ISelectionOptionsSource, Features.Sourcing.SpotPurchaseOptionsSource>();
        builder.Services.AddScoped<Features.Sourcing.OfferScoring>();
        builder.Services.AddScoped<Features.Sourcing.ISelectionOptionsSource, Features.Sourcing.OfferOptionsSource>();
        builder.Services.AddScoped<Features.Sourcing.DecisionWork>();
        builder.Services.AddScoped<Features.Sourcing.SpotWork>();
        builder.Services.AddScoped<Features.Admin.Organisations.OperatorWork>();
        builder.Services.AddHearthDatabase(configuration, builder.Environment);
        Audit.AuditRegistration.AddHearthAudit(builder.Services, configuration, builder.Environment);
        builder.Services.AddDataProtection().SetApplicationName("Hearth").PersistKeysToDbContext<HearthDb>();
        builder.Services.AddHearthAuth(configuration);
        builder.Services.AddHearthUi();
        SecureCookies.AddSecureCookies(builder.Services);
        builder.Services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToFolder("/Help");
                o.Conventions.AllowAnonymousToFolder("/Errors");
                o.Conventions.AllowAnonymousToPage("/Account/SignIn");
                o.Conventions.AllowAnonymousToPage("/Account/AcceptInvitation");
                o.Conventions.AllowAnonymousToPage("/Account/ExternalSignIn");
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<UnknownHandlerPageFilter>();
                o.Filters.Add<DomainExceptionPageFilter>();
            });
        builder.Services.AddProblemDetails();
        // A body the API cannot bind (not JSON, a missing body, a query value of the wrong type) is thrown as a
        // BadHttpRequestException so ApiExceptionHandler answers it with problem details, rather than an empty 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Hearth API";
            document.Info.Version = "v1";
            document.Info.Description = "Foster placement commissioning. Authenticate with 'Authorization: Bearer hth_…' (an organisation API token).";
            return Task.CompletedTask;
        }));
        builder.Services.AddHealthChecks().AddDbContextCheck<HearthDb>("database", tags: ["ready"]);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        // Request limits: no body over 30MB reaches the app (Kestrel answers 413), and no multipart form over 21MB is read;
        // the import page and API refuse files of 20MB or more with their own messages first.
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = 30 * 1024 * 1024);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
            o.MultipartBodyLengthLimit = Features.Placements.PlacementImporter.MaximumFileBytes + 1024 * 1024);

        var app = builder.Build();

        app.UseForwardedHeaders();
        // Content-Security-Policy, HSTS and the other security headers on every response, error pages and files included.
        app.UseSecurityHeaders(app.Environment, configuration);
        app.UseSerilogRequestLogging();
        // The API answers every failure with problem details (ApiExceptionHandler); pages get the GOV.UK error pages.
        app.UseWhen(context => AuthSetup.IsApi(context.Request), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages(ApiProblems.WriteEmptyStatusAsync);
        });
        app.UseHearthUi();
        // An import file over the limit is refused before anything reads it (antiforgery would read the whole form first):
        // the browser is sent back to the import page, which says how large a file may be.
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method)
                && context.Request.Path.Equals(Features.Placements.ImportModel.Path, StringComparison.OrdinalIgnoreCase)
                && context.Request.ContentLength > Features.Placements.PlacementImporter.MaximumFileBytes + Features.Placements.ImportModel.UploadOverhead)
            {
                context.Response.Redirect(Features.Placements.ImportModel.Path + "?tooLarge=true");
                return;
            }
            // Likewise a bid file upload too large to read: back to the bid's files page, which says the limit.
            if (Features.Bidding.FilesModel.TooLargeRedirect(context.Request))
            {
                context.Response.Redirect(context.Request.Path + "?tooLarge=true");
                return;
            }
            await next();
        });
        app.UseStaticFiles();
        app.UseRouting();
        // Credential posts per client address (ADR 0026): before anything checks a password.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseApiAntiforgery();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // No fonts or telemetry from Scalar's servers: the page's Content-Security-Policy allows only Hearth itself.
        app.MapScalarApiReference(SecurityHeaders.ReferencePath, o => o.WithTitle("Hearth API reference")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts().DisableTelemetry()).AllowAnonymous();
        app.MapHearthApi();
        app.MapRazorPages();
        return app;
    }
}
