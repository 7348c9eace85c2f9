using Hearth.Web.Platform;

namespace Hearth.Web.Features.CallOffs;

/// <summary>
/// GET and PUT /api/v1/call-offs/deadlines: the authority's response deadlines, through the same
/// <see cref="DeadlineSettings"/> methods as the page. A missing value is 400, a broken rule 422, a stale version 409.
/// </summary>
public static class DeadlinesApi
{
    public sealed record DeadlinesDto(int EmergencyHours, int UrgentHours, int PlannedWorkingDays, int Version, bool IsDefault);
    public sealed record DeadlinesRequest(int? Version, int? EmergencyHours, int? UrgentHours, int? PlannedWorkingDays);

    public static RouteGroupBuilder MapResponseDeadlinesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/call-offs/deadlines", async (DeadlineSettings settings, CancellationToken ct) =>
                settings.CanRead ? Results.Ok(Dto(await settings.GetAsync(ct))) : Results.Forbid())
            .RequireAuthorization(p => p.RequireRole(DeadlineSettings.Readers))
            .WithTags("Call-offs").WithName("GetResponseDeadlines")
            .WithSummary("The authority's call-off response deadlines (the defaults, version 0, until changed).");
        api.MapPut("/call-offs/deadlines", async (DeadlinesRequest? request, DeadlineSettings settings, CancellationToken ct) =>
            {
                if (!settings.CanChange) return Results.Forbid();
                var missing = new Dictionary<string, string[]>();
                if (request?.Version is null) missing["Version"] = ["Give the version you read"];
                if (request?.EmergencyHours is null) missing["EmergencyHours"] = ["Enter the emergency deadline in hours"];
                if (request?.UrgentHours is null) missing["UrgentHours"] = ["Enter the urgent deadline in hours"];
                if (request?.PlannedWorkingDays is null) missing["PlannedWorkingDays"] = ["Enter the planned deadline in working days"];
                if (missing.Count > 0) return Results.ValidationProblem(missing, title: "Some values are missing");
                return Results.Ok(Dto(await settings.ChangeAsync(request!.Version!.Value, request.EmergencyHours!.Value, request.UrgentHours!.Value,
                    request.PlannedWorkingDays!.Value, ct)));
            })
            .RequireAuthorization(p => p.RequireRole(DeadlineSettings.Changers))
            .WithTags("Call-offs").WithName("ChangeResponseDeadlines")
            .WithSummary("Change the authority's response deadlines (version required: 409 if someone changed them since).");
        return api;
    }

    private static DeadlinesDto Dto(DeadlineSettings.Current c) => new(c.EmergencyHours, c.UrgentHours, c.PlannedWorkingDays, c.Version, c.IsDefault);
}
