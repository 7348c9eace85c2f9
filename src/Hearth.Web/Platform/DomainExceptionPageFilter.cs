using Hearth.Domain.Common;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Platform;

/// <summary>
/// Turns a broken business rule (<see cref="DomainException"/>) or a value the database already holds
/// (<see cref="DuplicateValueException"/>) into a field error on the page, and a concurrency conflict into a message that
/// says someone else changed the record: the page is shown again with what was typed.
/// </summary>
public sealed class DomainExceptionPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled) return;
        switch (executed.Exception)
        {
            case DomainException e:
                executed.ModelState.AddModelError(FieldKey(context, e.Field), e.Message);
                break;
            case DuplicateValueException e:
                executed.ModelState.AddModelError(FieldKey(context, e.Field), e.Message);
                break;
            case DbUpdateConcurrencyException:
                executed.ModelState.AddModelError("",
                    "Someone else changed this record while you were editing it. Your changes have not been saved: reload the page to see the latest version.");
                break;
            default:
                return;
        }
        executed.ExceptionHandled = true;
        executed.Result = new PageResult();
    }

    /// <summary>"Input.{field}" when the page binds an Input model with that property, so the error sits beside the field.</summary>
    private static string FieldKey(PageHandlerExecutingContext context, string field)
    {
        var input = context.HandlerInstance.GetType().GetProperty("Input")?.PropertyType;
        if (input?.GetProperty(field) is not null) return $"Input.{field}";
        return context.HandlerInstance.GetType().GetProperty(field) is not null ? field : "";
    }
}
