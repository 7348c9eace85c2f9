using Hearth.Domain.Common;
using Hearth.Web.Platform.Auth;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Platform;

/// <summary>RFC 9457 problem details for the API: 422 for a broken rule, 409 for a concurrency conflict or a taken value.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!AuthSetup.IsApi(context.Request)) return false;
        var (status, title, detail, errors) = exception switch
        {
            DomainException e => (StatusCodes.Status422UnprocessableEntity, "A business rule was broken", e.Message,
                new Dictionary<string, string[]> { [e.Field] = [e.Message] }),
            DuplicateValueException e => (StatusCodes.Status409Conflict, "Conflict", e.Message,
                new Dictionary<string, string[]> { [e.Field] = [e.Message] }),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Conflict",
                "Someone else changed this record first. Fetch it again and retry.", null),
            BadHttpRequestException e => Unreadable(e),
            _ => (StatusCodes.Status500InternalServerError, "Sorry, there is a problem with the service",
                "An unexpected error happened. Quote the trace id when you report it.", (Dictionary<string, string[]>?)null),
        };
        context.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        if (errors is not null) problem.Extensions["errors"] = errors;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static (int, string, string, Dictionary<string, string[]>?) Unreadable(BadHttpRequestException e)
    {
        var (status, title, detail) = ApiProblems.Describe(e);
        return (status, title, detail, null);
    }
}
