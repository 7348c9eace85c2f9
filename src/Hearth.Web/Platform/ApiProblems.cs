using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Hearth.Web.Platform;

/// <summary>
/// Every 4xx and 5xx the API sends is RFC 9457 problem details with a title and a detail a person can act on (ADR 0025).
/// Endpoints and <see cref="ApiExceptionHandler"/> write their own; this fills in any answer that would otherwise go out
/// with an empty body (an unauthenticated request, a role that may not, a method the address does not take, a body that
/// is not JSON), and words the binder's refusals.
/// </summary>
public static class ApiProblems
{
    /// <summary>Status code pages for the API branch: only answers with no body of their own reach here.</summary>
    public static Task WriteEmptyStatusAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var code = context.Response.StatusCode;
        var (title, detail) = code switch
        {
            StatusCodes.Status400BadRequest => ("Bad request", "The request could not be read: check its address, query and body against /api/reference."),
            StatusCodes.Status401Unauthorized => ("Authentication required", "Send a valid API token as 'Authorization: Bearer hth_…'."),
            StatusCodes.Status403Forbidden => ("Forbidden", "Your roles do not allow this request."),
            StatusCodes.Status404NotFound => ("Not found", "There is no API endpoint or record at this address that you can see. See /api/reference."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"This address does not accept {context.Request.Method}. See /api/reference."),
            StatusCodes.Status413PayloadTooLarge => ("Request too large", "The request body is larger than Hearth accepts."),
            StatusCodes.Status415UnsupportedMediaType => ("Unsupported media type", "Send the body as JSON with 'Content-Type: application/json'."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "Wait a little and try again."),
            >= 500 => ("Sorry, there is a problem with the service", "An unexpected error happened. Quote the trace id when you report it."),
            _ => (ReasonPhrases.GetReasonPhrase(code), ReasonPhrases.GetReasonPhrase(code) + "."),
        };
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = code, Title = title, Detail = detail },
        }).AsTask();
    }

    /// <summary>
    /// What to tell the caller about a request the endpoint could not bind (a <see cref="BadHttpRequestException"/>): which
    /// part was wrong and, for a body that is not JSON, where the JSON reader stopped.
    /// </summary>
    public static (int Status, string Title, string Detail) Describe(BadHttpRequestException e) => e switch
    {
        { StatusCode: StatusCodes.Status415UnsupportedMediaType } =>
            (e.StatusCode, "Unsupported media type", "Send the body as JSON with 'Content-Type: application/json'."),
        { InnerException: JsonException json } =>
            (StatusCodes.Status400BadRequest, "The request body is not valid JSON", $"{json.Message.Split(" Path:")[0].TrimEnd('.')} ({Where(json)})."),
        _ when e.Message.Contains("was not provided from body", StringComparison.Ordinal) || e.Message.Contains("no body was provided", StringComparison.Ordinal) =>
            (StatusCodes.Status400BadRequest, "A JSON body is required", "Send the request's fields as a JSON object in the body. See /api/reference."),
        _ when e.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) =>
            (StatusCodes.Status400BadRequest, "Bad request", e.Message),
        _ => (e.StatusCode is >= 400 and < 500 ? e.StatusCode : StatusCodes.Status400BadRequest, "Bad request", e.Message),
    };

    private static string Where(JsonException json) =>
        json.Path is { Length: > 0 } path ? $"at {path}, line {json.LineNumber + 1}" : $"line {json.LineNumber + 1}";
}
